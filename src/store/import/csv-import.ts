import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  Account, Activity, Contact, Transaction, User, recordKinds,
  type PortfolioData, type RecordKind,
} from '../../core/model.js';
import { normalize } from '../../core/text.js';
import { columns, headerKey, type Column } from './columns.js';

/** One thing wrong with one cell, located the way a spreadsheet user would find it. */
export interface ImportProblem {
  file: string;
  /** As numbered in the file, the header being line 1. */
  line: number;
  column: string;
  value: string;
  expected: string;
}

export interface ImportProgress {
  file: string;
  rows: number;
  total: number;
}

export interface ParsedImport {
  data: Partial<PortfolioData>;
  problems: ImportProblem[];
  counts: Partial<Record<RecordKind, number>>;
}

export interface ImportOptions {
  now: Date;
  onProgress?: (p: ImportProgress) => void;
  /** Accounts already stored, which imported contacts, transactions and activities may refer to. */
  knownAccountIds?: ReadonlySet<string>;
}

/** Finds the CSV files to import: every known file in a folder, or the files named. */
export function locateFiles(paths: string[]): { files: Map<RecordKind, string>; unknown: string[] } {
  const files = new Map<RecordKind, string>();
  const unknown: string[] = [];
  const consider = (path: string) => {
    const name = basename(path).toLowerCase();
    const kind = recordKinds.find((k) => name === `${k}.csv`) ?? recordKinds.find((k) => name.endsWith('.csv') && name.includes(k.slice(0, -1)));
    if (kind) files.set(kind, path);
    else unknown.push(path);
  };
  for (const path of paths) {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (entry.toLowerCase().endsWith('.csv')) consider(join(path, entry));
    } else consider(path);
  }
  return { files, unknown };
}

/** Reads and checks every file; nothing is stored here, so the caller can refuse the whole import on any problem. */
export function parseImport(files: Map<RecordKind, string>, options: ImportOptions): ParsedImport {
  const problems: ImportProblem[] = [];
  const data: Partial<PortfolioData> = {};
  const counts: Partial<Record<RecordKind, number>> = {};
  const importedAt = options.now.toISOString();
  for (const kind of recordKinds) {
    const path = files.get(kind);
    if (!path) continue;
    const rows = readRows(path, kind, importedAt, problems, options.onProgress);
    (data as Record<string, unknown[]>)[kind] = rows;
    counts[kind] = rows.length;
  }
  checkReferences(data, files, options.knownAccountIds ?? new Set(), problems);
  return { data, problems, counts };
}

type Row = Record<string, unknown> & { custom: Record<string, string>; source: { file: string; line: number; importedAt: string } };

function readRows(path: string, kind: RecordKind, importedAt: string, problems: ImportProblem[], onProgress?: (p: ImportProgress) => void): unknown[] {
  const file = basename(path);
  const content = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content, { info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    problems.push({ file, line, column: '', value: '', expected: `well-formed CSV (${(error as Error).message.split('\n')[0]})` });
    return [];
  }
  if (!records.length) return [];
  const header = records[0].record;
  const mapping = mapHeader(header, columns[kind]);
  for (const missing of mapping.missing) {
    problems.push({ file, line: 1, column: missing, value: '', expected: `a "${missing}" column (the file has: ${header.join(', ')})` });
  }
  if (mapping.missing.length) return [];
  const rows: unknown[] = [];
  const seenIds = new Map<string, number>();
  const total = records.length - 1;
  for (let i = 1; i < records.length; i++) {
    const { record, info } = records[i];
    const line = info.lines;
    const row: Row = { custom: {}, source: { file, line, importedAt } };
    let rowOk = true;
    for (const [index, column] of mapping.byIndex) {
      const raw = (record[index] ?? '').trim();
      if (column === null) {
        if (raw !== '') row.custom[header[index]] = raw;
        continue;
      }
      if (column.required && raw === '') {
        problems.push({ file, line, column: column.name, value: '', expected: 'a value (this column is required)' });
        rowOk = false;
        continue;
      }
      const cell = column.read(raw);
      if (!cell.ok) {
        problems.push({ file, line, column: column.name, value: raw, expected: cell.expected });
        rowOk = false;
      } else if (cell.value !== undefined) row[column.name] = cell.value;
    }
    if (mapping.splitName && row.name === undefined) {
      const full = mapping.splitName.map((idx) => (record[idx] ?? '').trim()).filter(Boolean).join(' ');
      if (full) row.name = full;
      else {
        problems.push({ file, line, column: 'name', value: '', expected: 'a value (this column is required)' });
        rowOk = false;
      }
    }
    if (rowOk) {
      const built = buildRecord(kind, row, seenIds);
      if (built.ok) rows.push(built.record);
      else problems.push({ file, line, column: built.column, value: built.value, expected: built.expected });
    }
    if (onProgress && (i % 10_000 === 0 || i === total)) onProgress({ file, rows: i, total });
  }
  return rows;
}

interface HeaderMapping {
  byIndex: Map<number, Column | null>;
  missing: string[];
  /** Column indexes of first and last name, for exports that have no full-name column. */
  splitName?: number[];
}

function mapHeader(header: string[], wanted: Column[]): HeaderMapping {
  const byIndex = new Map<number, Column | null>();
  const taken = new Set<string>();
  header.forEach((h, index) => {
    const key = headerKey(h);
    const column =
      wanted.find((c) => !taken.has(c.name) && headerKey(c.name) === key) ??
      wanted.find((c) => !taken.has(c.name) && (c.aliases ?? []).some((a) => headerKey(a) === key));
    if (column) taken.add(column.name);
    byIndex.set(index, column ?? null);
  });
  let splitName: number[] | undefined;
  const first = header.findIndex((h) => ['firstname', 'first'].includes(headerKey(h)));
  const last = header.findIndex((h) => ['lastname', 'last', 'surname'].includes(headerKey(h)));
  if (!taken.has('name') && wanted.some((c) => c.name === 'name') && first >= 0 && last >= 0) {
    splitName = [first, last];
    taken.add('name');
  }
  const missing = wanted.filter((c) => c.required && !taken.has(c.name)).map((c) => c.name);
  return { byIndex, missing, ...(splitName ? { splitName } : {}) };
}

type Built = { ok: true; record: unknown } | { ok: false; column: string; value: string; expected: string };

/** Turns a checked row into a domain record, with a stable id so that a re-import updates rather than duplicates. */
function buildRecord(kind: RecordKind, row: Row, seen: Map<string, number>): Built {
  const nth = (base: string) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  };
  const common = { custom: row.custom, source: row.source };
  let result;
  switch (kind) {
    case 'accounts':
      result = Account.safeParse({
        id: row.id, name: row.name, ownerEmail: row.owner_email, teamEmails: row.team_emails ?? [], tier: row.tier, industry: row.industry,
        region: row.region, arr: row.arr, currency: row.currency ?? 'USD', contractStart: row.contract_start, renewalDate: row.renewal_date,
        nps: row.nps, qbrCadenceMonths: row.qbr_cadence_months, lastQbrDate: row.last_qbr_date, nextQbrDate: row.next_qbr_date, notes: row.notes, ...common,
      });
      break;
    case 'contacts': {
      const id = (row.id as string) ?? nth(`${row.account_id}:${(row.email as string) ?? normalize(row.name as string)}`);
      result = Contact.safeParse({
        id, accountId: row.account_id, name: row.name, title: row.title, email: row.email, role: row.role, influence: row.influence,
        attitude: row.attitude, lastContactDate: row.last_contact_date, leftCompany: row.left_company ?? false, ...common,
      });
      break;
    }
    case 'transactions': {
      const id = (row.id as string) ?? (row.invoice ? `${row.account_id}:inv:${row.invoice}` : nth(`${row.account_id}:${row.date}:${row.amount}`));
      result = Transaction.safeParse({ id, accountId: row.account_id, date: row.date, amount: row.amount, currency: row.currency, invoice: row.invoice, ...common });
      break;
    }
    case 'activities': {
      const id = (row.id as string) ?? nth(`${row.account_id}:${row.date}:${row.type}`);
      result = Activity.safeParse({ id, accountId: row.account_id, date: row.date, type: row.type, summary: row.summary, ...common });
      break;
    }
    case 'users':
      result = User.safeParse({
        email: row.email, role: row.role, name: row.name, managerEmail: row.manager_email, timezone: row.timezone, locale: row.locale,
        slackUserId: row.slack_user_id, teamsUserId: row.teams_user_id, ...common,
      });
      break;
  }
  if (result.success) return { ok: true, record: result.data };
  const issue = result.error.issues[0];
  return { ok: false, column: String(issue.path[0] ?? ''), value: String(row[String(issue.path[0])] ?? ''), expected: issue.message };
}

/** Contacts, transactions and activities must belong to an account that exists after the import. */
function checkReferences(data: Partial<PortfolioData>, files: Map<RecordKind, string>, known: ReadonlySet<string>, problems: ImportProblem[]): void {
  const ids = new Set(known);
  for (const a of data.accounts ?? []) ids.add(a.id);
  for (const kind of ['contacts', 'transactions', 'activities'] as const) {
    for (const r of data[kind] ?? []) {
      if (!ids.has(r.accountId)) {
        problems.push({
          file: basename(files.get(kind)!), line: r.source.line ?? 0, column: 'account_id', value: r.accountId,
          expected: 'the id of an account in accounts.csv or already imported',
        });
      }
    }
  }
}

/** Puts imported records over the stored ones, matching by id (users by e-mail). */
export function mergeImport(current: PortfolioData, imported: Partial<PortfolioData>): PortfolioData {
  const merge = <T>(old: T[], fresh: T[] | undefined, key: (t: T) => string): T[] => {
    if (!fresh) return old;
    const byKey = new Map(old.map((t) => [key(t), t]));
    for (const t of fresh) byKey.set(key(t), t);
    return [...byKey.values()];
  };
  return {
    users: merge(current.users, imported.users, (u) => u.email.toLowerCase()),
    accounts: merge(current.accounts, imported.accounts, (a) => a.id),
    contacts: merge(current.contacts, imported.contacts, (c) => c.id),
    transactions: merge(current.transactions, imported.transactions, (t) => t.id),
    activities: merge(current.activities, imported.activities, (a) => a.id),
  };
}

/** The problems as lines a person can act on. */
export function describeProblems(problems: ImportProblem[], limit = 50): string[] {
  const lines = problems.slice(0, limit).map((p) =>
    `${p.file}, line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.value !== '' ? `"${p.value}" — ` : ''}expected ${p.expected}`,
  );
  if (problems.length > limit) lines.push(`…and ${problems.length - limit} more problems`);
  return lines;
}
