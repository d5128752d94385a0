import { lastQbrOf, nextQbrOf, qbrDueOf } from '../../accounts/facts.js';
import type { Turn } from '../../conversation.js';
import { daysBetween } from '../../dates.js';
import type { Account } from '../../model.js';
import { reply, type Reply, type Source } from '../../reply.js';
import { accountSource, dateOf, recordSource, todayOf } from '../answers/format.js';
import { defineIntent } from '../intent.js';
import { qbrWords } from '../words.js';

/** "When was the last QBR with Initech?": the last review, when the next is due by cadence, and whether it is overdue. */
export const lastQbrIntent = defineIntent({
  name: 'qbr.last',
  subject: 'account',
  cues: [
    { say: qbrWords, weight: 0.55 },
    { say: ['last', 'previous', 'latest', 'recent', 'when was', 'when did', 'did we have', 'overdue', 'ostatni*', 'poprzedni*', 'byl', 'zalegl*', 'opozni*'], weight: 0.25 },
    { say: ['last', 'previous', 'last one', 'ostatni', 'poprzedni'], weight: 0.6, after: ['qbr.next'] },
  ],
  answer: (turn, { about }) => (about.kind === 'account' ? [qbrReply(turn, about.account, 'last')] : []),
});

/** "When is the next QBR with Globex?": the review booked, or that none is. */
export const nextQbrIntent = defineIntent({
  name: 'qbr.next',
  subject: 'account',
  cues: [
    { say: qbrWords, weight: 0.55 },
    { say: ['next', 'upcoming', 'scheduled', 'planned', 'booked', 'when is', 'whens', 'coming', 'nastepn*', 'kolejn*', 'zaplanowan*', 'najblizsz*', 'bedzie', 'umowion*'], weight: 0.25 },
    { say: ['next', 'next one', 'upcoming', 'nastepny', 'kolejny'], weight: 0.6, after: ['qbr.last'] },
  ],
  answer: (turn, { about }) => (about.kind === 'account' ? [qbrReply(turn, about.account, 'next')] : []),
});

function qbrReply(turn: Turn, account: Account, lead: 'last' | 'next'): Reply {
  const t = turn.t.qa;
  const today = todayOf(turn);
  const last = lastQbrOf(account, turn.portfolio.activitiesOf(account.id), today);
  const next = nextQbrOf(account, today);
  const due = qbrDueOf(account, last?.date);
  const lastLine = last ? t.lastQbrWas(account.name, dateOf(turn, last.date), daysBetween(last.date, today)) : t.noQbrYet(account.name);
  const nextLine = next ? t.nextQbrIs(account.name, dateOf(turn, next), daysBetween(today, next)) : t.noQbrScheduled(account.name);
  const r = reply();
  if (lead === 'last') r.text(lastLine).text(nextLine);
  else r.text(nextLine).text(lastLine);
  if (due && !next && due < today) r.context(t.qbrOverdue(dateOf(turn, due), daysBetween(due, today)));
  else if (due && !next) r.context(t.qbrDue(dateOf(turn, due)));
  const sources: Source[] = [accountSource(turn, account, ['last_qbr_date', 'next_qbr_date', 'qbr_cadence_months'])];
  if (last && last.from !== 'account') sources.push(recordSource(turn, last.from, ['type=qbr', 'date']));
  return r.sources(sources).build();
}
