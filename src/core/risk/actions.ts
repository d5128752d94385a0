/**
 * What a digest's reader can do about an account: acknowledge it, snooze it for some
 * weeks, ask its owner. Buttons carry the account and whose digest it was; the account
 * is checked against what the person pressing may see, every time.
 */
import type { Turn } from '../conversation.js';
import { addDays } from '../dates.js';
import { formatDate } from '../i18n/format.js';
import { reply, textReply, type Action, type Reply } from '../reply.js';
import { scoreAccount, storedHealthInputs, todayFor, type AccountHealth } from './account-health.js';
import { askOwner } from './ask-owner.js';
import { acknowledge, audienceOfUser, snooze, type Audience } from './curation.js';
import { decodeDigestAction, SNOOZE_BUTTON_WEEKS } from './digest-reply.js';
import type { RiskSettings } from './settings.js';
import { accountIn } from '../accounts/access.js';

/** `digest.ack`, `digest.snooze`, `digest.ask`. */
export async function onDigestAction(turn: Turn, action: Action, settings: RiskSettings): Promise<Reply[]> {
  const value = decodeDigestAction(action.value);
  if (!value) return [textReply(turn.t.unknownAction, 'asker')];
  const account = accountIn(turn.visible(), value.account);
  if (!account) return [textReply(turn.t.digestNotVisible, 'asker')];
  const h = scoreAccount(turn.portfolio, account, todayFor(turn), settings, await storedHealthInputs(turn.state));
  const audience = audienceFor(turn, value.audience);
  switch (action.id) {
    case 'digest.ack':
      return acknowledgeAccount(turn, h, audience);
    case 'digest.snooze':
      return snoozeAccount(turn, h, audience, value.weeks ?? SNOOZE_BUTTON_WEEKS);
    case 'digest.ask':
      return askOwner(turn, h, audience);
    default:
      return [textReply(turn.t.unknownAction, 'asker')];
  }
}

/**
 * A button from a manager's own digest changes the digest of whoever presses it (a
 * forwarded message must not change someone else's); one from a team channel's digest
 * changes the channel's.
 */
function audienceFor(turn: Turn, fromButton: string): Audience {
  return fromButton.startsWith('channel:') ? fromButton : audienceOfUser(turn.user.email);
}

export async function acknowledgeAccount(turn: Turn, h: AccountHealth, audience: Audience): Promise<Reply[]> {
  await acknowledge(turn.state, audience, h.account.id, h, turn.user.name ?? turn.user.email, todayFor(turn));
  turn.logger.info({ event: 'digest_acknowledged', account: h.account.id, audience }, 'account acknowledged');
  return [reply().text(turn.t.digestAckDone(h.account.name)).onlyForAsker().build()];
}

/** Snoozes for whole weeks from today: the account is back in the digest on the day the snooze ends. */
export async function snoozeAccount(turn: Turn, h: AccountHealth, audience: Audience, weeks: number): Promise<Reply[]> {
  const until = addDays(todayFor(turn), 7 * weeks);
  await snooze(turn.state, audience, h.account.id, until, turn.user.name ?? turn.user.email);
  turn.logger.info({ event: 'digest_snoozed', account: h.account.id, audience, until }, 'account snoozed');
  return [reply().text(turn.t.digestSnoozeDone(h.account.name, weeks, formatDate(until, turn.locale))).onlyForAsker().build()];
}
