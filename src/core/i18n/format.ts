import type { Locale } from '../model.js';

const intlLocale: Record<Locale, string> = { en: 'en-GB', pl: 'pl-PL' };

// Building an Intl formatter costs far more than using one, and answers format dozens of values: keep each one built.
const built = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function once<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let f = built.get(key) as T | undefined;
  if (!f) {
    f = make();
    built.set(key, f);
  }
  return f;
}

/** An amount in the account's currency, written the way the reader's locale writes it. */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  const whole = Math.abs(amount) >= 1000;
  return once(`money:${locale}:${currency}:${whole}`, () =>
    new Intl.NumberFormat(intlLocale[locale], {
      style: 'currency',
      currency,
      maximumFractionDigits: whole ? 0 : 2,
    }),
  ).format(amount);
}

export function formatNumber(n: number, locale: Locale, digits = 0): string {
  return once(`number:${locale}:${digits}`, () => new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: digits })).format(n);
}

export function formatPercent(fraction: number, locale: Locale, digits = 0): string {
  return once(`percent:${locale}:${digits}`, () => new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: digits, signDisplay: 'exceptZero' })).format(
    fraction,
  );
}

/** A calendar date (YYYY-MM-DD) as the reader writes it, e.g. "10 Dec 2026" or "10 gru 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return once(`date:${locale}`, () => new Intl.DateTimeFormat(intlLocale[locale], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** Chooses the plural form: English has one/other; Polish one/few/many ("1 dzień", "2 dni", "5 dni"). */
export function plural(n: number, locale: Locale, forms: { one: string; few?: string; many?: string; other: string }): string {
  const rule = once(`plural:${locale}`, () => new Intl.PluralRules(intlLocale[locale])).select(n);
  const form = (forms as Record<string, string | undefined>)[rule] ?? forms.other;
  return form.replace('#', formatNumber(n, locale));
}
