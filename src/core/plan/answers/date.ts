import * as chrono from 'chrono-node';
import { addDays, addMonths } from '../../dates.js';
import { normalize } from '../../text.js';
import { parsed, problem, type ParseContext, type Parsed } from '../values.js';

/**
 * A calendar date from what people type: "2027-03-31", "31.03.2027", "end of March",
 * "koniec marca", "15 grudnia", "Q1 2027", "I kwartał", "in 3 months", "za 2 tygodnie".
 * A date without a year is the next one from today. English phrases go to chrono-node,
 * which has no Polish; the Polish forms are read here.
 */
export function parseDate(text: string, _question: unknown, ctx: ParseContext): Parsed {
  const date = readDate(text, ctx.today);
  return date ? parsed({ kind: 'date', date }) : problem({ kind: 'not_date' });
}

export function readDate(text: string, today: string): string | undefined {
  const s = normalize(text.replace(/(\d)\.(\d)/g, '$1-$2').replace(/(\d)\/(\d)/g, '$1-$2'));
  return iso(s) ?? numeric(s) ?? quarter(s, today) ?? relative(s, today) ?? named(s, today) ?? english(text, today);
}

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** 2027 03 31 (normalize turned the dashes into spaces). */
function iso(s: string): string | undefined {
  const m = /^(\d{4}) (\d{1,2}) (\d{1,2})$/.exec(s);
  return m ? valid(+m[1], +m[2], +m[3]) : undefined;
}

/** 31 03 2027: day first, as both English (UK) and Polish write it. */
function numeric(s: string): string | undefined {
  const m = /^(\d{1,2}) (\d{1,2}) (\d{2}|\d{4})$/.exec(s);
  if (!m) return undefined;
  const year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
  return valid(year, +m[2], +m[1]);
}

const romanQuarters: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Q1 2027, 1Q27, I kwartał 2027, "end of Q3": the last day of the quarter, since plans name quarters as deadlines. */
function quarter(s: string, today: string): string | undefined {
  const m = /^(?:end of |koniec |do konca )?(?:q ?([1-4])|([1-4]) ?q|([1-4]|i{1,3}|iv) (?:kw|kwartal|kwartale|kwartalu|quarter))(?: (\d{2}|\d{4}))?(?: roku| r)?$/.exec(s);
  if (!m) return undefined;
  const q = Number(m[1] ?? m[2] ?? (romanQuarters[m[3]] ?? m[3]));
  let year = m[4] ? (m[4].length === 2 ? 2000 + +m[4] : +m[4]) : +today.slice(0, 4);
  const end = (y: number) => valid(y, q * 3, lastDay(y, q * 3))!;
  if (!m[4] && end(year) < today) year += 1;
  return end(year);
}

const units: [RegExp, (today: string, n: number) => string][] = [
  [/^(day|days|dzien|dni|dnia)$/, (t, n) => addDays(t, n)],
  [/^(week|weeks|tydzien|tygodnie|tygodni|tygodniu)$/, (t, n) => addDays(t, 7 * n)],
  [/^(month|months|miesiac|miesiace|miesiecy|miesiacu)$/, (t, n) => addMonths(t, n)],
  [/^(year|years|rok|lata|lat|roku)$/, (t, n) => addMonths(t, 12 * n)],
];

/** jutro, za 3 miesiące, za tydzień, w przyszłym miesiącu — English relative phrases are left to chrono. */
function relative(s: string, today: string): string | undefined {
  if (s === 'dzis' || s === 'dzisiaj') return today;
  if (s === 'jutro') return addDays(today, 1);
  const za = /^za (?:(\d+) )?([a-z]+)$/.exec(s);
  const next = /^w (?:przyszlym|nastepnym) ([a-z]+)$/.exec(s);
  const word = za?.[2] ?? next?.[1];
  if (!word) return undefined;
  const n = za?.[1] ? Number(za[1]) : 1;
  const unit = units.find(([re]) => re.test(word));
  return unit ? unit[1](today, n) : undefined;
}

const months: [RegExp, number][] = [
  [/^(jan|january|sty|styczen|stycznia|styczniu)$/, 1], [/^(feb|february|lut|luty|lutego|lutym)$/, 2],
  [/^(mar|march|marzec|marca|marcu)$/, 3], [/^(apr|april|kwi|kwiecien|kwietnia|kwietniu)$/, 4],
  [/^(may|maj|maja|maju)$/, 5], [/^(jun|june|cze|czerwiec|czerwca|czerwcu)$/, 6],
  [/^(jul|july|lip|lipiec|lipca|lipcu)$/, 7], [/^(aug|august|sie|sierpien|sierpnia|sierpniu)$/, 8],
  [/^(sep|sept|september|wrz|wrzesien|wrzesnia|wrzesniu)$/, 9], [/^(oct|october|paz|pazdziernik|pazdziernika|pazdzierniku)$/, 10],
  [/^(nov|november|lis|listopad|listopada|listopadzie)$/, 11], [/^(dec|december|gru|grudzien|grudnia|grudniu)$/, 12],
];
const monthOf = (word: string) => months.find(([re]) => re.test(word))?.[1];

/**
 * Day and month names in either language: "15 grudnia 2026", "grudzień 2026", "koniec marca",
 * "połowa stycznia", "end of year", "koniec roku". Without a year, the next such day from today.
 */
function named(s: string, today: string): string | undefined {
  const year = +today.slice(0, 4);
  const endOfYear = /^(?:(?:the )?end of (?:the )?year|year end|koniec roku|do konca roku|koniec tego roku)(?: (\d{4}))?$/.exec(s);
  if (endOfYear) return valid(endOfYear[1] ? +endOfYear[1] : year, 12, 31);
  const m = /^(?:(end of|koniec|do konca|pod koniec|mid|middle of|polowa|w polowie|polowy|poczatek|start of|beginning of|early|late) )?(?:(\d{1,2}) )?([a-z]+)(?: (\d{1,2}))?(?: (\d{4}))?(?: (?:r|roku))?$/.exec(s);
  if (!m) return undefined;
  const month = monthOf(m[3]);
  if (!month) return undefined;
  const [, part, dayBefore, , dayAfter, yearText] = m;
  const day = dayBefore ?? dayAfter;
  if (part && day) return undefined;
  const pick = (y: number): string | undefined => {
    if (day) return valid(y, month, +day);
    if (part && /end|koniec|konca|late/.test(part)) return valid(y, month, lastDay(y, month));
    if (part && /mid|polow/.test(part)) return valid(y, month, 15);
    return valid(y, month, 1);
  };
  if (yearText !== undefined) return pick(+yearText);
  // A month alone is this month while we are in it; otherwise the next such day from today.
  const until = !day && !part ? valid(year, month, lastDay(year, month))! : pick(year);
  return until && until >= today ? pick(year) : pick(year + 1);
}

/** English phrases chrono-node knows ("next Friday", "in 3 months", "end of March"), if they make up the whole answer. */
function english(text: string, today: string): string | undefined {
  const reference = new Date(`${today}T12:00:00Z`);
  const [result] = chrono.en.GB.parse(text, { instant: reference, timezone: 0 }, { forwardDate: true });
  if (!result) return undefined;
  const covered = result.text.replace(/\W/g, '').length / Math.max(1, text.replace(/\W/g, '').length);
  if (covered < 0.75) return undefined;
  return valid(result.start.get('year') ?? +today.slice(0, 4), result.start.get('month') ?? 1, result.start.get('day') ?? 1);
}
