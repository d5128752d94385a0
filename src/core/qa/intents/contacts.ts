import { contactsInRole, contactsNotSpokenTo, contactsWhoLeft } from '../../accounts/contacts.js';
import { keyContacts } from '../../accounts/facts.js';
import { portfolioIndexOf, visibleSetOf, type Listed } from '../../accounts/portfolio-index.js';
import { addDays } from '../../dates.js';
import type { Contact, ContactRole } from '../../model.js';
import { reply } from '../../reply.js';
import { contactLine } from '../answers/contacts.js';
import { recordsSource, todayOf } from '../answers/format.js';
import { defineIntent } from '../intent.js';
import { daysMentioned } from '../nlu/numbers.js';
import { roleOf, rolePhrases } from '../slots/role.js';

const CONTACTS_SHOWN = 8;
/** Across a portfolio, lists stop here and say how many more there are. */
const LISTED = 15;
const contactFields = ['name', 'title', 'role', 'last_contact_date', 'left_company'];

interface RoleSlots {
  role?: ContactRole;
}

/** "Who signs at Initech?", "kto jest orędownikiem w Wiśle?", "key contacts at Acme". */

export const contactsByRoleIntent = defineIntent<RoleSlots>({
  name: 'contacts.byRole',
  subject: 'account',
  cues: [
    { say: ['who', 'whos', 'whom', 'kto', 'kogo', 'z kim', 'contact*', 'kontakt*', 'people', 'stakeholder*', 'osob*', 'ludzi', 'talk to', 'deal with'], weight: 0.4 },
    { say: ['key', 'main', 'important', 'org chart', 'relationship map', 'kluczow*', 'glown*', 'wazn*', 'mapa relacji'], weight: 0.15 },
    { say: Object.values(rolePhrases).flat(), weight: 0.45 },
  ],
  slots(q) {
    const { role, tokens } = roleOf(q);
    return { said: role ? { role } : {}, tokens };
  },
  answer(turn, { about, slots }) {
    const t = turn.t.qa;
    if (about.kind !== 'account') return [];
    const { account } = about;
    const all = turn.portfolio.contactsOf(account.id);
    const source = recordsSource(turn, 'contacts', contactFields, all[0]);
    if (!slots.role) {
      const current = keyContacts(all.filter((c) => !c.leftCompany));
      const lines = current.slice(0, CONTACTS_SHOWN).map((c) => contactLine(turn, c));
      return [reply().text(current.length ? t.keyContactsAt(account.name) : t.noContactsAt(account.name)).list(lines).sources([source]).build()];
    }
    const inRole = contactsInRole(all, slots.role);
    const roleName = turn.t.roles[slots.role];
    if (inRole.length) return [reply().text(t.inRoleAt(roleName, account.name, inRole.length)).list(inRole.map((c) => contactLine(turn, c))).sources([source]).build()];
    const others = keyContacts(all.filter((c) => !c.leftCompany)).slice(0, 3);
    return [reply().text(t.noneInRoleAt(roleName, account.name)).list(others.map((c) => contactLine(turn, c)), others.length ? t.closestContacts : undefined).sources([source]).build()];
  },
});

/** "Who left Initech?": contacts marked as gone, for one account or all the asker covers. */
/** Contacts listed across accounts before "…and N more". */
const ACROSS_SHOWN = 20;

/**
 * "Decision makers across my accounts": everyone in a role at all the accounts the asker
 * covers. Only with words for "all my accounts" and a role; "…at Zenith" stays a question about
 * one account (and says when there is none), "accounts with no champion" is not this list.
 */
export const contactsByRoleAcrossIntent = defineIntent<RoleSlots>({
  name: 'contacts.byRoleAcross',
  subject: 'portfolio',
  cues: [
    { say: Object.values(rolePhrases).flat(), weight: 0.45 },
    { say: ['across', 'all my accounts', 'all our accounts', 'all accounts', 'every account', 'my accounts', 'our accounts', 'portfolio', 'wszystkich', 'we wszystkich', 'moich kontach', 'naszych kontach', 'portfel*'], weight: 0.4 },
  ],
  not: ['no', 'without', 'missing', 'lack*', 'bez', 'brak*', 'nie ma*'],
  slots(q) {
    const { role, tokens } = roleOf(q);
    return { said: role ? { role } : {}, tokens, bonus: role ? 0 : -0.5 };
  },
  answer(turn, { about, slots }) {
    if (about.kind !== 'portfolio' || !slots.role) return [];
    const t = turn.t.qa;
    const role = slots.role;
    const inRole = about.accounts.flatMap((a) => contactsInRole(turn.portfolio.contactsOf(a.id), role));
    const roleName = turn.t.roles[role];
    const lines = inRole.slice(0, ACROSS_SHOWN).map((c) => contactLine(turn, c, true));
    if (inRole.length > ACROSS_SHOWN) lines.push(turn.t.moreItems(inRole.length - ACROSS_SHOWN));
    const source = recordsSource(turn, 'contacts', contactFields, inRole[0]);
    return [reply().text(inRole.length ? t.inRoleAcross(roleName, inRole.length) : t.noneInRoleAcross(roleName)).list(lines).sources([source]).build()];
  },
});

export const contactsLeftIntent = defineIntent({
  name: 'contacts.left',
  subject: 'account-or-portfolio',
  cues: [
    { say: ['left', 'leave*', 'quit', 'departed', 'gone', 'no longer', 'moved on', 'odszedl*', 'odeszl*', 'odejs*', 'zrezygnowal*', 'nie pracuje', 'nie pracuja'], weight: 0.55 },
    { say: ['who', 'kto', 'anyone', 'anybody', 'contact*', 'kontakt*', 'people', 'ktos'], weight: 0.25 },
  ],
  answer(turn, { about }) {
    const t = turn.t.qa;
    const gone =
      about.kind === 'portfolio'
        ? portfolioIndexOf(turn.portfolio).goneFrom(visibleSetOf(turn.portfolio, about.accounts), LISTED)
        : listedOf(about.kind === 'account' ? contactsWhoLeft(turn.portfolio.contactsOf(about.account.id)) : []);
    const where = about.kind === 'account' ? about.account.name : undefined;
    const source = recordsSource(turn, 'contacts', ['left_company'], gone.shown[0]);
    if (!gone.total) return [reply().text(t.nobodyLeft(where)).sources([source]).build()];
    const lines = gone.shown.map((c) => contactLine(turn, c, !where));
    if (gone.total > gone.shown.length) lines.push(turn.t.moreItems(gone.total - gone.shown.length));
    return [reply().text(t.whoLeft(where)).list(lines).sources([source]).build()];
  },
});

interface StaleSlots {
  days: number;
}

const DEFAULT_SILENCE_DAYS = 90;

/** "Who haven't we spoken to in 60 days at Globex?": current contacts with no contact for N days (or ever). */
export const contactsStaleIntent = defineIntent<StaleSlots>({
  name: 'contacts.stale',
  subject: 'account-or-portfolio',
  cues: [
    {
      say: [
        'haven spoken', 'havent spoken', 'not spoken', 'haven talked', 'havent talked', 'not talked', 'haven contacted', 'havent contacted', 'not contacted',
        'haven heard', 'not heard', 'haven reached', 'no contact', 'stale', 'neglected', 'lost touch', 'out of touch', 'gone silent', 'silent',
        'nie rozmawial*', 'dawno nie', 'nie kontaktowal*', 'bez kontaktu', 'zaniedban*', 'nie odzywal*',
      ],
      weight: 0.55,
    },
    { say: ['who', 'kto', 'z kim', 'kim', 'contact*', 'kontakt*', 'people', 'stakeholder*'], weight: 0.25 },
  ],
  slots(q) {
    const found = daysMentioned(q.tokens, q.today);
    return found ? { said: { days: found.days }, tokens: found.tokens, bonus: 0.1 } : { said: {} };
  },
  complete: (said) => ({ days: said.days ?? DEFAULT_SILENCE_DAYS }),
  answer(turn, { about, slots }) {
    const t = turn.t.qa;
    const today = todayOf(turn);
    const silent =
      about.kind === 'portfolio'
        ? portfolioIndexOf(turn.portfolio).silentSince(addDays(today, 1 - slots.days), visibleSetOf(turn.portfolio, about.accounts), LISTED)
        : listedOf(about.kind === 'account' ? contactsNotSpokenTo(turn.portfolio.contactsOf(about.account.id), today, slots.days).map((s) => s.contact) : []);
    const where = about.kind === 'account' ? about.account.name : undefined;
    const source = recordsSource(turn, 'contacts', ['last_contact_date', 'left_company'], silent.shown[0]);
    if (!silent.total) return [reply().text(t.everyoneSpokenTo(slots.days, where)).sources([source]).build()];
    const lines = silent.shown.map((c) => contactLine(turn, c, !where));
    if (silent.total > silent.shown.length) lines.push(turn.t.moreItems(silent.total - silent.shown.length));
    return [reply().text(t.notSpokenTo(slots.days, where)).list(lines).sources([source]).build()];
  },
});

/** One account's contacts as a list to show. */
function listedOf(contacts: Contact[]): Listed<Contact> {
  return { shown: contacts.slice(0, LISTED), total: contacts.length };
}
