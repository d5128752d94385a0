import type { Turn } from '../conversation.js';
import { daysBetween } from '../dates.js';
import { formatDate } from '../i18n/format.js';
import type { Account } from '../model.js';
import { reply, type Reply } from '../reply.js';
import { todayOf } from './answers.js';
import { storedQbrCalendarOf } from './calendars.js';
import { bookQbr, cancelQbr, setQbrCadence, type ChangeContext } from './changes.js';
import { presentSources, qbrSource } from './sources.js';

const MAX_CADENCE_MONTHS = 24;
/** Further ahead than this is more likely a typo than a plan. */
const MAX_DAYS_AHEAD = 2 * 366;

const contextOf = (turn: Turn, account: Account): ChangeContext => ({ accountId: account.id, by: turn.user.email, now: turn.now, today: todayOf(turn) });

/** Books the account's next QBR on `date` (or moves it there); its reminders follow the new date. */
export async function bookQbrInChat(turn: Turn, account: Account, date: string): Promise<Reply[]> {
  const { t, locale } = turn;
  const today = todayOf(turn);
  if (date < today) return [reply().text(t.qbr.datePassed(formatDate(date, locale))).onlyForAsker().build()];
  if (daysBetween(today, date) > MAX_DAYS_AHEAD) return [reply().text(t.qbr.dateTooFar(formatDate(date, locale))).onlyForAsker().build()];
  const before = await storedQbrCalendarOf(turn.portfolio, turn.state, account, today);
  if (before.next?.date === date) {
    return [reply().text(t.qbr.alreadyBooked(account.name, formatDate(date, locale))).sources(presentSources([qbrSource(before.next.origin, t, locale)])).build()];
  }
  await bookQbr(turn.state, contextOf(turn, account), date, account.nextQbrDate);
  turn.remember({ accountId: account.id, topic: 'qbr' });
  turn.logger.info({ event: 'qbr_booked', accountId: account.id, date, previous: before.next?.date }, 'QBR booked in chat');
  const after = await storedQbrCalendarOf(turn.portfolio, turn.state, account, today);
  return [
    reply()
      .text(t.qbr.booked(account.name, formatDate(date, locale), daysBetween(today, date), before.next ? formatDate(before.next.date, locale) : undefined))
      .text(t.qbr.remindersFollow)
      .buttons([{ label: t.qbr.prepareBrief, action: { id: 'ask', value: `/qbr-prep ${account.id}` } }])
      .sources(presentSources([qbrSource(after.next?.origin, t, locale)]))
      .build(),
  ];
}

/** Cancels the booked QBR: its reminders stop, and the owner is nudged weekly until a new date is set. */
export async function cancelQbrInChat(turn: Turn, account: Account): Promise<Reply[]> {
  const { t, locale } = turn;
  const today = todayOf(turn);
  const before = await storedQbrCalendarOf(turn.portfolio, turn.state, account, today);
  if (!before.next) return [reply().text(t.qbr.nothingToCancel(account.name)).text(t.qbr.nudge.howToBook(account.id, account.name)).onlyForAsker().build()];
  await cancelQbr(turn.state, contextOf(turn, account), before.next.date, account.nextQbrDate);
  turn.remember({ accountId: account.id, topic: 'qbr' });
  turn.logger.info({ event: 'qbr_cancelled', accountId: account.id, date: before.next.date }, 'QBR cancelled in chat');
  const owner = turn.portfolio.user(account.ownerEmail)?.name ?? account.ownerEmail;
  return [reply().text(t.qbr.cancelled(account.name, formatDate(before.next.date, locale), owner)).sources([{ ref: t.qbr.setInChat(turn.user.email), asOf: formatDate(today, locale) }]).build()];
}

/** Sets how many months apart the account's QBRs are; the due date and nudges follow. */
export async function setCadenceInChat(turn: Turn, account: Account, months: number): Promise<Reply[]> {
  const { t, locale } = turn;
  if (!Number.isInteger(months) || months < 1 || months > MAX_CADENCE_MONTHS) return [reply().text(t.qbr.badCadence(MAX_CADENCE_MONTHS)).onlyForAsker().build()];
  await setQbrCadence(turn.state, contextOf(turn, account), months, account.qbrCadenceMonths);
  turn.remember({ accountId: account.id, topic: 'qbr' });
  const today = todayOf(turn);
  const after = await storedQbrCalendarOf(turn.portfolio, turn.state, account, today);
  const due = after.due ? formatDate(after.due.date, locale) : undefined;
  return [reply().text(t.qbr.cadenceSet(account.name, months, due, Boolean(after.due && after.due.date < today))).sources(presentSources([qbrSource(after.cadenceOrigin, t, locale)])).build()];
}
