import type { Intent } from '../intent.js';
import { issuesIntent, recentActivityIntent } from './activities.js';
import { compareIntent } from './compare.js';
import { contactsByRoleAcrossIntent, contactsByRoleIntent, contactsLeftIntent, contactsStaleIntent } from './contacts.js';
import { contractIntent } from './contract.js';
import { lastOrderIntent, orderRhythmIntent } from './orders.js';
import { accountOverviewIntent } from './overview.js';
import { accountOwnerIntent } from './owner.js';
import { npsIntent } from './nps.js';
import { contactPersonIntent } from './person.js';
import { dormantAccountsIntent, renewalsAheadIntent } from './portfolio.js';
import { listAccountsIntent } from './portfolio-list.js';
import { portfolioTotalsIntent } from './portfolio-totals.js';
import { portfolioRevenueIntent } from './portfolio-revenue.js';
import { lastQbrIntent, nextQbrIntent } from './qbr.js';
import { renewalDateIntent } from './renewal.js';
import { revenueMonthlyIntent } from './revenue-monthly.js';
import { revenueTotalIntent } from './revenue-total.js';
import { revenueTrendIntent } from './revenue-trend.js';
import { shareIntent } from './share.js';

/** The account questions Acre answers from the data, without an LLM. Ties go to the earlier one. */
export const accountQuestionIntents: readonly Intent<object>[] = [
  accountOverviewIntent,
  renewalDateIntent,
  contractIntent,
  accountOwnerIntent,
  npsIntent,
  // Before revenue.total: "how much did we sell this year?" ties with it and is about all the asker's accounts.
  portfolioRevenueIntent,
  revenueTotalIntent,
  revenueTrendIntent,
  revenueMonthlyIntent,
  lastOrderIntent,
  orderRhythmIntent,
  contactPersonIntent,
  contactsByRoleIntent,
  contactsByRoleAcrossIntent,
  contactsLeftIntent,
  contactsStaleIntent,
  lastQbrIntent,
  nextQbrIntent,
  recentActivityIntent,
  issuesIntent,
  listAccountsIntent,
  portfolioTotalsIntent,
  renewalsAheadIntent,
  dormantAccountsIntent,
  compareIntent,
  shareIntent,
];
