import { todayIn } from '../dates.js';
import { formatDate, formatMoney, formatNumber } from '../i18n/format.js';
import type { Messages } from '../i18n/index.js';
import type { Locale } from '../model.js';
import type { Portfolio } from '../portfolio.js';
import { scaleRange, type Question } from './questions.js';
import type { AnswerVersion } from './record.js';
import type { AnswerValue, Person } from './values.js';

/** A person as one line: "Jan Kowalski (CFO · decision maker · supporter)". */
export function personLine(p: Person, t: Messages): string {
  const details = [p.title, p.role ? t.roles[p.role] : undefined, p.attitude ? t.plan.attitudes[p.attitude] : undefined, p.note].filter(Boolean);
  return details.length ? `${p.name} (${details.join(' · ')})` : p.name;
}

/** An answer as the reader's language writes it. Choice labels come from the question; an id no longer in the file is shown as is. */
export function formatAnswer(value: AnswerValue, question: Pick<Question, 'choices'> | undefined, locale: Locale, t: Messages): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'number':
      return formatNumber(value.value, locale, 2);
    case 'money':
      return formatMoney(value.amount, value.currency, locale);
    case 'percent':
      return `${formatNumber(value.value, locale, 2)}%`;
    case 'date':
      return formatDate(value.date, locale);
    case 'choice': {
      if (!value.choices.length) return t.plan.noneChosen;
      return value.choices.map((id) => question?.choices?.find((c) => c.id === id)?.label ?? id).join(', ');
    }
    case 'people':
      return value.people.length ? value.people.map((p) => personLine(p, t)).join('; ') : t.plan.nobody;
    case 'scale':
      return `${value.value}/${scaleRange.max}`;
    case 'yes_no':
      return `${value.value ? t.plan.yes : t.plan.no}${value.note ? ` — ${value.note}` : ''}`;
  }
}

/** A version as the reader sees it: the answer, or "skipped" / "don't know". */
export function formatVersion(version: AnswerVersion, question: Pick<Question, 'choices'> | undefined, locale: Locale, t: Messages): string {
  if (version.status === 'skipped') return t.plan.statusSkipped;
  if (version.status === 'unknown') return t.plan.statusUnknown;
  return version.value ? formatAnswer(version.value, question, locale, t) : '';
}

/** "Ben Carter, 25 Nov 2026": who gave an answer and when, for sources and history. */
export function authorLine(version: Pick<AnswerVersion, 'by' | 'at'>, portfolio: Portfolio, locale: Locale, timezone = 'UTC'): string {
  return `${nameOf(version.by, portfolio)}, ${formatDate(todayIn(new Date(version.at), timezone), locale)}`;
}

export const nameOf = (email: string, portfolio: Portfolio): string => portfolio.user(email)?.name ?? email;
