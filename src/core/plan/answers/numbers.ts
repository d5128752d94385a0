import type { Question } from '../questions.js';
import { scaleRange } from '../questions.js';
import { parsed, problem, type ParseContext, type Parsed } from '../values.js';
import { readAmount } from './amounts.js';

/** Limits that come from the account field an answer fills: an NPS runs from -100 to 100. */
const fillLimits: Partial<Record<NonNullable<Question['fills']>, { min: number; max: number; whole: boolean }>> = {
  nps: { min: -100, max: 100, whole: true },
  qbr_cadence_months: { min: 1, max: 24, whole: true },
};

const percentSigns = new Set(['%', 'percent', 'per', 'cent', 'pct', 'procent', 'procent.', 'proc', 'proc.', 'procentów', 'procenty']);
const unitWords = new Set(['months', 'month', 'miesięcy', 'miesiące', 'miesiąc', 'mies', 'mies.', 'people', 'osób', 'osoby', 'points', 'pkt', 'punktów']);

export function parseNumber(text: string, question: Question, ctx: ParseContext): Parsed {
  const amount = readAmount(text, ctx.locale);
  if (!amount || amount.rest.some((w) => !unitWords.has(w))) return problem({ kind: 'not_number' });
  const limits = question.fills ? fillLimits[question.fills] : undefined;
  if (limits && (amount.value < limits.min || amount.value > limits.max || (limits.whole && !Number.isInteger(amount.value)))) {
    return problem({ kind: 'out_of_range', min: limits.min, max: limits.max });
  }
  return parsed({ kind: 'number', value: amount.value });
}

/** "25%", "25 percent", "25 procent", or a bare 25: a share in percent, growth may be negative. */
export function parsePercent(text: string, _question: Question, ctx: ParseContext): Parsed {
  const amount = readAmount(text, ctx.locale);
  if (!amount || amount.rest.some((w) => !percentSigns.has(w))) return problem({ kind: 'not_percent' });
  if (amount.value < -100 || amount.value > 1000) return problem({ kind: 'out_of_range', min: -100, max: 1000 });
  return parsed({ kind: 'percent', value: amount.value });
}

const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  jeden: 1, jedna: 1, dwa: 2, dwie: 2, trzy: 3, cztery: 4, pięć: 5, piec: 5, sześć: 6, siedem: 7, osiem: 8, dziewięć: 9, dziesięć: 10,
};

/** A whole number on the scale of 1 to 10: "7", "7/10", "7 out of 10", "7 z 10", "seven". */
export function parseScale(text: string): Parsed {
  const { min, max } = scaleRange;
  const s = text.trim().toLowerCase().replace(/[.!]+$/, '');
  const match = /^(\d+|[a-ząćęłńóśźż]+)\s*(?:(?:\/|out of|of|z|na)\s*(\d+))?$/.exec(s);
  const value = match ? (/^\d+$/.test(match[1]) ? Number(match[1]) : numberWords[match[1]]) : undefined;
  if (value === undefined) return problem({ kind: 'out_of_range', min, max });
  if (match?.[2] && Number(match[2]) !== max) return problem({ kind: 'out_of_range', min, max });
  if (value < min || value > max) return problem({ kind: 'out_of_range', min, max });
  return parsed({ kind: 'scale', value });
}
