import { z } from 'zod';

/** A plain calendar date, YYYY-MM-DD. Dates in CRM exports carry no time of day. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

export const Tier = z.enum(['strategic', 'normal', 'prospect']);
export type Tier = z.infer<typeof Tier>;

export const ContactRole = z.enum(['decision_maker', 'sponsor', 'champion', 'influencer', 'user', 'blocker']);
export type ContactRole = z.infer<typeof ContactRole>;

export const Attitude = z.enum(['mentor', 'supporter', 'neutral', 'non_supporter', 'enemy']);
export type Attitude = z.infer<typeof Attitude>;

export const ActivityType = z.enum(['meeting', 'qbr', 'call', 'email', 'escalation', 'ticket', 'complaint', 'note']);
export type ActivityType = z.infer<typeof ActivityType>;

export const Role = z.enum(['kam', 'manager', 'admin']);
export type Role = z.infer<typeof Role>;

export const Locale = z.enum(['en', 'pl']);
export type Locale = z.infer<typeof Locale>;

/** Where a record came from: the file it was imported from and when. */
export const Provenance = z.object({ file: z.string(), line: z.number().int().optional(), importedAt: z.string() });
export type Provenance = z.infer<typeof Provenance>;

const custom = z.record(z.string(), z.string()).default({});

export const Account = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  ownerEmail: z.string().email(),
  teamEmails: z.array(z.string().email()).default([]),
  tier: Tier.optional(),
  industry: z.string().optional(),
  region: z.string().optional(),
  arr: z.number().nonnegative().optional(),
  currency: z.string().length(3).default('USD'),
  contractStart: IsoDate.optional(),
  renewalDate: IsoDate.optional(),
  nps: z.number().int().min(-100).max(100).optional(),
  qbrCadenceMonths: z.number().int().min(1).max(24).optional(),
  lastQbrDate: IsoDate.optional(),
  nextQbrDate: IsoDate.optional(),
  notes: z.string().optional(),
  custom,
  source: Provenance,
});
export type Account = z.infer<typeof Account>;

export const Contact = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  name: z.string().min(1),
  title: z.string().optional(),
  email: z.string().email().optional(),
  role: ContactRole.optional(),
  influence: z.number().int().min(1).max(5).optional(),
  attitude: Attitude.optional(),
  lastContactDate: IsoDate.optional(),
  leftCompany: z.boolean().default(false),
  custom,
  source: Provenance,
});
export type Contact = z.infer<typeof Contact>;

export const Transaction = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  date: IsoDate,
  amount: z.number(),
  currency: z.string().length(3).optional(),
  invoice: z.string().optional(),
  custom,
  source: Provenance,
});
export type Transaction = z.infer<typeof Transaction>;

export const Activity = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  date: IsoDate,
  type: ActivityType,
  summary: z.string().optional(),
  custom,
  source: Provenance,
});
export type Activity = z.infer<typeof Activity>;

export const User = z.object({
  email: z.string().email(),
  role: Role,
  name: z.string().optional(),
  managerEmail: z.string().email().optional(),
  timezone: z.string().optional(),
  locale: Locale.optional(),
  slackUserId: z.string().optional(),
  teamsUserId: z.string().optional(),
  custom,
  source: Provenance,
});
export type User = z.infer<typeof User>;

/** Every record kind Acre imports, in the order they must be checked (accounts before what refers to them). */
export const recordKinds = ['users', 'accounts', 'contacts', 'transactions', 'activities'] as const;
export type RecordKind = (typeof recordKinds)[number];

export interface PortfolioData {
  users: User[];
  accounts: Account[];
  contacts: Contact[];
  transactions: Transaction[];
  activities: Activity[];
}

export const emptyPortfolioData = (): PortfolioData => ({ users: [], accounts: [], contacts: [], transactions: [], activities: [] });
