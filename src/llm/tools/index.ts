import type { Tool } from '../tool.js';
import { accountActivities } from './account-activities.js';
import { accountContacts } from './account-contacts.js';
import { accountHealth } from './account-health.js';
import { accountOverview } from './account-overview.js';
import { atRiskAccounts } from './at-risk-accounts.js';
import { planAnswers } from './plan-answers.js';
import { searchAccounts } from './search-accounts.js';
import { transactionsSummary } from './transactions-summary.js';
import { upcomingDates } from './upcoming-dates.js';

/**
 * Every tool the model may call, each in its own file with its schema and handler.
 * A new tool is a new file and one line here.
 */
export const allTools: readonly Tool[] = [
  searchAccounts,
  accountOverview,
  accountHealth,
  transactionsSummary,
  accountContacts,
  accountActivities,
  upcomingDates,
  atRiskAccounts,
  planAnswers,
];
