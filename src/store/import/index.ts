import { emptyPortfolioData, type PortfolioData } from '../../core/model.js';
import type { Portfolio } from '../../core/portfolio.js';
import { locateFiles, mergeImport, parseImport, type ImportProblem, type ImportProgress } from './csv-import.js';

export { describeProblems, type ImportProblem } from './csv-import.js';

export type ImportResult =
  | { ok: true; counts: Record<string, number>; portfolio: Portfolio }
  | { ok: false; problems: ImportProblem[]; unknownFiles: string[] };

export interface ImportTarget {
  portfolio(): Promise<Portfolio>;
  replacePortfolio(data: PortfolioData): Promise<Portfolio>;
}

/**
 * Imports CRM exports all or nothing: if any row of any file is wrong, nothing is
 * stored and every problem is reported; otherwise records are merged by id.
 */
export async function importCsv(
  target: ImportTarget,
  paths: string[],
  options: { now: Date; onProgress?: (p: ImportProgress) => void },
): Promise<ImportResult> {
  const { files, unknown } = locateFiles(paths);
  if (!files.size || unknown.length) {
    return {
      ok: false,
      unknownFiles: unknown,
      problems: unknown.map((f) => ({
        file: f, line: 0, column: '', value: '',
        expected: 'a file named accounts.csv, contacts.csv, transactions.csv, activities.csv or users.csv',
      })),
    };
  }
  const stored = await target.portfolio();
  // The demo portfolio is never mixed into real data: the first import replaces it.
  const current = isDemo(stored.data) ? emptyPortfolioData() : stored.data;
  const parsed = parseImport(files, { now: options.now, knownAccountIds: new Set(current.accounts.map((a) => a.id)), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  if (parsed.problems.length) return { ok: false, problems: parsed.problems, unknownFiles: [] };
  const portfolio = await target.replacePortfolio(mergeImport(current, parsed.data));
  return { ok: true, counts: parsed.counts as Record<string, number>, portfolio };
}

/** Data loaded by the demo (its records' sources are under demo/). */
export function isDemo(data: PortfolioData): boolean {
  return data.accounts.length > 0 && data.accounts.every((a) => a.source.file.startsWith('demo/'));
}
