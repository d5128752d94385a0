import type { Turn } from '../core/conversation.js';
import { todayIn } from '../core/dates.js';
import { explainEn, explainKeyEn, healthOf, reasonsOf, type Health } from '../core/health/index.js';
import type { Account } from '../core/model.js';
import { withQbrCalendar } from '../core/qbr/calendar.js';
import { qbrCalendarsOf } from '../core/qbr/calendars.js';
import { qbrChangesIn } from '../core/qbr/changes.js';

/** An account's health as the model reads it: the score, and every signal with its points and why. */
export interface HealthFacts {
  score?: number;
  band: Health['band'];
  asOf: string;
  signals: { signal: string; points: number; of: number; why: string }[];
  notMeasured?: { signal: string; why: string }[];
}

/** The health of accounts the asker may see, scored on the data up to today, with QBRs booked or held in chat counted. */
export async function healthOfAccounts(turn: Turn, accounts: readonly Account[]): Promise<Map<string, Health>> {
  const today = todayIn(turn.now, turn.timezone);
  const historyStart = firstTransactionDate(turn);
  const calendars = qbrCalendarsOf(turn.portfolio, await qbrChangesIn(turn.state), accounts, today);
  const out = new Map<string, Health>();
  accounts.forEach((account, i) => {
    const health = healthOf(
      withQbrCalendar(account, calendars[i]),
      {
        transactions: turn.portfolio.transactionsOf(account.id),
        contacts: turn.portfolio.contactsOf(account.id),
        activities: turn.portfolio.activitiesOf(account.id),
        ...(historyStart ? { historyStart } : {}),
      },
      today,
    );
    out.set(account.id, health);
  });
  return out;
}

export function healthFacts(health: Health, allSignals = true): HealthFacts {
  const shown = allSignals ? health.signals : reasonsOf(health, 2);
  return {
    ...(health.score !== null ? { score: Math.round(health.score) } : {}),
    band: health.band,
    asOf: health.asOf,
    signals: shown.map((s) => ({ signal: s.id, points: round1(s.contribution), of: round1(s.weight), why: explainEn(s) })),
    ...(allSignals && health.missing.length
      ? { notMeasured: health.missing.map((id) => ({ signal: id, why: explainKeyEn(health.missingReasons[id] ?? { key: id, params: {} }) })) }
      : {}),
  };
}

/** The data is complete from the first transaction of the import: months without orders after it are real zeros. */
function firstTransactionDate(turn: Turn): string | undefined {
  let first: string | undefined;
  for (const t of turn.portfolio.data.transactions) if (!first || t.date < first) first = t.date;
  return first;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
