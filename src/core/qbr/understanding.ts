import { normalize } from '../text.js';
import type { UpcomingPeriod } from './answers.js';
import { dateIn, withoutDate } from './dates-in-text.js';

/** A question or instruction about QBRs, read from free text (English or Polish). */
export type QbrQuestion =
  /** `last` when the question asks about the review held rather than the one to come ("last QBR with Globex"). */
  | { kind: 'next'; name: string; last?: boolean }
  | { kind: 'upcoming'; period: UpcomingPeriod }
  | { kind: 'overdue'; name: string }
  /** "Which accounts have no QBR booked?" */
  | { kind: 'unbooked' }
  | { kind: 'book'; name: string; date: string }
  | { kind: 'cancel'; name: string }
  | { kind: 'brief'; name: string };

const mentionsQbr = /\b(qbrs?|qbr-?[oóuyaei]\w*|business reviews?|przegl[aą]d\w* biznesow\w*)(?![\p{L}])/iu;
const asksOverdue = /(overdue|late\b|behind|zaleg|przeterminow|spó[zź]nion|spoznion|po terminie)/i;
const asksUpcoming = /(coming up|upcoming|this month|next month|this week|next week|which qbrs|what qbrs|list|nadchodz|najbli[zż]sze|w tym miesi|w przysz\S* miesi|w tym tygodniu|w przysz\S* tygodniu|jakie|kt[oó]re)/i;
const namesPeriod = /(this month|next month|this week|next week|w tym miesi|w przysz\S* miesi|w tym tygodniu|w przysz\S* tygodniu)/i;
const asksUnbooked = /(\b(no|without)\b( a| any)? (qbrs?|business reviews?)\b|\bnot (yet )?(booked|scheduled|planned)\b|\bunbooked\b|\bunscheduled\b|\bbez (qbr|przegl)|\bnie ma\S* (zaplanowan|umowion)|\bniezaplanowan)/i;
const asksCancel = /(cancel|called off|call off|odwo[lł]|anuluj)/i;
const asksBrief = /(\bprep\b|prepare|\bbrief|przygotuj|przygotowa|briefing)/i;
const asksWhen = /(\bwhen\b|\bnext\b|kiedy|nast[eę]pn)/i;
const asksLast = /(\blast\b|\bprevious\b|\blatest\b|ostatni|poprzedni)/i;
const asksNext = /(\bnext\b|upcoming|nast[eę]pn|kolejn|najbli[zż]sz)/i;

/** Words around an account name in these questions, dropped before the name is looked up. */
const noise = new Set(
  `when is are was will be the a an our my next upcoming qbr qbrs business review reviews quarterly with for at on to of in
  set book booked scheduled schedule move moved reschedule cancel cancelled canceled called off call prepare prep brief me
  please date meeting do we have has been overdue late behind what which this month coming up soon accounts account all show list
  any there due it its is have has no not yet without unbooked unscheduled planned customers clients who i days day weeks week months month
  tygodniu
  kiedy jest mamy ma bedzie odbedzie sie z ze dla w na do termin terminu nastepny nastepne nastepna najblizszy najblizsze
  spotkanie odwolaj odwolany odwolane anuluj przygotuj przygotowanie brief briefing prosze qbr qbru qbra przeglad biznesowy
  zalegly zalegle zaleglym zaleglego czy ktorzy ktore jakie klienci klientow klient sa maja tym miesiacu przyszlym nadchodzace
  po terminem terminie pokaz wszystkie nie bez zaplanowanego zaplanowanych niezaplanowanego niezaplanowanych umowionego konta kont dni tygodni miesiecy`.split(/\s+/),
);

/** What is left of the text once QBR words and the date are gone: the account's name, or nothing. */
export function nameIn(text: string): string {
  return normalize(text)
    .split(' ')
    .filter((w) => w && !noise.has(w) && !/^qbr/.test(w) && !/^\d+$/.test(w))
    .join(' ');
}

function periodOf(text: string): UpcomingPeriod {
  if (/(next week|w przysz\S* tygodniu)/i.test(text)) return 'next_week';
  if (/(this week|w tym tygodniu)/i.test(text)) return 'this_week';
  if (/(next month|w przysz\S* miesi)/i.test(text)) return 'next_month';
  if (/(this month|w tym miesi)/i.test(text)) return 'this_month';
  return 'next_30_days';
}

/**
 * Reads a QBR question: "when is the next QBR with Globex?", "which QBRs are coming
 * up this month?", "which accounts are overdue for a QBR?", "which accounts have no QBR
 * booked?", "Globex QBR is on December
 * 10th", "QBR z Globex 10 grudnia", "cancel the Globex QBR", "prepare the QBR with
 * Initech". Undefined when the text is not about QBRs.
 */
export function readQbrQuestion(text: string, today: string): QbrQuestion | undefined {
  if (!mentionsQbr.test(text)) return undefined;
  if (asksCancel.test(text)) return { kind: 'cancel', name: nameIn(text) };
  if (asksBrief.test(text)) return { kind: 'brief', name: nameIn(text) };
  // Without an account's name: "which accounts have no QBR booked?" (with one it is that account's next QBR).
  if (asksUnbooked.test(text) && !nameIn(text)) return { kind: 'unbooked' };
  if (asksOverdue.test(text)) return { kind: 'overdue', name: nameIn(text) };
  // "QBRs next week", "QBR w tym tygodniu": a period and no account is a list, not a date to book.
  if (namesPeriod.test(text) && !nameIn(text.replace(namesPeriod, ' '))) return { kind: 'upcoming', period: periodOf(text) };
  const date = dateIn(text, today);
  // A date in a question ("QBR with Globex in 30 days?") asks; only a statement books.
  // Nor does one about QBRs in the plural ("QBRs in the next 7 days"): a booking names one QBR.
  if (date && !asksWhen.test(withoutDate(text, date)) && !text.trim().endsWith('?') && !/\bqbrs\b/i.test(text)) return { kind: 'book', name: nameIn(withoutDate(text, date)), date: date.date };
  const name = nameIn(date ? withoutDate(text, date) : text);
  if (asksUpcoming.test(text) && !name) return { kind: 'upcoming', period: periodOf(text) };
  // "Globex QBR this month": the month's list (as before weeks were known); "QBR with Globex next week?" stays about Globex.
  if (asksUpcoming.test(text) && /(this month|next month|w tym miesi|w przysz\S* miesi)/i.test(text)) return { kind: 'upcoming', period: periodOf(text) };
  return asksLast.test(text) && !asksNext.test(text) ? { kind: 'next', name, last: true } : { kind: 'next', name };
}
