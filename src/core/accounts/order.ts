/**
 * Orderings for lists of accounts, people and dated records. One collator, built
 * once: `localeCompare` builds one per call, which shows on lists of thousands.
 */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Names in dictionary order, diacritics beside their letters ("Łódzka" near "Lodz"). */
export const byName = (a: string, b: string): number => collator.compare(a, b);

/** ISO dates and ids, which sort as plain text. */
export const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
