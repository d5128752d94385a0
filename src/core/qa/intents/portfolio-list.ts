import { byName } from '../../accounts/order.js';
import { portfolioIndexOf, visibleSetOf } from '../../accounts/portfolio-index.js';
import { revenueIn, trailingYear } from '../../accounts/revenue.js';
import type { Turn } from '../../conversation.js';
import type { Account, User } from '../../model.js';
import { reply } from '../../reply.js';
import { accountSource, dateOf, moneyOf, recordsSource, todayOf } from '../answers/format.js';
import { defineIntent } from '../intent.js';
import { ownerOf } from '../slots/owner.js';
import { sortOf, type SortKey } from '../slots/sort.js';
import type { Question } from '../nlu/question.js';
import { rolePhrases } from '../slots/role.js';

const SHOWN = 25;

interface Slots {
  sort?: SortKey;
  owner?: User;
  /** "Top 5 accounts": how many to list (per currency, when amounts in several are ranked). */
  top?: number;
}

const topWords = new Set(['top', 'biggest', 'largest', 'najwiekszych', 'najwieksze', 'najwiekszy']);

/** "Top 5 accounts", "5 biggest accounts", "top accounts" (10): how many the question asks for, and the words that said it. */
function topOf(q: Question): { top?: number; tokens: number[] } {
  const word = q.tokens.find((t) => topWords.has(t.word));
  if (!word) return { tokens: [] };
  const n = q.numbers.find((m) => !m.unit && m.tokens.length === 1 && Math.abs(m.tokens[0] - word.index) === 1);
  if (n && n.value >= 1 && n.value <= 100) return { top: n.value, tokens: [word.index, n.tokens[0]] };
  // "Which is the biggest?" is a ranking, not a number: only "top" alone means a short list.
  return word.word === 'top' ? { top: 10, tokens: [word.index] } : { tokens: [] };
}

/** "My accounts by ARR", "team accounts by renewal", "Ben's accounts": the asker's accounts, listed and sorted. */
export const listAccountsIntent = defineIntent<Slots>({
  name: 'portfolio.list',
  subject: 'portfolio',
  cues: [
    { say: ['account*', 'acount*', 'client*', 'customer*', 'portfolio', 'book of business', 'konta', 'kont', 'klienci', 'klientow', 'klientach', 'portfel*'], weight: 0.35 },
    { say: ['my', 'our', 'all', 'team', 'list', 'mine', 'top', 'do i have', 'i have', 'moje', 'moich', 'moi', 'mam', 'mamy', 'prowadze', 'obsluguje', 'nasze', 'naszych', 'nasi', 'wszystk*', 'lista', 'wymien', 'zespol*'], weight: 0.3 },
  ],
  // "Ben's accounts at risk" is the health question's list.
  not: ['at risk', 'on watch', 'zagroz*', ...Object.values(rolePhrases).flat()],
  slots(q, turn) {
    const sort = sortOf(q);
    const owner = ownerOf(q, turn);
    const top = topOf(q);
    return {
      said: { ...(sort.sort ? { sort: sort.sort } : {}), ...(owner.owner ? { owner: owner.owner } : {}), ...(top.top ? { top: top.top } : {}) },
      tokens: [...sort.tokens, ...owner.tokens, ...top.tokens],
      bonus: (sort.sort ? 0.2 : 0) + (owner.owner ? 0.2 : 0),
    };
  },
  answer(turn, { about, slots }) {
    if (about.kind !== 'portfolio') return [];
    const t = turn.t.qa;
    const today = todayOf(turn);
    const index = portfolioIndexOf(turn.portfolio);
    const visible = visibleSetOf(turn.portfolio, about.accounts);
    const owner = slots.owner?.email.toLowerCase();
    const among = owner ? (a: Account) => a.ownerEmail.toLowerCase() === owner : undefined;
    const accounts = among ? about.accounts.filter(among) : about.accounts;
    // "Top 5" without an order means the largest by ARR.
    const sort = slots.sort ?? (slots.top ? 'arr' : 'name');
    const currencies = [...countBy(accounts, (a) => a.currency)].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    // Amounts in different currencies are not comparable without exchange rates, which the data does not hold: rank each currency apart.
    const perCurrency = (sort === 'arr' || sort === 'revenue') && currencies.length > 1;
    const perGroup = slots.top ?? (perCurrency ? Math.max(3, Math.ceil(SHOWN / currencies.length)) : SHOWN);
    const revenue = sort === 'revenue' ? revenueByAccount(turn, accounts, today) : undefined;
    const groups = perCurrency ? currencies.map((c) => (a: Account) => a.currency === c && (!among || among(a))) : [among];
    const chosen = groups.flatMap((group) =>
      revenue ? topByRevenue(accounts.filter((a) => !group || group(a)), revenue, perGroup) : index.ordered(sort === 'revenue' ? 'arr' : sort, visible, group, perGroup),
    );
    const lines = chosen.map((a) => lineOf(turn, a, index.lastOrderOf(a.id, today)?.date, revenue?.get(a.id)));
    if (accounts.length > chosen.length) lines.push(turn.t.moreItems(accounts.length - chosen.length));
    const whose = slots.owner ? t.accountsOf(slots.owner.name ?? slots.owner.email) : t.yourAccounts;
    const title = !accounts.length ? t.noAccountsListed(whose) : slots.top ? t.topList(whose, slots.top, t.sortedBy[sort], perCurrency) : t.accountList(whose, accounts.length, t.sortedBy[sort]);
    const r = reply().text(title).list(lines);
    if (perCurrency) r.context(t.perCurrency);
    const sources = accounts[0] ? [accountSource(turn, accounts[0], ['name', 'arr', 'renewal_date', 'owner_email']), recordsSource(turn, 'transactions', ['date'])] : [];
    return [r.sources(sources).build()];
  },
});

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function revenueByAccount(turn: Turn, accounts: readonly Account[], today: string): Map<string, number> {
  const year = trailingYear(today);
  return new Map(accounts.map((a) => [a.id, revenueIn(turn.portfolio, a, year).total]));
}

function topByRevenue(accounts: readonly Account[], revenue: Map<string, number>, limit: number): Account[] {
  return [...accounts].sort((a, b) => revenue.get(b.id)! - revenue.get(a.id)! || byName(a.name, b.name)).slice(0, limit);
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
