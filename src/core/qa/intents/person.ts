import { reply } from '../../reply.js';
import { lastSpoken } from '../answers/contacts.js';
import { recordSource } from '../answers/format.js';
import { defineIntent } from '../intent.js';

/** "Who is Priya Shah?", "when did we last talk to Emma?": one contact, among the accounts the asker covers. */
export const contactPersonIntent = defineIntent({
  name: 'contact.person',
  subject: 'person',
  cues: [
    {
      say: [
        'who is', 'whos', 'who s', 'tell me about', 'role', 'title', 'position', 'talk to', 'talked to', 'spoke to', 'spoken to', 'speak to', 'spoke with',
        'last talk*', 'last spoke', 'heard from', 'kim jest', 'kto to', 'rola', 'stanowisk*', 'rozmawial*', 'kontakt z', 'kontaktowal*',
      ],
      weight: 0.35,
    },
    // "Email of Rachel Turner" asks for her address, on the card, not for the e-mails sent to her.
    {
      say: [
        'email of', 'e mail of', 'email address', 'e mail address', 'mail address', 'address of', 'contact details', 'how do i reach', 'how can i reach',
        'adres email', 'adres e mail', 'adres mailowy', 'dane kontaktowe',
      ],
      weight: 0.45,
    },
  ],
  answer(turn, { about }) {
    if (about.kind !== 'person') return [];
    const t = turn.t;
    return about.contacts.slice(0, 3).map((c) => {
      const account = turn.portfolio.accounts.get(c.accountId);
      const fields = [
        { label: t.qa.worksAt, value: `${c.title ? `${c.title}, ` : ''}${account?.name ?? ''}` },
        { label: t.qa.role, value: c.role ? t.roles[c.role] : '' },
        { label: t.qa.influence, value: c.influence !== undefined ? `${c.influence}/5` : '' },
        { label: t.qa.attitude, value: c.attitude ? t.qa.attitudes[c.attitude] : '' },
        { label: t.qa.lastContact, value: c.leftCompany ? t.leftCompany : lastSpoken(turn, c, true) },
        { label: t.qa.email, value: c.email ?? '' },
      ];
      return reply().heading(c.name).fields(fields).sources([recordSource(turn, c, ['title', 'role', 'influence', 'attitude', 'last_contact_date', ...(c.email ? ['email'] : [])])]).build();
    });
  },
});
