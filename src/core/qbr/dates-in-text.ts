import * as chrono from 'chrono-node';
import { addDays } from '../dates.js';

/** A date found in what someone typed, and where, so the rest of the text can be read as a name. */
export interface DateInText {
  date: string;
  index: number;
  text: string;
}

const polishMonths: [RegExp, number][] = [
  [/^stycz/, 1], [/^lut/, 2], [/^mar/, 3], [/^kwie/, 4], [/^maj/, 5], [/^czerw/, 6],
  [/^lip/, 7], [/^sierp/, 8], [/^wrze[sś]/, 9], [/^pa[zź]dz/, 10], [/^listop/, 11], [/^grud/, 12],
];

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  const check = new Date(`${iso}T00:00:00Z`);
  return check.getUTCDate() === day ? iso : undefined;
}

/** Without a year, the date on or after today. */
function onOrAfter(today: string, month: number, day: number, year?: number): string | undefined {
  if (year !== undefined) return validDate(year < 100 ? 2000 + year : year, month, day);
  const thisYear = Number(today.slice(0, 4));
  const candidate = validDate(thisYear, month, day);
  if (candidate && candidate >= today) return candidate;
  return validDate(thisYear + 1, month, day);
}

/** Dates written the Polish way ("10 grudnia", "10 grudnia 2026", "jutro") and day-first numbers ("10.12.2026"). */
function polishOrNumeric(text: string, today: string): DateInText | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) {
    const date = validDate(+iso[1], +iso[2], +iso[3]);
    if (date) return { date, index: iso.index, text: iso[0] };
  }
  const numeric = /\b(\d{1,2})\.(\d{1,2})(?:\.(\d{2,4}))?\b/.exec(text);
  if (numeric) {
    const date = onOrAfter(today, +numeric[2], +numeric[1], numeric[3] ? +numeric[3] : undefined);
    if (date) return { date, index: numeric.index, text: numeric[0] };
  }
  const words = /\b(\d{1,2})(?:\.|-go)?\s+([a-ząćęłńóśźż]{3,})(?:\s+(\d{4}))?(?:\s*r\.?)?/i.exec(text);
  if (words) {
    const month = polishMonths.find(([re]) => re.test(words[2].toLowerCase()))?.[1];
    const date = month ? onOrAfter(today, month, +words[1], words[3] ? +words[3] : undefined) : undefined;
    if (date) return { date, index: words.index, text: words[0] };
  }
  const relative = /(?<!\p{L})(pojutrze|jutro|dzisiaj|dziś|dzis)(?!\p{L})/iu.exec(text);
  if (relative) {
    const shift = /^poj/i.test(relative[1]) ? 2 : /^jut/i.test(relative[1]) ? 1 : 0;
    return { date: addDays(today, shift), index: relative.index, text: relative[0] };
  }
  return undefined;
}

/**
 * The first date in a message, read as a day on or after today when no year is given:
 * ISO and day-first numbers in any language, Polish month names, and English as chrono
 * reads it ("December 10th", "next Tuesday", "10 Dec").
 */
export function dateIn(text: string, today: string): DateInText | undefined {
  const found = polishOrNumeric(text, today);
  if (found) return found;
  // "this month" names no day, so it is a period, not a date to book.
  const result = chrono.en.GB.parse(text, new Date(`${today}T12:00:00Z`), { forwardDate: true }).find(
    (r) => r.start.isCertain('day') || r.start.isCertain('weekday'),
  );
  if (!result) return undefined;
  const date = validDate(result.start.get('year') ?? 0, result.start.get('month') ?? 0, result.start.get('day') ?? 0);
  return date ? { date, index: result.index, text: result.text } : undefined;
}

/** The text with the date taken out, for reading what is left as an account name. */
export const withoutDate = (text: string, found: DateInText | undefined): string =>
  found ? `${text.slice(0, found.index)} ${text.slice(found.index + found.text.length)}` : text;
