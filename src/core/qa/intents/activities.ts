import { activitiesOf } from '../../accounts/activities.js';
import { trailingYear } from '../../accounts/revenue.js';
import type { Turn } from '../../conversation.js';
import type { Account, Activity, ActivityType } from '../../model.js';
import { reply, type Reply } from '../../reply.js';
import { dateOf, periodOf, recordsSource, todayOf } from '../answers/format.js';
import { defineIntent, type About, type SlotReading } from '../intent.js';
import type { Period } from '../nlu/periods.js';
import type { Question } from '../nlu/question.js';
import { activityPhrases, activityTypesOf, issueTypes } from '../slots/activity-types.js';
import { portfolioIndexOf, visibleSetOf, type Listed } from '../../accounts/portfolio-index.js';

const SHOWN = 10;

interface Slots {
  types?: ActivityType[];
  period?: Period;
}

function readSlots(q: Question): SlotReading<Slots> {
  const kinds = activityTypesOf(q);
  const period = q.period('past');
  return {
    said: { ...(kinds.types ? { types: kinds.types } : {}), ...(period ? { period: period.period } : {}) },
    tokens: [...kinds.tokens, ...(period?.tokens ?? [])],
    bonus: period ? 0.05 : 0,
  };
}

/** "What's been happening with Acme lately?", "meetings with Wisła this month": the latest activity, of some kinds or in a period. */
export const recentActivityIntent = defineIntent<Slots>({
  name: 'activities.recent',
  subject: 'account-or-portfolio',
  cues: [
    {
      say: [
        'activit*', 'happening', 'happened', 'going on', 'news', 'updates', 'touchpoint*', 'interaction*', 'history', 'timeline', 'log',
        ...activityPhrases.meeting, ...activityPhrases.call, ...activityPhrases.email, ...activityPhrases.note,
        'dzial*', 'aktywnos*', 'co nowego', 'co sie dzialo', 'wydarzy*', 'historia',
      ],
      weight: 0.5,
    },
    { say: ['recent*', 'latest', 'last', 'lately', 'this week', 'ostatni*', 'ostatnio', 'najnowsz*'], weight: 0.2 },
  ],
  slots: readSlots,
  answer: (turn, asked) => [activityReply(turn, asked.about, asked.slots, 'recent')],
});

/** "Any escalations at Northwind Logistics?", "reklamacje w moich kontach": escalations, complaints and tickets. */
export const issuesIntent = defineIntent<Slots>({
  name: 'activities.issues',
  subject: 'account-or-portfolio',
  cues: [
    { say: [...activityPhrases.escalation, ...activityPhrases.complaint, ...activityPhrases.ticket, ...activityPhrases.issue], weight: 0.6 },
    { say: ['any', 'open', 'recent', 'latest', 'czy', 'jakies', 'jakiekolwiek', 'ostatnie'], weight: 0.15 },
  ],
  slots: readSlots,
  complete: (said) => ({ ...said, types: said.types?.filter((t) => issueTypes.includes(t)).length ? said.types.filter((t) => issueTypes.includes(t)) : [...issueTypes] }),
  answer: (turn, asked) => [activityReply(turn, asked.about, asked.slots, 'issues')],
});

function activityReply(turn: Turn, about: About, slots: Slots, kind: 'recent' | 'issues'): Reply {
  const t = turn.t.qa;
  const today = todayOf(turn);
  const accounts: readonly Account[] = about.kind === 'account' ? [about.account] : about.kind === 'portfolio' ? about.accounts : [];
  const range = slots.period ?? (about.kind === 'portfolio' || kind === 'issues' ? trailingYear(today) : undefined);
  const found: Listed<Activity> =
    about.kind === 'portfolio'
      ? portfolioIndexOf(turn.portfolio).activitiesBetween(range!.from, range!.until < today ? range!.until : today, slots.types, visibleSetOf(turn.portfolio, accounts), SHOWN)
      : listedOf(accounts.flatMap((a) => activitiesOf(turn.portfolio, a.id, today, { ...(slots.types ? { types: slots.types } : {}), ...(range ? { range } : {}) })));
  const where = about.kind === 'account' ? about.account.name : undefined;
  const what = slots.types?.length ? slots.types.map((ty) => t.activityKinds[ty]).join(', ') : t.activityKinds.any;
  const when = range ? periodOf(turn, range) : undefined;
  const lines = found.shown.map((a) => {
    const account = where ? '' : ` · ${turn.portfolio.accounts.get(a.accountId)?.name ?? ''}`;
    return `${dateOf(turn, a.date)}${account} · ${turn.t.activityTypes[a.type]}${a.summary ? ` — ${a.summary}` : ''}`;
  });
  if (found.total > found.shown.length) lines.push(turn.t.moreItems(found.total - found.shown.length));
  const source = recordsSource(turn, 'activities', ['date', 'type', 'summary'], found.shown[0]);
  const headline = found.total ? t.activitiesFound(what, where, when, found.total) : t.noActivitiesFound(what, where, when);
  return reply().text(headline).list(lines).sources([source]).build();
}

/** One account's activities as a list to show: the newest first. */
function listedOf(activities: Activity[]): Listed<Activity> {
  return { shown: activities.slice(0, SHOWN), total: activities.length };
}
