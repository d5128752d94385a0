import type { Turn } from '../../conversation.js';
import { daysBetween } from '../../dates.js';
import type { Contact } from '../../model.js';
import { dateOf, todayOf } from './format.js';

/** One line per contact: name, title, role, and when we last spoke (or that they left). */
export function contactLine(turn: Turn, c: Contact, withAccount = false): string {
  const t = turn.t;
  const parts = [`**${c.name}**`];
  if (c.title) parts.push(c.title);
  if (c.role) parts.push(t.roles[c.role]);
  if (withAccount) parts.push(turn.portfolio.accounts.get(c.accountId)?.name ?? '');
  if (c.leftCompany) parts.push(`_${t.leftCompany}_`);
  else parts.push(lastSpoken(turn, c));
  return parts.filter(Boolean).join(' · ');
}

/** "last contact 2 Nov 2026 (23 days ago)" or "no contact on record"; without the words "last contact" for a field so labelled. */
export function lastSpoken(turn: Turn, c: Contact, labelled = false): string {
  if (!c.lastContactDate) return turn.t.qa.neverContacted;
  const when = `(${turn.t.qa.daysFromNow(daysBetween(todayOf(turn), c.lastContactDate))})`;
  return labelled ? `${dateOf(turn, c.lastContactDate)} ${when}` : `${turn.t.lastContact(c.lastContactDate, turn.locale)} ${when}`;
}
