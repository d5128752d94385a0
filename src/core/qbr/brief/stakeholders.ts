import { keyContacts, sourceOf } from '../../accounts/facts.js';
import { formatDate } from '../../i18n/format.js';
import type { Contact, ContactRole } from '../../model.js';
import type { ReplyBuilder } from '../../reply.js';
import type { BriefContext } from './context.js';

const INVITES_SHOWN = 6;
/** The roles a QBR needs in the room; their absence is a gap worth closing before the meeting. */
const NEEDED_ROLES: ContactRole[] = ['decision_maker', 'champion'];

/** Who has not been met since `since` (or never, as far as the data knows). */
export const notMetSince = (contacts: readonly Contact[], since: string): Contact[] =>
  contacts.filter((c) => !c.leftCompany && (!c.lastContactDate || c.lastContactDate < since));

/** Stakeholders to invite, who hasn't been met, and the roles nobody fills. */
export function stakeholdersSection(b: ReplyBuilder, c: BriefContext): void {
  const { t, locale, account, portfolio } = c;
  b.heading(t.qbr.brief.stakeholders);
  const all = portfolio.contactsOf(account.id);
  if (!all.length) {
    b.text(t.qbr.brief.noContacts(account.name));
    b.sources([sourceOf(account.source, [], locale)]);
    return;
  }
  const current = keyContacts(all).filter((p) => !p.leftCompany);
  const since = formatDate(c.since, locale);
  const invite = current.slice(0, INVITES_SHOWN).map((p) => {
    const met = !p.lastContactDate
      ? t.qbr.brief.neverMet
      : p.lastContactDate < c.since
        ? t.qbr.brief.notMetSince(since, formatDate(p.lastContactDate, locale))
        : t.lastContact(p.lastContactDate, locale);
    return [`**${p.name}**`, p.title, p.role ? t.roles[p.role] : undefined, met].filter(Boolean).join(' · ');
  });
  if (current.length > INVITES_SHOWN) invite.push(t.moreItems(current.length - INVITES_SHOWN));
  b.list(invite.length ? invite : [t.qbr.brief.nobodyLeft], t.qbr.brief.invite);

  const gaps: string[] = [];
  for (const role of NEEDED_ROLES) {
    if (current.some((p) => p.role === role)) continue;
    const gone = all.find((p) => p.role === role && p.leftCompany);
    gaps.push(gone ? t.qbr.brief.roleLeft(t.roles[role], gone.name) : t.qbr.brief.roleMissing(t.roles[role]));
  }
  const unmet = notMetSince(current, c.since);
  if (unmet.length) gaps.push(t.qbr.brief.unmet(unmet.map((p) => p.name).join(', '), since));
  if (current.length === 1) gaps.push(t.qbr.brief.singleThreaded(current[0].name));
  b.list(gaps.length ? gaps : [t.qbr.brief.noGaps], t.qbr.brief.gaps);
  b.sources([sourceOf(all[0].source, ['name', 'role', 'last_contact_date', 'left_company'], locale)]);
}
