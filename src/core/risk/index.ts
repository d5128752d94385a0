/**
 * Account health as the rest of Acre uses it: scores with the critical-signal band rule,
 * ABC-XYZ and tiers over the portfolio, weekly snapshots and the change since last week,
 * the health questions, and the weekly at-risk digest.
 */
export {
  healthFor,
  portfolioHealth,
  portfolioSummaries,
  scoreAccount,
  summaryOf,
  storedHealthInputs,
  todayFor,
  type AccountHealth,
  type HealthOptions,
  type HealthSummary,
  type ScoreOptions,
  type StoredHealthInputs,
  type WeekChange,
} from './account-health.js';
export { bandRank, cappedBand, criticalSignals, type ShownBand } from './band-rule.js';
export { riskSettings, defaultRiskSettings, defaultCriticalRules, inReportingCurrency, type RiskSettings, type CriticalRule } from './settings.js';
export { recordWeeklySnapshot, lastWeekOf, withWeeklyChange, changeOf, weekStartOf } from './snapshots.js';
export { weeklyDigestFor, type WeeklyDigest, type DigestAccount, type DigestContext } from './digest.js';
export { digestReplies, encodeDigestAction, decodeDigestAction } from './digest-reply.js';
export { digestRecipients, recipientsByZone, deliveryOf, audienceOf, accountsCoveredBy, recipientName, type DigestRecipient, type RecipientOptions } from './recipients.js';
export { curationOf, snooze, acknowledge, isSnoozed, audienceOfUser, audienceOfChannel, type Curation, type Audience } from './curation.js';
export { reachPeopleThrough, ownerQuestion } from './ask-owner.js';
export { riskFeature, visibleHealthOf } from './feature.js';
export { readHealthQuestion, type HealthQuestion } from './questions.js';
