import type { Turn } from '../conversation.js';
import { addDays, addMonths, daysBetween, todayIn } from '../dates.js';
import { formatDate } from '../i18n/format.js';
import type { Account } from '../model.js';
import { reply, type Reply, type Source } from '../reply.js';
import type { QbrCalendar } from './calendar.js';
import { qbrCalendarsOf } from './calendars.js';
import { qbrChangesIn } from './changes.js';
import { presentSources, qbrSource } from './sources.js';
import { nextQbrSentence } from './wording.js';

export type UpcomingPeriod = 'this_week' | 'next_week' | 'this_month' | 'next_month' | 'next_30_days';
const NEAREST_SHOWN = 3;

export const todayOf = (turn: Pick<Turn, 'now' | 'timezone'>) => todayIn(turn.now, turn.timezone);

/** The calendars of the accounts the user may see, on the user's today. */
export async function visibleCalendars(turn: Turn, accounts: readonly Account[] = turn.visible()): Promise<{ account: Account; calendar: QbrCalendar }[]> {
  const calendars = qbrCalendarsOf(turn.portfolio, await qbrChangesIn(turn.state), accounts, todayOf(turn));
  return calendars.map((calendar, i) => ({ account: accounts[i], calendar }));
}

const ownerName = (turn: Turn, account: Account) => turn.portfolio.user(account.ownerEmail)?.name ?? account.ownerEmail;

export function calendarSources(turn: Turn, calendars: QbrCalendar[]): Source[] {
  return presentSources(calendars.flatMap((c) => [qbrSource(c.next?.origin, turn.t, turn.locale), qbrSource(c.last?.origin, turn.t, turn.locale)]));
}

/** "When is the next QBR with Globex?": the booked date, or that none is, with the last one and when one is due. */
export async function nextQbrAnswer(turn: Turn, account: Account): Promise<Reply> {
  const [{ calendar }] = await visibleCalendars(turn, [account]);
  const { t, locale } = turn;
  const b = reply().text(nextQbrSentence(account.name, calendar, t, locale));
  if (calendar.status !== 'scheduled' && calendar.status !== 'untracked') b.text(t.qbr.nudge.howToBook(account.id, account.name));
  return b
    .buttons([{ label: t.qbr.prepareBrief, action: { id: 'ask', value: `/qbr-prep ${account.id}` } }])
    .sources(presentSources([...calendarSources(turn, [calendar]), qbrSource(calendar.cadenceOrigin, t, locale)]))
    .build();
}

function periodRange(period: UpcomingPeriod, today: string): { from: string; to: string } {
  if (period === 'next_30_days') return { from: today, to: addDays(today, 30) };
  if (period === 'this_week' || period === 'next_week') {
    // Weeks run Monday to Sunday.
    const sinceMonday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
    const monday = addDays(today, -sinceMonday);
    return period === 'this_week' ? { from: today, to: addDays(monday, 6) } : { from: addDays(monday, 7), to: addDays(monday, 13) };
  }
  const firstOfThis = `${today.slice(0, 7)}-01`;
  const first = period === 'this_month' ? firstOfThis : addMonths(firstOfThis, 1);
  return { from: period === 'this_month' ? today : first, to: addDays(addMonths(first, 1), -1) };
}

/** "Which QBRs are coming up this month?": the booked QBRs in the period, soonest first; the nearest ones when there are none. */
export async function upcomingQbrsAnswer(turn: Turn, period: UpcomingPeriod): Promise<Reply> {
  const { t, locale } = turn;
  const today = todayOf(turn);
  const { from, to } = periodRange(period, today);
  const booked = (await visibleCalendars(turn))
    .filter((x) => x.calendar.next)
    .sort((a, b) => a.calendar.next!.date.localeCompare(b.calendar.next!.date) || a.account.name.localeCompare(b.account.name));
  const line = (x: (typeof booked)[number]) =>
    `${formatDate(x.calendar.next!.date, locale)} (${t.qbr.inDays(daysBetween(today, x.calendar.next!.date))}) — **${x.account.name}** · ${ownerName(turn, x.account)}`;
  const inPeriod = booked.filter((x) => x.calendar.next!.date >= from && x.calendar.next!.date <= to);
  const range = `${formatDate(from, locale)} – ${formatDate(to, locale)}`;
  const b = reply();
  if (inPeriod.length) {
    b.list(inPeriod.map(line), t.qbr.upcomingTitle(period, range));
  } else {
    b.text(t.qbr.noneUpcoming(period, range));
    const later = booked.filter((x) => x.calendar.next!.date > to).slice(0, NEAREST_SHOWN);
    b.list(later.map(line), later.length ? t.qbr.nearestBooked : undefined);
  }
  return b.sources(calendarSources(turn, (inPeriod.length ? inPeriod : booked.slice(0, NEAREST_SHOWN)).map((x) => x.calendar))).build();
}

/** "Which accounts are overdue for a QBR?": most overdue first, saying whether one is booked at last. */
export async function overdueQbrsAnswer(turn: Turn): Promise<Reply> {
  const { t, locale } = turn;
  const overdue = (await visibleCalendars(turn)).filter((x) => x.calendar.overdueDays > 0).sort((a, b) => b.calendar.overdueDays - a.calendar.overdueDays);
  if (!overdue.length) return reply().text(t.qbr.noneOverdue).build();
  const lines = overdue.map(({ account, calendar }) =>
    [
      `**${account.name}** — ${t.qbr.overdueBy(calendar.overdueDays, formatDate(calendar.due!.date, locale))}`,
      calendar.last ? t.qbr.lastOn(formatDate(calendar.last.date, locale)) : t.qbr.brief.noneOnRecord,
      calendar.next ? t.qbr.bookedFor(formatDate(calendar.next.date, locale)) : t.qbr.notBooked,
      ownerName(turn, account),
    ].join(' · '),
  );
  return reply()
    .list(lines, t.qbr.overdueTitle(overdue.length))
    .buttons(overdue.filter((x) => !x.calendar.next).slice(0, 5).map((x) => ({ label: t.qbr.briefFor(x.account.name), action: { id: 'ask', value: `/qbr-prep ${x.account.id}` } })))
    .sources(calendarSources(turn, overdue.map((x) => x.calendar)))
    .build();
}

/**
 * "Which accounts have no QBR booked?": every account with a QBR cadence and nothing
 * booked, the most overdue first, then the soonest due; accounts without a cadence are
 * not tracked and left out (the reply says how many).
 */
export async function unbookedQbrsAnswer(turn: Turn): Promise<Reply> {
  const { t, locale } = turn;
  const calendars = await visibleCalendars(turn);
  const unbooked = calendars
    .filter((x) => x.calendar.status === 'overdue' || x.calendar.status === 'unscheduled')
    .sort((a, b) => b.calendar.overdueDays - a.calendar.overdueDays || (a.calendar.due?.date ?? '').localeCompare(b.calendar.due?.date ?? '') || a.account.name.localeCompare(b.account.name));
  const untracked = calendars.filter((x) => x.calendar.status === 'untracked').length;
  const b = reply();
  if (!unbooked.length) b.text(t.qbr.noneUnbooked);
  else {
    const lines = unbooked.map(({ account, calendar }) =>
      [
        `**${account.name}** — ${calendar.overdueDays > 0 ? t.qbr.overdueBy(calendar.overdueDays, formatDate(calendar.due!.date, locale)) : calendar.due ? t.qbr.brief.dueOn(formatDate(calendar.due.date, locale)) : t.qbr.notBooked}`,
        calendar.last ? t.qbr.lastOn(formatDate(calendar.last.date, locale)) : t.qbr.brief.noneOnRecord,
        ownerName(turn, account),
      ].join(' · '),
    );
    b.list(lines, t.qbr.unbookedTitle(unbooked.length));
    b.buttons(unbooked.slice(0, 5).map((x) => ({ label: t.qbr.briefFor(x.account.name), action: { id: 'ask', value: `/qbr-prep ${x.account.id}` } })));
  }
  if (untracked) b.context(t.qbr.untrackedCount(untracked));
  return b.sources(presentSources(unbooked.flatMap((x) => [qbrSource(x.calendar.last?.origin, t, locale), qbrSource(x.calendar.cadenceOrigin, t, locale)]))).build();
}
