import { portfolioIndexOf, visibleSetOf, type Listed } from '../../accounts/portfolio-index.js';
import { renewalOf } from '../../accounts/renewal.js';
import type { Turn } from '../../conversation.js';
import { addDays, daysBetween } from '../../dates.js';
import type { Account } from '../../model.js';
import { reply } from '../../reply.js';
import { accountSource, dateOf, moneyOf, periodOf, recordsSource, todayOf } from '../answers/format.js';
import { defineIntent } from '../intent.js';
import { daysMentioned } from '../nlu/numbers.js';
import type { Period } from '../nlu/periods.js';
import { renewalWords } from '../words.js';

const SHOWN = 20;

/** A list of accounts ends with how many more there are, never with all ten thousand. */
function more<T>(turn: Turn, items: Listed<T>, line: (item: T) => string): string[] {
  const lines = items.shown.map(line);
  return items.total > items.shown.length ? [...lines, turn.t.moreItems(items.total - items.shown.length)] : lines;
}

interface RenewalSlots {
  period: Period;
}

const DEFAULT_RENEWAL_DAYS = 90;

/** "Renewals in the next 90 days", "what renews before March?": among the accounts the asker covers, soonest first. */
export const renewalsAheadIntent = defineIntent<RenewalSlots>({
  name: 'portfolio.renewals',
  subject: 'portfolio',
  cues: [
    { say: renewalWords.filter((w) => w !== 'do kiedy'), weight: 0.5 },
    { say: ['upcoming', 'coming up', 'which', 'what', 'any', 'list', 'all', 'account*', 'contracts', 'due', 'ktore', 'jakie', 'umowy', 'nadchodz*', 'klienci', 'konta'], weight: 0.2 },
  ],
  slots(q) {
    const found = q.period('future');
    if (found) return { said: { period: found.period }, tokens: found.tokens, bonus: 0.2 };
    const days = daysMentioned(q.tokens, q.today);
    return days ? { said: { period: { from: q.today, until: addDays(q.today, days.days) } }, tokens: days.tokens, bonus: 0.2 } : { said: {} };
  },
  // Renewals already past are not coming up: the period starts today at the earliest.
  complete: (said, q) => {
    const period = said.period ?? { from: q.today, until: addDays(q.today, DEFAULT_RENEWAL_DAYS) };
    return { period: period.from < q.today ? { from: q.today, until: period.until } : period };
  },
  answer(turn, { about, slots }) {
    if (about.kind !== 'portfolio') return [];
    const t = turn.t.qa;
    const today = todayOf(turn);
    const due = portfolioIndexOf(turn.portfolio).renewingBetween(slots.period.from, slots.period.until, visibleSetOf(turn.portfolio, about.accounts), SHOWN);
    const when = periodOf(turn, slots.period, false);
    const lines = more(turn, due, (account) => {
      const renewal = renewalOf(account, today)!;
      return [`**${account.name}**`, turn.t.renewalIn(renewal.date, renewal.daysLeft, turn.locale), account.arr !== undefined ? moneyOf(turn, account, account.arr) : ''].filter(Boolean).join(' · ');
    });
    const source = due.shown[0] ? accountSource(turn, due.shown[0], ['renewal_date', 'arr']) : recordsSourceOfAccounts(turn, about.accounts);
    return [reply().text(due.total ? t.renewalsIn(when, due.total) : t.noRenewalsIn(when)).list(lines).sources([source]).build()];
  },
});

interface DormantSlots {
  days: number;
}

const DEFAULT_DORMANT_DAYS = 60;

/** "Which accounts haven't ordered in 60 days?": last order at least N days ago, or none at all; longest silence first. */
export const dormantAccountsIntent = defineIntent<DormantSlots>({
  name: 'portfolio.dormant',
  subject: 'portfolio',
  cues: [
    {
      say: [
        'stopped buying', 'stopped ordering', 'stopped purchasing', 'haven ordered', 'havent ordered', 'not ordered', 'no orders', 'no order', 'without orders',
        'without an order', 'haven bought', 'havent bought', 'not bought', 'dormant', 'inactive', 'gone quiet', 'quiet', 'lapsed',
        'przestal* zamawia*', 'przestal* kupowa*', 'bez zamowien', 'bez zamowienia', 'nie zamawia*', 'nie zamowil*', 'nie kupuj*', 'nie kupil*', 'nieaktywn*', 'uspion*',
      ],
      weight: 0.6,
    },
    { say: ['which', 'who', 'account*', 'client*', 'customer*', 'klienci', 'klientow', 'ktorzy', 'ktore', 'konta'], weight: 0.15 },
  ],
  slots(q) {
    const found = daysMentioned(q.tokens, q.today);
    return found ? { said: { days: found.days }, tokens: found.tokens, bonus: 0.15 } : { said: {} };
  },
  complete: (said) => ({ days: said.days ?? DEFAULT_DORMANT_DAYS }),
  answer(turn, { about, slots }) {
    if (about.kind !== 'portfolio') return [];
    const t = turn.t.qa;
    const today = todayOf(turn);
    // No order in the last N days: the last one is N days old or more.
    const quiet = portfolioIndexOf(turn.portfolio).quietSince(addDays(today, 1 - slots.days), visibleSetOf(turn.portfolio, about.accounts), SHOWN);
    const lines = more(turn, quiet, (q) => `**${q.account.name}** · ${q.last ? t.lastOrderAgo(dateOf(turn, q.last.date), daysBetween(q.last.date, today)) : t.noOrdersOnRecord}`);
    const source = recordsSource(turn, 'transactions', ['account_id', 'date']);
    return [reply().text(quiet.total ? t.dormant(slots.days, quiet.total) : t.noneDormant(slots.days)).list(lines).sources([source]).build()];
  },
});

function recordsSourceOfAccounts(turn: Turn, accounts: readonly Account[]) {
  return accounts[0] ? accountSource(turn, accounts[0], ['renewal_date']) : { ref: 'accounts.csv › renewal_date' };
}
