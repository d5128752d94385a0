import { Lexicon } from '../nlu/lexicon.js';
import type { Question } from '../nlu/question.js';

/** How a list of accounts can be ordered. */
export type SortKey = 'arr' | 'renewal' | 'lastOrder' | 'revenue' | 'name';

const keys = new Lexicon<SortKey | 'any'>({
  arr: ['arr', 'by arr', 'biggest', 'largest', 'by size', 'by value', 'contract value', 'najwiekszy*', 'najwieksze', 'wartosc*'],
  renewal: ['by renewal*', 'renewal date', 'renewal', 'renew*', 'odnowien*', 'by expiry', 'expiry'],
  lastOrder: ['last order*', 'latest order*', 'by order*', 'recent order*', 'ostatni* zamowien*', 'zamowien*'],
  revenue: ['by revenue', 'revenue', 'sales', 'przychod*', 'sprzedaz*', 'obrot*'],
  name: ['by name', 'alphabetical*', 'alfabetycz*', 'nazw*'],
  any: ['sort*', 'ordered by', 'order by', 'rank*', 'posortuj*', 'posortowan*', 'wedlug', 'wg', 'uporzadk*'],
});

/** The order asked for a list ("by ARR", "sorted by renewal", "według ostatniego zamówienia"). */
export function sortOf(q: Question): { sort?: SortKey; tokens: number[] } {
  const found = keys.match(q.tokens);
  const order: SortKey[] = ['lastOrder', 'renewal', 'arr', 'revenue', 'name'];
  const sort = order.find((k) => found.has(k));
  // "sorted by" alone names no order; its words still count as understood.
  return { ...(sort ? { sort } : {}), tokens: [...found.covered] };
}
