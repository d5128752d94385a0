import { ContactRole, type Account } from '../model.js';
import type { Portfolio } from '../portfolio.js';
import type { Question } from './questions.js';
import type { AnswerValue } from './values.js';

/** A value the CRM already holds for a question that fills an account field, offered so that "keep" takes it. */
export interface CrmValue {
  value: AnswerValue;
  /** The file and column it comes from, e.g. "accounts.csv › renewal_date". */
  from: string;
}

const date = (d: string | undefined): AnswerValue | undefined => (d ? { kind: 'date', date: d } : undefined);
const number = (n: number | undefined): AnswerValue | undefined => (n === undefined ? undefined : { kind: 'number', value: n });
const text = (s: string | undefined): AnswerValue | undefined => (s ? { kind: 'text', text: s } : undefined);

/** The contact role a people question asks about, read from its id ("customer_team.champions" → champion). */
function roleAskedBy(question: Question): ContactRole | undefined {
  const short = question.id.split('.')[1] ?? '';
  return ContactRole.options.find((role) => short === role || short === `${role}s`);
}

export function crmValueFor(question: Question, account: Account, portfolio: Portfolio): CrmValue | undefined {
  const file = account.source.file;
  const column = (name: string) => `${file} › ${name}`;
  let value: AnswerValue | undefined;
  let from = '';
  switch (question.fills) {
    case 'arr':
      value = account.arr === undefined ? undefined : { kind: 'money', amount: account.arr, currency: account.currency };
      from = column('arr');
      break;
    case 'renewal_date': value = date(account.renewalDate); from = column('renewal_date'); break;
    case 'contract_start': value = date(account.contractStart); from = column('contract_start'); break;
    case 'last_qbr_date': value = date(account.lastQbrDate); from = column('last_qbr_date'); break;
    case 'next_qbr_date': value = date(account.nextQbrDate); from = column('next_qbr_date'); break;
    case 'nps': value = number(account.nps); from = column('nps'); break;
    case 'qbr_cadence_months': value = number(account.qbrCadenceMonths); from = column('qbr_cadence_months'); break;
    case 'industry': value = question.type === 'text' ? text(account.industry) : undefined; from = column('industry'); break;
    case 'region': value = question.type === 'text' ? text(account.region) : undefined; from = column('region'); break;
    case 'contacts': {
      const role = roleAskedBy(question);
      const contacts = role ? portfolio.contactsOf(account.id).filter((c) => c.role === role && !c.leftCompany) : [];
      if (contacts.length) {
        value = { kind: 'people', people: contacts.map((c) => ({ name: c.name, ...(c.title ? { title: c.title } : {}), ...(c.role ? { role: c.role } : {}), ...(c.attitude ? { attitude: c.attitude } : {}) })) };
        from = contacts[0].source.file;
      }
      break;
    }
    default:
      break;
  }
  return value ? { value, from } : undefined;
}
