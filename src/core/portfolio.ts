import type { Account, Activity, Contact, PortfolioData, Transaction, User } from './model.js';

/**
 * The imported data, indexed for answering questions quickly.
 * Immutable: an import builds a new Portfolio rather than changing this one.
 */
export class Portfolio {
  readonly accounts: ReadonlyMap<string, Account>;
  readonly users: ReadonlyMap<string, User>;
  private readonly contactsByAccount = new Map<string, Contact[]>();
  private readonly transactionsByAccount = new Map<string, Transaction[]>();
  private readonly activitiesByAccount = new Map<string, Activity[]>();
  private readonly reportsByManager = new Map<string, string[]>();
  private readonly accountsByPerson = new Map<string, string[]>();

  constructor(readonly data: PortfolioData, readonly version: number = 0, readonly importedAt?: string) {
    this.accounts = new Map(data.accounts.map((a) => [a.id, a]));
    this.users = new Map(data.users.map((u) => [u.email.toLowerCase(), u]));
    group(data.contacts, this.contactsByAccount);
    group(data.transactions, this.transactionsByAccount);
    group(data.activities, this.activitiesByAccount);
    for (const list of this.transactionsByAccount.values()) list.sort(byDate);
    for (const list of this.activitiesByAccount.values()) list.sort(byDate);
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
    return this.contactsByAccount.get(accountId) ?? [];
  }

  /** Transactions of an account, oldest first. */
  transactionsOf(accountId: string): readonly Transaction[] {
    return this.transactionsByAccount.get(accountId) ?? [];
  }

  /** Activities of an account, oldest first. */
  activitiesOf(accountId: string): readonly Activity[] {
    return this.activitiesByAccount.get(accountId) ?? [];
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

function group<T extends { accountId: string }>(items: readonly T[], into: Map<string, T[]>): void {
  for (const item of items) {
    const list = into.get(item.accountId);
    if (list) list.push(item);
    else into.set(item.accountId, [item]);
  }
}

const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
