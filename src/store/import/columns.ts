import { ActivityType, Attitude, ContactRole, Locale, Role, Tier, type RecordKind } from '../../core/model.js';
import * as cell from './cells.js';

export interface Column {
  /** The name in Acre's CSV format. */
  name: string;
  required?: boolean;
  read: cell.CellReader<unknown>;
  /** Header names other tools export for the same thing (Salesforce, HubSpot), compared case- and punctuation-blind. */
  aliases?: string[];
}

const accountRef = ['account_id', 'accountid', 'account id', 'associated company id', 'company id', 'company_id', 'account'];

/** The columns of each file: the CSV format documented in the README. */
export const columns: Record<RecordKind, Column[]> = {
  accounts: [
    { name: 'id', required: true, read: cell.text, aliases: ['account id', 'accountid', 'record id', 'company id', 'account_id'] },
    { name: 'name', required: true, read: cell.text, aliases: ['account name', 'company name', 'company'] },
    { name: 'owner_email', required: true, read: cell.email, aliases: ['account owner email', 'owner email', 'owner.email', 'company owner email', 'account owner'] },
    { name: 'tier', read: cell.oneOf(Tier.options, { key: 'strategic', a: 'strategic', b: 'normal', c: 'prospect', standard: 'normal' }), aliases: ['account tier', 'segment'] },
    { name: 'industry', read: cell.text, aliases: ['industry'] },
    { name: 'region', read: cell.text, aliases: ['billing country', 'country', 'territory', 'billing state province'] },
    { name: 'arr', read: cell.amount, aliases: ['annual recurring revenue', 'arr amount', 'contract value'] },
    { name: 'currency', read: cell.currency, aliases: ['currencyisocode', 'currency iso code', 'account currency'] },
    { name: 'renewal_date', read: cell.date, aliases: ['renewal date', 'contract end date', 'enddate', 'end date'] },
    { name: 'contract_start', read: cell.date, aliases: ['contract start date', 'startdate', 'start date', 'contract start'] },
    { name: 'nps', read: cell.integer(-100, 100), aliases: ['nps score', 'net promoter score'] },
    { name: 'qbr_cadence_months', read: cell.integer(1, 24), aliases: ['qbr cadence', 'qbr cadence months'] },
    { name: 'last_qbr_date', read: cell.date, aliases: ['last qbr', 'last qbr date'] },
    { name: 'next_qbr_date', read: cell.date, aliases: ['next qbr', 'next qbr date'] },
    { name: 'team_emails', read: cell.emailList, aliases: ['account team', 'team', 'team members'] },
    { name: 'notes', read: cell.text, aliases: ['description', 'notes'] },
  ],
  contacts: [
    { name: 'id', read: cell.text, aliases: ['contact id', 'contactid', 'record id'] },
    { name: 'account_id', required: true, read: cell.text, aliases: accountRef },
    { name: 'name', required: true, read: cell.text, aliases: ['full name', 'contact name', 'contact'] },
    { name: 'title', read: cell.text, aliases: ['job title', 'position'] },
    { name: 'email', read: cell.email, aliases: ['email address', 'e-mail'] },
    { name: 'role', read: cell.oneOf(ContactRole.options, { dm: 'decision_maker', decision_maker: 'decision_maker', decisionmaker: 'decision_maker', economic_buyer: 'decision_maker', coach: 'champion', end_user: 'user' }), aliases: ['buying role', 'contact role'] },
    { name: 'influence', read: cell.integer(1, 5), aliases: ['influence level'] },
    { name: 'attitude', read: cell.oneOf(Attitude.options, { non_supporter: 'non_supporter', nonsupporter: 'non_supporter', detractor: 'non_supporter', opponent: 'enemy', advocate: 'supporter' }), aliases: ['sentiment'] },
    { name: 'last_contact_date', read: cell.date, aliases: ['last activity date', 'last activity', 'last contacted', 'lastactivitydate'] },
    { name: 'left_company', read: cell.bool, aliases: ['left', 'no longer at company', 'inactive'] },
  ],
  transactions: [
    { name: 'id', read: cell.text, aliases: ['transaction id', 'opportunity id', 'deal id'] },
    { name: 'account_id', required: true, read: cell.text, aliases: accountRef },
    { name: 'date', required: true, read: cell.date, aliases: ['close date', 'closedate', 'invoice date', 'order date', 'invoicedate'] },
    { name: 'amount', required: true, read: cell.amount, aliases: ['total', 'invoice amount', 'value'] },
    { name: 'currency', read: cell.currency, aliases: ['currencyisocode', 'currency iso code'] },
    { name: 'invoice', read: cell.text, aliases: ['invoice number', 'invoice no', 'invoiceno', 'order number'] },
  ],
  activities: [
    { name: 'id', read: cell.text, aliases: ['activity id', 'task id', 'engagement id'] },
    { name: 'account_id', required: true, read: cell.text, aliases: accountRef },
    { name: 'date', required: true, read: cell.date, aliases: ['activity date', 'activitydate', 'due date', 'activity_date'] },
    { name: 'type', required: true, read: cell.oneOf(ActivityType.options, { task: 'note', visit: 'meeting', case: 'ticket', business_review: 'qbr', quarterly_business_review: 'qbr' }), aliases: ['activity type', 'task type', 'engagement type'] },
    { name: 'summary', read: cell.text, aliases: ['subject', 'description', 'notes', 'body'] },
  ],
  users: [
    { name: 'email', required: true, read: cell.email, aliases: ['email address', 'user email'] },
    { name: 'role', required: true, read: cell.oneOf(Role.options, { key_account_manager: 'kam', account_manager: 'kam', administrator: 'admin' }), aliases: ['acre role'] },
    { name: 'name', read: cell.text, aliases: ['full name', 'user name'] },
    { name: 'manager_email', read: cell.email, aliases: ['manager', 'manager email'] },
    { name: 'timezone', read: cell.timezone, aliases: ['time zone', 'timezonesidkey', 'tz'] },
    { name: 'locale', read: cell.oneOf(Locale.options, { english: 'en', polish: 'pl', en_us: 'en', en_gb: 'en', pl_pl: 'pl', polski: 'pl' }), aliases: ['language', 'languagelocalekey'] },
    { name: 'slack_user_id', read: cell.text, aliases: ['slack id', 'slack user id'] },
    { name: 'teams_user_id', read: cell.text, aliases: ['teams id', 'aad object id', 'teams user id'] },
  ],
};

/** Headers compared without case, spaces or punctuation: "Account Owner Email" = "account_owner_email". */
export const headerKey = (h: string) => h.toLowerCase().replace(/[^a-z0-9]+/g, '');
