import type { Account, Activity, Contact, PortfolioData, Transaction, User } from './model.js';

/** What the portfolio holds about one account besides the account itself, each list oldest first where dated. */
export interface AccountRecords {
  readonly contacts: readonly Contact[];
  readonly transactions: readonly Transaction[];
  readonly activities: readonly Activity[];
}

interface Records {
  contacts: Contact[];
  transactions: Transaction[];
  activities: Activity[];
}

const NO_RECORDS: AccountRecords = Object.freeze({ contacts: Object.freeze([]), transactions: Object.freeze([]), activities: Object.freeze([]) });

/**
 * The imported data, indexed for answering questions quickly.
 * Immutable: an import builds a new Portfolio rather than changing this one.
 */
export class Portfolio {
  readonly accounts: ReadonlyMap<string, Account>;
  readonly users: ReadonlyMap<string, User>;
  // One map for all three lists: scoring a portfolio reads them account by account, one lookup each.
  private readonly recordsByAccount = new Map<string, Records>();
  private readonly reportsByManager = new Map<string, string[]>();
  private readonly accountsByPerson = new Map<string, string[]>();

  constructor(readonly data: PortfolioData, readonly version: number = 0, readonly importedAt?: string) {
    this.accounts = new Map(data.accounts.map((a) => [a.id, a]));
    this.users = new Map(data.users.map((u) => [u.email.toLowerCase(), u]));
    for (const c of data.contacts) this.recordsFor(c.accountId).contacts.push(c);
    for (const t of data.transactions) this.recordsFor(t.accountId).transactions.push(t);
    for (const a of data.activities) this.recordsFor(a.accountId).activities.push(a);
    for (const r of this.recordsByAccount.values()) {
      r.transactions.sort(byDate);
      r.activities.sort(byDate);
    }
    for (const u of data.users) {
      if (!u.managerEmail) continue;
      const key = u.managerEmail.toLowerCase();
      const reports = this.reportsByManager.get(key) ?? [];
      reports.push(u.email.toLowerCase());
      this.reportsByManager.set(key, reports);
    }
    for (const a of data.accounts) {
      for (const email of new Set([a.ownerEmail, ...a.teamEmails].map((e) => e.toLowerCase()))) {
        const list = this.accountsByPerson.get(email) ?? [];
        list.push(a.id);
        this.accountsByPerson.set(email, list);
      }
    }
  }

  user(email: string): User | undefined {
    return this.users.get(email.toLowerCase());
  }

  contactsOf(accountId: string): readonly Contact[] {
    return this.recordsOf(accountId).contacts;
  }

  /** Transactions of an account, oldest first. */
  transactionsOf(accountId: string): readonly Transaction[] {
    return this.recordsOf(accountId).transactions;
  }

  /** Activities of an account, oldest first. */
  activitiesOf(accountId: string): readonly Activity[] {
    return this.recordsOf(accountId).activities;
  }

  /** An account's contacts, transactions and activities at once. */
  recordsOf(accountId: string): AccountRecords {
    return this.recordsByAccount.get(accountId) ?? NO_RECORDS;
  }

  private recordsFor(accountId: string): Records {
    let r = this.recordsByAccount.get(accountId);
    if (!r) this.recordsByAccount.set(accountId, (r = { contacts: [], transactions: [], activities: [] }));
    return r;
  }

  /** Everyone reporting to a manager, directly or through other managers. */
  reportsOf(managerEmail: string): string[] {
    const seen = new Set<string>();
    const queue = [managerEmail.toLowerCase()];
    while (queue.length) {
      const next = queue.shift()!;
      for (const r of this.reportsByManager.get(next) ?? []) {
        if (!seen.has(r)) {
          seen.add(r);
          queue.push(r);
        }
      }
    }
    return [...seen];
  }

  /** Accounts a person owns or is on the team of. */
  accountIdsCoveredBy(email: string): readonly string[] {
    return this.accountsByPerson.get(email.toLowerCase()) ?? [];
  }
}

const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
