import { coveredBy } from '../../accounts/access.js';
import { lastOrderOf } from '../../accounts/facts.js';
import { revenueIn, trailingYear } from '../../accounts/revenue.js';
import type { Turn } from '../../conversation.js';
import type { Account, User } from '../../model.js';
import { reply } from '../../reply.js';
import { accountSource, dateOf, moneyOf, recordsSource, todayOf } from '../answers/format.js';
import { defineIntent } from '../intent.js';
import { ownerOf } from '../slots/owner.js';
import { sortOf, type SortKey } from '../slots/sort.js';

const SHOWN = 25;

interface Slots {
  sort?: SortKey;
  owner?: User;
}

/** "My accounts by ARR", "team accounts by renewal", "Ben's accounts": the asker's accounts, listed and sorted. */
export const listAccountsIntent = defineIntent<Slots>({
  name: 'portfolio.list',
  subject: 'portfolio',
  cues: [
    { say: ['account*', 'acount*', 'client*', 'customer*', 'portfolio', 'book of business', 'konta', 'kont', 'klienci', 'klientow', 'klientach', 'portfel*'], weight: 0.35 },
    { say: ['my', 'our', 'all', 'team', 'list', 'mine', 'moje', 'moich', 'moi', 'nasze', 'naszych', 'nasi', 'wszystk*', 'lista', 'wymien', 'zespol*'], weight: 0.3 },
  ],
  slots(q, turn) {
    const sort = sortOf(q);
    const owner = ownerOf(q, turn);
    return {
      said: { ...(sort.sort ? { sort: sort.sort } : {}), ...(owner.owner ? { owner: owner.owner } : {}) },
      tokens: [...sort.tokens, ...owner.tokens],
      bonus: (sort.sort ? 0.2 : 0) + (owner.owner ? 0.2 : 0),
    };
  },
  answer(turn, { about, slots }) {
    if (about.kind !== 'portfolio') return [];
    const t = turn.t.qa;
    const today = todayOf(turn);
    const accounts = slots.owner ? coveredBy(turn.visible(), slots.owner.email).filter((a) => a.ownerEmail.toLowerCase() === slots.owner!.email.toLowerCase()) : about.accounts;
    const sort = slots.sort ?? 'name';
    const facts = accounts.map((account) => ({
      account,
      lastOrder: lastOrderOf(turn.portfolio, account.id, today)?.date,
      revenue: sort === 'revenue' ? revenueIn(turn.portfolio, account, trailingYear(today)).total : 0,
    }));
    const groups = sort === 'arr' || sort === 'revenue' ? byCurrency(facts) : [facts];
    const lines: string[] = [];
    for (const group of groups) {
      group.sort(comparator(sort));
      for (const f of group) lines.push(lineOf(turn, f.account, f.lastOrder, sort === 'revenue' ? f.revenue : undefined));
    }
    const shown = lines.length > SHOWN ? [...lines.slice(0, SHOWN), turn.t.moreItems(lines.length - SHOWN)] : lines;
    const whose = slots.owner ? t.accountsOf(slots.owner.name ?? slots.owner.email) : t.yourAccounts;
    const r = reply().text(accounts.length ? t.accountList(whose, accounts.length, t.sortedBy[sort]) : t.noAccountsListed(whose)).list(shown);
    if (groups.length > 1) r.context(t.perCurrency);
    const sources = accounts[0] ? [accountSource(turn, accounts[0], ['name', 'arr', 'renewal_date', 'owner_email']), recordsSource(turn, 'transactions', ['date'])] : [];
    return [r.sources(sources).build()];
  },
});

type Facts = { account: Account; lastOrder?: string; revenue: number };

function comparator(sort: SortKey): (a: Facts, b: Facts) => number {
  const byName = (a: Facts, b: Facts) => a.account.name.localeCompare(b.account.name);
  switch (sort) {
    case 'arr':
      return (a, b) => (b.account.arr ?? -1) - (a.account.arr ?? -1) || byName(a, b);
    case 'revenue':
      return (a, b) => b.revenue - a.revenue || byName(a, b);
    case 'renewal':
      return (a, b) => (a.account.renewalDate ?? '9999').localeCompare(b.account.renewalDate ?? '9999') || byName(a, b);
    case 'lastOrder':
      return (a, b) => (b.lastOrder ?? '').localeCompare(a.lastOrder ?? '') || byName(a, b);
    case 'name':
      return byName;
  }
}

/** Amounts in different currencies are not comparable without exchange rates, which the data does not hold: rank each currency apart. */
function byCurrency(facts: Facts[]): Facts[][] {
  const groups = new Map<string, Facts[]>();
  for (const f of facts) groups.set(f.account.currency, [...(groups.get(f.account.currency) ?? []), f]);
  const top = (g: Facts[]) => Math.max(...g.map((f) => f.account.arr ?? 0));
  return [...groups.values()].sort((a, b) => b.length - a.length || top(b) - top(a));
}

function lineOf(turn: Turn, account: Account, lastOrder: string | undefined, revenue?: number): string {
  const t = turn.t;
  const parts = [`**${account.name}**`];
  if (account.arr !== undefined) parts.push(`${t.arr} ${moneyOf(turn, account, account.arr)}`);
  if (revenue !== undefined) parts.push(`${t.qa.last12Months}: ${moneyOf(turn, account, revenue)}`);
  if (account.renewalDate) parts.push(`${t.qa.renews} ${dateOf(turn, account.renewalDate)}`);
  parts.push(lastOrder ? `${t.qa.lastOrdered} ${dateOf(turn, lastOrder)}` : t.qa.noOrdersOnRecord);
  return parts.join(' · ');
}
