import { z } from 'zod';
import { keyContacts, sourceOf } from '../../core/accounts/facts.js';
import { ContactRole } from '../../core/model.js';
import { accountFor, citation } from '../scope.js';
import { defineTool } from '../tool.js';

export const AccountContactsArgs = z.object({
  account: z.string().describe('account id or name'),
  role: ContactRole.nullable(),
});
export type AccountContactsArgs = z.infer<typeof AccountContactsArgs>;

/** The stakeholders at one account, most important first: role, influence, attitude, last contact, whether they left. */
export const accountContacts = defineTool({
  name: 'account_contacts',
  description: 'Stakeholders at one account: role, influence 1-5, attitude, last contact, whether they left.',
  parameters: AccountContactsArgs,
  topics: /who|contact|champion|sponsor|decision|stakeholder|person|people|someone|cfo|ceo|coo|buyer|signs|relationship|left|kto|kontakt|osob|decydent|sponsor|or[eę]downik|ludzi|relacj|odszed/i,
  run(turn, args) {
    const scoped = accountFor(turn, args.account);
    if ('problem' in scoped) return { data: scoped.problem, sources: [] };
    const { account } = scoped;
    const contacts = keyContacts(turn.portfolio.contactsOf(account.id)).filter((c) => !args.role || c.role === args.role);
    return {
      accountId: account.id,
      data: {
        id: account.id,
        name: account.name,
        contacts: contacts.map((c) => ({
          name: c.name,
          title: c.title,
          email: c.email,
          role: c.role,
          influence: c.influence,
          attitude: c.attitude,
          lastContact: c.lastContactDate,
          left: c.leftCompany || undefined,
        })),
        src: contacts[0] ? citation(contacts[0].source) : undefined,
      },
      sources: contacts[0] ? [sourceOf(contacts[0].source, ['role', 'attitude', 'last_contact_date', 'left_company'], turn.locale)] : [],
    };
  },
});
