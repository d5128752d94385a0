import { lastOrderOf } from '../../accounts/facts.js';
import { renewalsBetween } from '../../accounts/renewal.js';
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
function capped(turn: Turn, lines: string[]): string[] {
  return lines.length > SHOWN ? [...lines.slice(0, SHOWN), turn.t.moreItems(lines.length - SHOWN)] : lines;
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
    const due = renewalsBetween(about.accounts, slots.period.from, slots.period.until, today);
    const when = periodOf(turn, slots.period, false);
    const lines = due.map(({ account, renewal }) =>
      [`**${account.name}**`, turn.t.renewalIn(renewal.date, renewal.daysLeft, turn.locale), account.arr !== undefined ? moneyOf(turn, account, account.arr) : ''].filter(Boolean).join(' · '),
    );
    const source = due[0] ? accountSource(turn, due[0].account, ['renewal_date', 'arr']) : recordsSourceOfAccounts(turn, about.accounts);
    return [reply().text(due.length ? t.renewalsIn(when, due.length) : t.noRenewalsIn(when)).list(capped(turn, lines)).sources([source]).build()];
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
    const quiet: { account: Account; last?: string; days: number }[] = [];
    for (const account of about.accounts) {
      const last = lastOrderOf(turn.portfolio, account.id, today);
      const days = last ? daysBetween(last.date, today) : Infinity;
      if (days >= slots.days) quiet.push({ account, days, ...(last ? { last: last.date } : {}) });
    }
    quiet.sort((a, b) => b.days - a.days || a.account.name.localeCompare(b.account.name));
    const lines = quiet.map((q) => `**${q.account.name}** · ${q.last ? t.lastOrderAgo(dateOf(turn, q.last), q.days) : t.noOrdersOnRecord}`);
    const source = recordsSource(turn, 'transactions', ['account_id', 'date']);
    return [reply().text(quiet.length ? t.dormant(slots.days, quiet.length) : t.noneDormant(slots.days)).list(capped(turn, lines)).sources([source]).build()];
  },
});

function recordsSourceOfAccounts(turn: Turn, accounts: readonly Account[]) {
  return accounts[0] ? accountSource(turn, accounts[0], ['renewal_date']) : { ref: 'accounts.csv › renewal_date' };
}
