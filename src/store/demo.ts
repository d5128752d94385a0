import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { addDays, daysBetween, todayIn } from '../core/dates.js';
import type { PortfolioData } from '../core/model.js';
import { locateFiles, parseImport, describeProblems } from './import/csv-import.js';

/** The day the demo data was written for; it is moved forward so that it always looks current. */
export const DEMO_ANCHOR = '2026-11-25';

export const demoFolder = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'demo');

/**
 * The fictional demo portfolio, with every date moved by whole weeks so that the
 * anchor day falls on or just before today (weekdays stay weekdays).
 */
export function demoPortfolio(now: Date, folder = demoFolder): PortfolioData {
  const { files } = locateFiles([folder]);
  const parsed = parseImport(files, { now });
  if (parsed.problems.length) throw new Error(`the demo data is broken:\n${describeProblems(parsed.problems).join('\n')}`);
  const weeks = Math.floor(daysBetween(DEMO_ANCHOR, todayIn(now, 'UTC')) / 7);
  const shift = (d: string | undefined) => (d === undefined ? undefined : addDays(d, weeks * 7));
  const data = parsed.data as PortfolioData;
  const demoSource = <T extends { source: { file: string } }>(r: T): T => ({ ...r, source: { ...r.source, file: `demo/${r.source.file}` } });
  return {
    users: data.users.map(demoSource),
    accounts: data.accounts.map((a) =>
      demoSource({
        ...a,
        renewalDate: shift(a.renewalDate),
        contractStart: shift(a.contractStart),
        lastQbrDate: shift(a.lastQbrDate),
        nextQbrDate: shift(a.nextQbrDate),
      }),
    ),
    contacts: data.contacts.map((c) => demoSource({ ...c, lastContactDate: shift(c.lastContactDate) })),
    transactions: data.transactions.map((t) => demoSource({ ...t, date: shift(t.date)! })),
    activities: data.activities.map((a) => demoSource({ ...a, date: shift(a.date)! })),
  };
}
