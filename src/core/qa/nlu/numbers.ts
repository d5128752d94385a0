import { addMonths, daysBetween } from '../../dates.js';
import { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

/** A number in a question, with the unit written after it when there is one ("90 days", "trzy miesiące"). */
export interface NumberMention {
  value: number;
  unit?: TimeUnit;
  /** The tokens it spans (the number and its unit). */
  tokens: number[];
}

const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fortyfive: 45, sixty: 60, ninety: 90, hundred: 100,
  jeden: 1, jednego: 1, dwa: 2, dwoch: 2, dwie: 2, trzy: 3, trzech: 3, cztery: 4, czterech: 4, piec: 5, pieciu: 5, szesc: 6, szesciu: 6,
  siedem: 7, osiem: 8, dziewiec: 9, dziesiec: 10, dziesieciu: 10, dwanascie: 12, dwunastu: 12, pietnascie: 15, dwadziescia: 20,
  trzydziesci: 30, trzydziestu: 30, czterdziesci: 40, szescdziesiat: 60, szescdziesieciu: 60, dziewiecdziesiat: 90, dziewiecdziesieciu: 90,
};

const units = new Lexicon<TimeUnit>({
  day: ['day*', 'dni', 'dzien', 'dnia'],
  week: ['week*', 'wk*', 'tydzien', 'tygod*'],
  month: ['month*', 'mth*', 'miesiac*', 'miesiec*', 'mies'],
  year: ['year*', 'yr*', 'rok', 'roku', 'lat', 'lata', 'latach'],
});

/** Numbers written in digits or words, each with the time unit that follows it, if any. */
export function findNumbers(tokens: readonly Token[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const t of tokens) {
    const value = /^\d+$/.test(t.word) ? Number(t.word) : numberWords[t.word];
    if (value === undefined || /^(19|20)\d\d$/.test(t.word)) continue;
    const next = tokens[t.index + 1];
    const unit = next ? unitOf(next) : undefined;
    out.push({ value, ...(unit ? { unit } : {}), tokens: unit ? [t.index, next!.index] : [t.index] });
  }
  return out;
}

/** The time unit a word names ("days", "miesięcy"), if it names one. */
export function unitOf(token: Token): TimeUnit | undefined {
  const found = units.match([{ ...token, index: 0 }]);
  return [...found.keys][0];
}

/** A span such as "3 months" in days, counted back from today (so months have their real lengths). */
export function daysIn(value: number, unit: TimeUnit | undefined, today: string): number {
  switch (unit ?? 'day') {
    case 'day':
      return value;
    case 'week':
      return value * 7;
    case 'month':
      return daysBetween(addMonths(today, -value), today);
    case 'year':
      return daysBetween(addMonths(today, -12 * value), today);
  }
}

/** The first number given in days, weeks, months or years (or bare), as days. */
export function daysMentioned(tokens: readonly Token[], today: string): { days: number; tokens: number[] } | undefined {
  const n = findNumbers(tokens).find((m) => m.unit !== 'year' || m.value < 10);
  return n ? { days: daysIn(n.value, n.unit, today), tokens: n.tokens } : undefined;
}

/** The value of a number written in digits or as a word ("90", "ninety", "dziewięćdziesiąt"). */
export function numberValue(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : numberWords[word];
}
