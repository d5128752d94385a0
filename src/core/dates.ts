/** Calendar arithmetic on plain dates (YYYY-MM-DD), which is what CRM data holds. */
import { DateTime } from 'luxon';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a plain date. */
export function dayNumber(isoDate: string): number {
  return Math.floor(Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10)) / DAY_MS);
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(dayNumber(isoDate) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addMonths(isoDate: string, months: number): string {
  const y = +isoDate.slice(0, 4);
  const m = +isoDate.slice(5, 7) - 1 + months;
  const d = +isoDate.slice(8, 10);
  const target = new Date(Date.UTC(y, m, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

// Building a DateTimeFormat costs far more than using one: keep one per time zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in a time zone: what "today" means to the person asking. */
export function todayIn(now: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Whether a name is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** 1 = Monday … 7 = Sunday. */
export const isoWeekday = (day: string): number => ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1;

/** The instant of `hour`:00 on a plain date in a time zone (daylight saving included). */
export function instantOf(day: string, hour: number, timezone: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return DateTime.fromObject({ year, month, day: date, hour }, { zone: timezone }).toUTC().toISO({ suppressMilliseconds: true }) ?? `${day}T00:00:00Z`;
}
