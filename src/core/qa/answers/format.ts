import type { Turn } from '../../conversation.js';
import type { Period } from '../nlu/periods.js';
import { daysBetween, todayIn } from '../../dates.js';
import { formatDate, formatMoney, formatPercent } from '../../i18n/format.js';
import type { Account } from '../../model.js';
import type { Source } from '../../reply.js';
import { sourceOf } from '../../accounts/facts.js';

/** An amount in the account's currency, written as the asker's locale writes it. */
export const moneyOf = (turn: Turn, account: Account, amount: number) => formatMoney(amount, account.currency, turn.locale);

export const dateOf = (turn: Turn, date: string) => formatDate(date, turn.locale);

/** Today for the asker. */
export const todayOf = (turn: Turn) => todayIn(turn.now, turn.timezone);

/** "1 Jan – 25 Nov 2026", with the end cut to today when the span runs into the future. */
export function periodOf(turn: Turn, period: Period, upToToday = true): string {
  const today = todayOf(turn);
  const until = upToToday && period.until > today ? today : period.until;
  return turn.t.qa.between(dateOf(turn, period.from), dateOf(turn, until));
}

/** The span a past-looking answer counts, never beyond today. */
export const countedPeriod = (turn: Turn, period: Period): Period => {
  const today = todayOf(turn);
  return period.until > today ? { from: period.from, until: today } : period;
};

/** "in 45 days", "12 days ago", "today". */
export function relativeDays(turn: Turn, date: string): string {
  return turn.t.qa.daysFromNow(daysBetween(todayOf(turn), date));
}

/** A source line for one record: its file and line, the fields used, and the import date. */
export function recordSource(turn: Turn, record: { source: { file: string; line?: number; importedAt: string } }, fields: string[]): Source {
  const base = sourceOf(record.source, fields, turn.locale);
  if (record.source.line === undefined) return base;
  return { ...base, ref: base.ref.replace(record.source.file, `${record.source.file}:${record.source.line}`) };
}

/** A source line for an account's own fields in accounts.csv. */
export const accountSource = (turn: Turn, account: Account, fields: string[]): Source => sourceOf(account.source, fields, turn.locale);

/** A percentage change with its sign: "+17%", "-34%". */
export const changeOf = (turn: Turn, fraction: number) => formatPercent(fraction, turn.locale);

/**
 * Where a kind of record comes from, for facts summed over many records (or over
 * none: "no orders" is a fact from transactions.csv too).
 */
export function recordsSource(turn: Turn, kind: 'transactions' | 'activities' | 'contacts', fields: string[], sample?: { source: { file: string; importedAt: string } }): Source {
  const record = sample ?? turn.portfolio.data[kind][0];
  return record ? sourceOf(record.source, fields, turn.locale) : { ref: `${kind}.csv › ${fields.join(', ')}` };
}
