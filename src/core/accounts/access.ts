import type { Account, User } from '../model.js';
import type { Portfolio } from '../portfolio.js';

/**
 * The accounts a user may see: a KAM the accounts they own or are on the team of,
 * a manager also their reports' accounts, an admin all of them.
 * Everything that answers about accounts goes through this, so that a KAM cannot
 * learn anything about an account they don't cover, not even that it exists.
 */
export function visibleAccounts(portfolio: Portfolio, user: User): Account[] {
  if (user.role === 'admin') return [...portfolio.accounts.values()];
  const ids = new Set(portfolio.accountIdsCoveredBy(user.email));
  if (user.role === 'manager') {
    for (const report of portfolio.reportsOf(user.email)) {
      for (const id of portfolio.accountIdsCoveredBy(report)) ids.add(id);
    }
  }
  const out: Account[] = [];
  for (const id of ids) {
    const account = portfolio.accounts.get(id);
    if (account) out.push(account);
  }
  return out;
}

export function canSee(portfolio: Portfolio, user: User, accountId: string): boolean {
  if (user.role === 'admin') return portfolio.accounts.has(accountId);
  const email = user.email.toLowerCase();
  const account = portfolio.accounts.get(accountId);
  if (!account) return false;
  const covering = [account.ownerEmail, ...account.teamEmails].map((e) => e.toLowerCase());
  if (covering.includes(email)) return true;
  if (user.role !== 'manager') return false;
  const reports = new Set(portfolio.reportsOf(email));
  return covering.some((e) => reports.has(e));
}
