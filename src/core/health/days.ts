/**
 * Calendar arithmetic on plain 'YYYY-MM-DD' strings, without Date or luxon objects.
 * The health score runs over every account of a portfolio, so these are written to
 * be cheap: a date becomes a day number (days since 1970-01-01) by integer maths.
 */

const ZERO = 48;

const digits2 = (s: string, i: number): number => (s.charCodeAt(i) - ZERO) * 10 + (s.charCodeAt(i + 1) - ZERO);

const digits4 = (s: string, i: number): number => digits2(s, i) * 100 + digits2(s, i + 2);

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day number of a 'YYYY-MM-DD' date (anything after the tenth character is ignored). */
export function dayNumber(iso: string): number {
  return daysFromCivil(digits4(iso, 0), digits2(iso, 5), digits2(iso, 8));
}

/** The 'YYYY-MM-DD' date of a day number; the inverse of dayNumber. */
export function isoOfDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Adds (or subtracts) days to a 'YYYY-MM-DD' date. */
export function addDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

/** A month as one integer (year × 12 + month − 1), so that consecutive months differ by one. */
export function monthNumber(iso: string): number {
  return digits4(iso, 0) * 12 + digits2(iso, 5) - 1;
}

/** The 'YYYY-MM' of a month number. */
export function isoOfMonth(month: number): string {
  const y = Math.floor(month / 12);
  const m = month - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`;
}

/**
 * How many whole months before `asOf` a date lies, counting months that end on
 * asOf's day of the month: with asOf 2024-06-15, 2024-05-15…2024-06-14 is 0,
 * 2024-04-15…2024-05-14 is 1. With asOf on the 1st these are calendar months.
 * The date must be before asOf.
 */
export function monthsBefore(iso: string, asOfMonth: number, asOfDayOfMonth: number): number {
  const back = asOfMonth - monthNumber(iso);
  return digits2(iso, 8) >= asOfDayOfMonth ? back - 1 : back;
}

/** The year of a 'YYYY-MM-DD' date. */
export function yearOf(iso: string): number {
  return digits4(iso, 0);
}

/** The month (1–12) of a 'YYYY-MM-DD' date. */
export function monthOfYear(iso: string): number {
  return digits2(iso, 5);
}

/** The day of the month of a 'YYYY-MM-DD' date. */
export function dayOfMonth(iso: string): number {
  return digits2(iso, 8);
}

/** True when the string is a well-formed 'YYYY-MM-DD' date that exists in the calendar. */
export function isIsoDate(s: string): boolean {
  if (s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const m = digits2(s, 5);
  const d = digits2(s, 8);
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return false;
  return isoOfDay(dayNumber(s)) === s.slice(0, 10);
}
