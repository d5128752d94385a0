/** Readers of one CSV cell: each returns the value or says what it expected, in words a KAM understands. */

export type Cell<T> = { ok: true; value: T | undefined } | { ok: false; expected: string };

export type CellReader<T> = (raw: string) => Cell<T>;

const ok = <T>(value: T | undefined): Cell<T> => ({ ok: true, value });
const bad = <T>(expected: string): Cell<T> => ({ ok: false, expected });

export const text: CellReader<string> = (raw) => ok(raw === '' ? undefined : raw);

export const email: CellReader<string> = (raw) => {
  if (raw === '') return ok(undefined);
  return /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/.test(raw) ? ok(raw.toLowerCase()) : bad('an e-mail address such as anna@example.com');
};

export const emailList: CellReader<string[]> = (raw) => {
  if (raw === '') return ok([]);
  const parts = raw.split(/[;,]/).map((p) => p.trim()).filter(Boolean);
  const wrong = parts.find((p) => !email(p).ok);
  return wrong ? bad(`e-mail addresses separated by ";" ("${wrong}" is not one)`) : ok(parts.map((p) => p.toLowerCase()));
};

/** ISO 8601: a date, or a date and time of which the date is kept. */
export const date: CellReader<string> = (raw) => {
  if (raw === '') return ok(undefined);
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(raw);
  if (!m) return bad('a date as YYYY-MM-DD, e.g. 2026-03-31');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return bad('a real calendar date as YYYY-MM-DD');
  return ok(`${m[1]}-${m[2]}-${m[3]}`);
};

/** A number with a dot as the decimal mark; spaces and underscores between thousands are tolerated. */
export const amount: CellReader<number> = (raw) => {
  if (raw === '') return ok(undefined);
  const compact = raw.replace(/[\s_]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return bad('a number with a dot as the decimal mark, e.g. 12500.50');
  return ok(Number(compact));
};

export const integer = (min: number, max: number): CellReader<number> => (raw) => {
  if (raw === '') return ok(undefined);
  if (!/^-?\d+$/.test(raw.trim())) return bad(`a whole number from ${min} to ${max}`);
  const n = Number(raw);
  return n >= min && n <= max ? ok(n) : bad(`a whole number from ${min} to ${max}`);
};

export const oneOf = <T extends string>(values: readonly T[], aliases: Record<string, T> = {}): CellReader<T> => (raw) => {
  if (raw === '') return ok(undefined);
  const key = raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const found = (values as readonly string[]).includes(key) ? (key as T) : aliases[key];
  return found ? ok(found) : bad(`one of ${values.join(', ')}`);
};

export const bool: CellReader<boolean> = (raw) => {
  if (raw === '') return ok(undefined);
  const v = raw.trim().toLowerCase();
  if (['true', 'yes', 'y', '1', 'tak'].includes(v)) return ok(true);
  if (['false', 'no', 'n', '0', 'nie'].includes(v)) return ok(false);
  return bad('true or false');
};

export const currency: CellReader<string> = (raw) => {
  if (raw === '') return ok(undefined);
  return /^[A-Za-z]{3}$/.test(raw.trim()) ? ok(raw.trim().toUpperCase()) : bad('a three-letter currency code such as EUR, USD or PLN');
};

export const timezone: CellReader<string> = (raw) => {
  if (raw === '') return ok(undefined);
  try {
    new Intl.DateTimeFormat('en', { timeZone: raw });
    return ok(raw);
  } catch {
    return bad('an IANA time zone such as Europe/Warsaw or America/New_York');
  }
};
