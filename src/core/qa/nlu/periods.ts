import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { addDays, addMonths } from '../../dates.js';
import { TypoIndex } from './fuzzy.js';
import { numberValue } from './numbers.js';
import { englishPeriodWord } from './polish-periods.js';
import type { Token } from './tokens.js';

/** A span of calendar days, both ends included (YYYY-MM-DD). */
export interface Period {
  from: string;
  until: string;
}

/** Whether a question looks back (revenue, activity) or ahead (renewals): "October" means a different October. */
export type TimeDirection = 'past' | 'future';

export interface PeriodMention {
  period: Period;
  /** The tokens that said it. */
  tokens: number[];
}

type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';
type Rule = (m: RegExpExecArray, today: string, direction: TimeDirection) => Period | undefined;

const UNIT = '(days?|weeks?|months?|quarters?|years?)';
const ORDINAL: Record<string, number> = { first: 1, '1st': 1, i: 1, second: 2, '2nd': 2, ii: 2, third: 3, '3rd': 3, iii: 3, fourth: 4, '4th': 4, iv: 4 };
const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/;

/**
 * Period words a date library reads as a single day ("this year", "Q3", "the last
 * 12 months"), turned into ranges; months and dates go to chrono below.
 */
const rules: [RegExp, Rule][] = [
  [/\b(?:year to date|ytd|so far this year|since (?:the )?start (?:of )?(?:the |this )?year)\b/, (_m, today) => ({ from: `${today.slice(0, 4)}-01-01`, until: today })],
  [
    new RegExp(`\\b(last|past|previous|next|coming|within) (\\w+)(?: ${UNIT})?\\b`),
    (m, today, direction) => {
      const n = numberValue(m[2]);
      // "the next one" is not a period; a number in words needs its unit ("next two weeks").
      if (n === undefined || (!m[3] && !/^\d+$/.test(m[2]))) return undefined;
      const unit = (m[3]?.replace(/s$/, '') ?? 'day') as Unit;
      const ahead = m[1] === 'next' || m[1] === 'coming' || (m[1] === 'within' && direction === 'future');
      return rolling(today, n, unit, ahead);
    },
  ],
  [/\b(?:the )?past (year|month|quarter|week)\b/, (m, today) => rolling(today, 1, m[1] as Unit, false)],
  [
    /\b(this|current|last|previous|next|coming) (year|quarter|month|week)\b/,
    (m, today) => {
      const shift = m[1] === 'last' || m[1] === 'previous' ? -1 : m[1] === 'next' || m[1] === 'coming' ? 1 : 0;
      return calendar(today, m[2] as Unit, shift);
    },
  ],
  [
    /\b(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th|i|ii|iii|iv) quarter)(?: (?:of |in )?((?:19|20)\d\d))?\b/,
    (m, today, direction) => {
      const q = m[1] ? Number(m[1]) : ORDINAL[m[2]];
      let year = m[3] ? Number(m[3]) : Number(today.slice(0, 4));
      const of = (y: number) => calendar(`${y}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`, 'quarter', 0);
      if (!m[3] && direction === 'past' && of(year).from > today) year--;
      if (!m[3] && direction === 'future' && of(year).until < today) year++;
      return of(year);
    },
  ],
];

// Period words people mistype ("this yeer"); short words such as "last" are left alone ("list" is not "last").
const unitWords = new TypoIndex<string>();
for (const w of ['year', 'years', 'month', 'months', 'weeks', 'quarter', 'quarters', 'days']) unitWords.add(w, w);

function periodWord(word: string): string {
  const english = englishPeriodWord(word);
  if (english !== word || word.length < 4 || /\d/.test(word)) return english;
  return unitWords.lookup(word, 1)[0]?.word ?? word;
}

const YEAR = /\b(?:in |for |during |of )?((?:19|20)\d\d)\b/;

/** The period a question names, if any, read the way its direction suggests. */
export function findPeriod(tokens: readonly Token[], today: string, direction: TimeDirection): PeriodMention | undefined {
  const words = tokens.map((t) => periodWord(t.word));
  const text = words.join(' ');
  const starts: number[] = [];
  words.reduce((at, w) => (starts.push(at), at + w.length + 1), 0);
  const tokensIn = (from: number, to: number) => starts.flatMap((s, i) => (s >= from && s < to ? [i] : []));

  for (const [re, rule] of rules) {
    const m = re.exec(text);
    const period = m ? rule(m, today, direction) : undefined;
    if (m && period) return { period, tokens: tokensIn(m.index, m.index + m[0].length) };
  }
  if (words.some((w) => MONTH_WORD.test(w)) || /\b\d{1,2}[./-]\d{1,2}\b/.test(text)) {
    const found = fromChrono(text, today, direction);
    if (found) return { period: found.period, tokens: tokensIn(found.from, found.to) };
  }
  const year = YEAR.exec(text);
  if (year) return { period: { from: `${year[1]}-01-01`, until: `${year[1]}-12-31` }, tokens: tokensIn(year.index, year.index + year[0].length) };
  return undefined;
}

/** The same calendar unit, `shift` units away from the one holding `day`. */
function calendar(day: string, unit: Unit, shift: number): Period {
  const d = DateTime.fromISO(day, { zone: 'utc' }).plus({ [`${unit}s`]: shift });
  return { from: d.startOf(unit).toISODate()!, until: d.endOf(unit).toISODate()! };
}

/** The last (or next) n units counted from today, today included: "the last 90 days" is 90 days. */
function rolling(today: string, n: number, unit: Unit, ahead: boolean): Period {
  const months = unit === 'year' ? 12 * n : unit === 'quarter' ? 3 * n : unit === 'month' ? n : 0;
  const days = unit === 'week' ? 7 * n : unit === 'day' ? n : 0;
  // Ahead, "the next 90 days" ends 90 days from today, so that whatever is 90 days away is in.
  if (ahead) return { from: today, until: months ? addMonths(today, months) : addDays(today, days) };
  return { from: months ? addDays(addMonths(today, -months), 1) : addDays(today, -(days - 1)), until: today };
}

/** Months and dates, read by chrono; "since March", "before March", "from March to June". */
function fromChrono(text: string, today: string, direction: TimeDirection): { period: Period; from: number; to: number } | undefined {
  const results = chrono.en.parse(text, { instant: new Date(`${today}T12:00:00Z`), timezone: 'UTC' });
  if (!results.length) return undefined;
  const first = results[0];
  const second = results[1];
  const startOf = (c: chrono.ParsedComponents) =>
    DateTime.fromObject({ year: c.get('year') ?? undefined, month: c.get('month') ?? undefined, day: c.get('day') ?? undefined }, { zone: 'utc' }).startOf(
      c.isCertain('day') ? 'day' : 'month',
    );
  const endOf = (c: chrono.ParsedComponents) => DateTime.fromObject({ year: c.get('year') ?? undefined, month: c.get('month') ?? undefined, day: c.get('day') ?? undefined }, { zone: 'utc' }).endOf(c.isCertain('day') ? 'day' : 'month');

  let start = startOf(first.start);
  let end = first.end ? endOf(first.end) : endOf(first.start);
  let to = first.index + first.text.length;
  const between = second ? text.slice(to, second.index).trim() : '';
  if (second && /^(and|to|until|-)$/.test(between)) {
    end = endOf(second.start);
    to = second.index + second.text.length;
    if (!first.start.isCertain('year') && second.start.isCertain('year')) start = start.set({ year: end.year });
    if (start > end) start = start.minus({ years: 1 });
  }
  const yearKnown = first.start.isCertain('year') || (second?.start.isCertain('year') ?? false);
  const todayAt = DateTime.fromISO(today, { zone: 'utc' });
  const before = /(\w+) (?:the )?$/.exec(text.slice(0, first.index))?.[1];
  const since = before !== undefined && /^(since|from|after)$/.test(before) && !first.end && !(second && between);
  const until = before !== undefined && /^(before|until|till|by)$/.test(before);
  // "since March" looks back and "before March" ahead, whatever the question is about.
  const looking = since ? 'past' : until ? 'future' : direction;
  if (!yearKnown) {
    if (looking === 'past' && start > todayAt) [start, end] = [start.minus({ years: 1 }), end.minus({ years: 1 })];
    if (looking === 'future' && end < todayAt) [start, end] = [start.plus({ years: 1 }), end.plus({ years: 1 })];
  }
  let from = first.index;
  let period: Period = { from: start.toISODate()!, until: end.toISODate()! };
  if (since && before) {
    period = { from: period.from, until: today };
    from -= before.length + 1;
  } else if (until && before) {
    // "before March" ends with February; "before the end of March" and "by March" include March.
    const inclusive = before !== 'before' || /^end of/.test(first.text);
    period = { from: today, until: inclusive ? period.until : start.minus({ days: 1 }).toISODate()! };
    from = text.lastIndexOf(before, first.index);
  }
  return { period, from, to };
}
