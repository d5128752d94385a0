import type { Locale } from '../model.js';

const intlLocale: Record<Locale, string> = { en: 'en-GB', pl: 'pl-PL' };

/** An amount in the account's currency, written the way the reader's locale writes it. */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  const whole = Math.abs(amount) >= 1000;
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'currency',
    currency,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(amount);
}

export function formatNumber(n: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: digits }).format(n);
}

export function formatPercent(fraction: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(fraction);
}

/** A calendar date (YYYY-MM-DD) as the reader writes it, e.g. "10 Dec 2026" or "10 gru 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale[locale], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** Chooses the plural form: English has one/other; Polish one/few/many ("1 dzień", "2 dni", "5 dni"). */
export function plural(n: number, locale: Locale, forms: { one: string; few?: string; many?: string; other: string }): string {
  const rule = new Intl.PluralRules(intlLocale[locale]).select(n);
  const form = (forms as Record<string, string | undefined>)[rule] ?? forms.other;
  return form.replace('#', formatNumber(n, locale));
}
