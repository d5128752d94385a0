import type { Account, User } from '../model.js';
import type { Portfolio } from '../portfolio.js';

// One list per portfolio and user, so that what is built on it (the name index) is built once per user and import.
const listed = new WeakMap<Portfolio, Map<string, Account[]>>();

/**
 * The accounts a user may see: a KAM the accounts they own or are on the team of,
 * a manager also their reports' accounts, an admin all of them.
 * Everything that answers about accounts goes through this, so that a KAM cannot
 * learn anything about an account they don't cover, not even that it exists.
 * The list is shared between calls for the same user: copy it before changing it.
 */
export function visibleAccounts(portfolio: Portfolio, user: User): Account[] {
  let byUser = listed.get(portfolio);
  if (!byUser) {
    byUser = new Map();
    listed.set(portfolio, byUser);
  }
  const key = `${user.role}:${user.email.toLowerCase()}`;
  let list = byUser.get(key);
  if (!list) {
    list = accountsCoveredFor(portfolio, user);
    byUser.set(key, list);
  }
  return list;
}

function accountsCoveredFor(portfolio: Portfolio, user: User): Account[] {
  if (user.role === 'admin') return [...portfolio.accounts.values()];
  const lists = [portfolio.accountIdsCoveredBy(user.email)];
  if (user.role === 'manager') for (const report of portfolio.reportsOf(user.email)) lists.push(portfolio.accountIdsCoveredBy(report));
  const filled = lists.filter((l) => l.length > 0);
  // One list of a portfolio without repeated account ids repeats none: no set of 10,000 ids to build.
  const ids: Iterable<string> = filled.length === 1 && portfolio.accounts.size === portfolio.data.accounts.length ? filled[0] : new Set(lists.flat());
  const out: Account[] = [];
  for (const id of ids) {
    const account = portfolio.accounts.get(id);
    if (account) out.push(account);
  }
  return out;
}

const indexed = new WeakMap<readonly Account[], Map<string, Account>>();

/**
 * The account with this id among those given, or undefined: the way to pick one of
 * `turn.visible()` by id. The lookup is built once per list (a user's list lives as long
 * as the import), so an admin's question does not scan 10,000 accounts for one.
 */
export function accountIn(accounts: readonly Account[], id: string | undefined): Account | undefined {
  if (id === undefined) return undefined;
  let byId = indexed.get(accounts);
  if (!byId) {
    byId = new Map(accounts.map((a) => [a.id, a]));
    indexed.set(accounts, byId);
  }
  return byId.get(id);
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

const covered = new WeakMap<readonly Account[], Map<string, Account[]>>();

/** The accounts a person owns or is on the team of, among those given: "my accounts" as opposed to the team's. Kept per list, like the list. */
export function coveredBy(accounts: readonly Account[], email: string): Account[] {
  const me = email.toLowerCase();
  let byEmail = covered.get(accounts);
  if (!byEmail) {
    byEmail = new Map();
    covered.set(accounts, byEmail);
  }
  let list = byEmail.get(me);
  if (!list) {
    list = accounts.filter((a) => a.ownerEmail.toLowerCase() === me || a.teamEmails.some((e) => e.toLowerCase() === me));
    byEmail.set(me, list);
  }
  return list;
}
