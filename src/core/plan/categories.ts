import { messagesFor } from '../i18n/index.js';
import { Locale } from '../model.js';
import { normalize } from '../text.js';
import { labelScore } from './answers/words.js';
import type { PlanSetup } from './setup.js';

/**
 * The category someone means by "go to competitors", "przejdź do konkurencji" or "go to 6":
 * its number, its id, its title or a familiar word for it, in either language.
 */
export function findCategory(setup: PlanSetup, query: string): string | undefined {
  const said = normalize(query).replace(/^(?:the|category|kategorii|kategoria|sekcji|sekcja)\s+/, '');
  const categories = setup.questionSets.en.categories;
  if (/^\d+$/.test(said)) return categories[Number(said) - 1]?.id;
  let best: { id: string; score: number } | undefined;
  for (const c of categories) {
    const names = [
      c.id.replace(/_/g, ' '),
      ...Locale.options.map((locale) => setup.questionSets[locale].categories.find((x) => x.id === c.id)?.title ?? ''),
      ...Locale.options.flatMap((locale) => messagesFor(locale).plan.categoryWords[c.id] ?? []),
    ].filter(Boolean);
    for (const name of names) {
      const score = normalize(name) === said ? 2 : labelScore(said, name);
      if (score > (best?.score ?? 0)) best = { id: c.id, score };
    }
  }
  return best?.id;
}
