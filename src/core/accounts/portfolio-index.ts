import type { Account, Activity, ActivityType, Contact, Transaction } from '../model.js';
import type { Portfolio } from '../portfolio.js';
import { byCode, byName } from './order.js';

/** Which accounts an answer may draw on: the asker's, looked up in constant time. */
export interface Visible {
  has(accountId: string): boolean;
  readonly size: number;
  /** True when the asker sees the whole portfolio (an admin): nothing to filter. */
  readonly all: boolean;
  readonly accounts: readonly Account[];
}

/** The first entries of a list an answer shows, and how many there are in all. */
export interface Listed<T> {
  shown: T[];
  total: number;
}

/** Below this share of the portfolio, an asker's own records are read rather than a portfolio-wide slice. */
const FEW = 0.1;

/**
 * The portfolio sorted the ways portfolio-wide questions need it (renewal date, last
 * order, activity date, silence, ARR, name), so that "renewals in the next 90 days"
 * or "accounts that haven't ordered in 60 days" read a slice rather than every
 * account. Built once per import. An asker who sees everything reads the slice as
 * is; one who sees a part reads it filtered, or, seeing only a few accounts, reads
 * those accounts' own records.
 */
export class PortfolioIndex {
  private readonly byRenewal: Account[];
  /** Every account with its last order (none first), oldest last order first. */
  private readonly byLastOrder: { account: Account; last?: Transaction }[];
  private readonly lastOrders = new Map<string, Transaction>();
  private readonly activitiesNewestFirst: Activity[];
  private readonly contactsBySilence: Contact[];
  private readonly gone: Contact[];
  private readonly orders = new Map<string, Account[]>();
  private readonly ranks = new Map<string, Map<string, number>>();

  constructor(private readonly portfolio: Portfolio) {
    const accounts = [...portfolio.accounts.values()];
    this.byRenewal = accounts.filter((a) => a.renewalDate).sort(renewalOrder);
    for (const a of accounts) {
      const list = portfolio.transactionsOf(a.id);
      if (list.length) this.lastOrders.set(a.id, list[list.length - 1]);
    }
    this.byLastOrder = accounts.map((account) => ({ account, last: this.lastOrders.get(account.id) })).sort(silenceOrder);
    this.activitiesNewestFirst = [...portfolio.data.activities].sort(newestFirst);
    this.contactsBySilence = portfolio.data.contacts.filter((c) => !c.leftCompany).sort(contactSilenceOrder);
    this.gone = portfolio.data.contacts.filter((c) => c.leftCompany);
    const names = [...accounts].sort((a, b) => byName(a.name, b.name));
    this.orders.set('name', names);
    this.orders.set('arr', [...accounts].sort((a, b) => (b.arr ?? -1) - (a.arr ?? -1) || byName(a.name, b.name)));
    this.orders.set('renewal', [...this.byRenewal, ...names.filter((a) => !a.renewalDate)]);
    this.orders.set('lastOrder', [...this.byLastOrder].reverse().map((x) => x.account));
  }

  /** The last order of an account, as long as it is not dated after `today`. */
  lastOrderOf(accountId: string, today: string): Transaction | undefined {
    const last = this.lastOrders.get(accountId);
    if (!last || last.date <= today) return last;
    const list = this.portfolio.transactionsOf(accountId);
    for (let i = list.length - 1; i >= 0; i--) if (list[i].date <= today) return list[i];
    return undefined;
  }

  /** Visible accounts renewing between two days (both included), soonest first. */
  renewingBetween(from: string, until: string, visible: Visible, limit: number): Listed<Account> {
    if (this.few(visible)) return listed(visible.accounts.filter((a) => a.renewalDate && a.renewalDate >= from && a.renewalDate <= until).sort(renewalOrder), limit);
    const lo = lowerBound(this.byRenewal, (a) => a.renewalDate! < from);
    const hi = lowerBound(this.byRenewal, (a) => a.renewalDate! <= until);
    return sliced(this.byRenewal, lo, hi, visible, (a) => a.id, limit);
  }

  /** Visible accounts whose last order is before `cutoff` (or that never ordered), longest silence first. */
  quietSince(cutoff: string, visible: Visible, limit: number): Listed<{ account: Account; last?: Transaction }> {
    if (this.few(visible)) {
      const quiet = visible.accounts.map((account) => ({ account, last: this.lastOrders.get(account.id) })).filter((x) => (x.last?.date ?? '') < cutoff);
      return listed(quiet.sort(silenceOrder), limit);
    }
    const hi = lowerBound(this.byLastOrder, (x) => (x.last?.date ?? '') < cutoff);
    return sliced(this.byLastOrder, 0, hi, visible, (x) => x.account.id, limit);
  }

  /** Visible accounts' activities in a span (and of some kinds), newest first. */
  activitiesBetween(from: string, until: string, types: readonly ActivityType[] | undefined, visible: Visible, limit: number): Listed<Activity> {
    const fits = (a: Activity) => a.date >= from && a.date <= until && (!types || types.includes(a.type));
    if (this.few(visible)) return listed(visible.accounts.flatMap((acc) => this.portfolio.activitiesOf(acc.id).filter(fits)).sort(newestFirst), limit);
    const list = this.activitiesNewestFirst;
    const lo = lowerBound(list, (a) => a.date > until);
    const hi = lowerBound(list, (a) => a.date >= from);
    if (!types) return sliced(list, lo, hi, visible, (a) => a.accountId, limit);
    const shown: Activity[] = [];
    let total = 0;
    for (let i = lo; i < hi; i++) {
      if (types.includes(list[i].type) && visible.has(list[i].accountId) && total++ < limit) shown.push(list[i]);
    }
    return { shown, total };
  }

  /** Visible accounts' current contacts not spoken to since before `cutoff` (or ever), longest silence first. */
  silentSince(cutoff: string, visible: Visible, limit: number): Listed<Contact> {
    if (this.few(visible)) {
      const silent = visible.accounts.flatMap((a) => this.portfolio.contactsOf(a.id).filter((c) => !c.leftCompany && (c.lastContactDate ?? '') < cutoff));
      return listed(silent.sort(contactSilenceOrder), limit);
    }
    const hi = lowerBound(this.contactsBySilence, (c) => (c.lastContactDate ?? '') < cutoff);
    return sliced(this.contactsBySilence, 0, hi, visible, (c) => c.accountId, limit);
  }

  /** Contacts of visible accounts who left their company. */
  goneFrom(visible: Visible, limit: number): Listed<Contact> {
    if (this.few(visible)) return listed(visible.accounts.flatMap((a) => this.portfolio.contactsOf(a.id).filter((c) => c.leftCompany)), limit);
    return sliced(this.gone, 0, this.gone.length, visible, (c) => c.accountId, limit);
  }

  /** The first visible accounts in an order (among those `among` keeps). */
  ordered(order: 'name' | 'arr' | 'renewal' | 'lastOrder', visible: Visible, among: ((a: Account) => boolean) | undefined, limit: number): Account[] {
    if (this.few(visible)) {
      const rank = this.rank(order);
      return visible.accounts.filter((a) => !among || among(a)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!).slice(0, limit);
    }
    const out: Account[] = [];
    for (const a of this.orders.get(order)!) {
      if (out.length >= limit) break;
      if (visible.has(a.id) && (!among || among(a))) out.push(a);
    }
    return out;
  }

  /** Each account's position in an order, to sort a few accounts the same way as the whole list. */
  private rank(order: string): Map<string, number> {
    let rank = this.ranks.get(order);
    if (!rank) {
      rank = new Map(this.orders.get(order)!.map((a, i) => [a.id, i]));
      this.ranks.set(order, rank);
    }
    return rank;
  }

  private few(visible: Visible): boolean {
    return !visible.all && visible.size < FEW * this.portfolio.accounts.size;
  }
}

const renewalOrder = (a: Account, b: Account) => byCode(a.renewalDate ?? '', b.renewalDate ?? '') || byName(a.name, b.name);
const silenceOrder = (a: { account: Account; last?: Transaction }, b: { account: Account; last?: Transaction }) =>
  byCode(a.last?.date ?? '', b.last?.date ?? '') || byName(a.account.name, b.account.name);
const newestFirst = (a: Activity, b: Activity) => byCode(b.date, a.date) || byCode(a.accountId, b.accountId);
const contactSilenceOrder = (a: Contact, b: Contact) => byCode(a.lastContactDate ?? '', b.lastContactDate ?? '') || byName(a.name, b.name);

function listed<T>(items: T[], limit: number): Listed<T> {
  return { shown: items.slice(0, limit), total: items.length };
}

/** Entries lo..hi of a sorted list that the asker may see: counted by position when they see everything. */
function sliced<T>(list: readonly T[], lo: number, hi: number, visible: Visible, accountOf: (item: T) => string, limit: number): Listed<T> {
  if (visible.all) return { shown: list.slice(lo, Math.min(hi, lo + limit)), total: Math.max(0, hi - lo) };
  const shown: T[] = [];
  let total = 0;
  for (let i = lo; i < hi; i++) if (visible.has(accountOf(list[i])) && total++ < limit) shown.push(list[i]);
  return { shown, total };
}

/** The first index where `before` stops holding, in a list sorted so that it holds for a prefix. */
function lowerBound<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Once per import (a Portfolio never changes), and once per list of visible accounts.
const indexes = new WeakMap<Portfolio, PortfolioIndex>();
const visibleSets = new WeakMap<readonly Account[], Visible>();

export function portfolioIndexOf(portfolio: Portfolio): PortfolioIndex {
  let index = indexes.get(portfolio);
  if (!index) {
    index = new PortfolioIndex(portfolio);
    indexes.set(portfolio, index);
  }
  return index;
}

/** The accounts an asker may see, as a set that knows whether it is the whole portfolio. */
export function visibleSetOf(portfolio: Portfolio, accounts: readonly Account[]): Visible {
  let set = visibleSets.get(accounts);
  if (!set) {
    const ids = new Set(accounts.map((a) => a.id));
    set = { has: (id) => ids.has(id), size: ids.size, all: ids.size === portfolio.accounts.size, accounts };
    visibleSets.set(accounts, set);
  }
  return set;
}
