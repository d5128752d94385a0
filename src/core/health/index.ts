/** Account health: the explainable score, its signals, and ABC-XYZ analysis. */
export { healthOf, reasonsOf, bandOf, lostPoints, insertByLostPoints } from './score.js';
export { defaultWeights, defaultHealthConfig, healthConfig, type HealthWeights, type HealthConfig, type HealthConfigOverrides } from './settings.js';
export { classifyAbcXyz, suggestTier, type Abc, type Xyz, type AbcXyz, type AbcXyzOptions, type RevenueSeries, type TierContext, type TierSuggestion } from './abc-xyz.js';
export { calendarMonthlyRevenue, trailingMonthlyRevenue, orderDays, median, medianGap, coefficientOfVariation } from './monthly.js';
export { dayNumber, isoOfDay, addDays, monthNumber, isIsoDate } from './days.js';
export { explainEn, explainKeyEn, healthMessagesEn } from './explain-en.js';
export { peerRevenueOf, recentRevenue } from './signals-purchase.js';
export {
  signalIds,
  type Band,
  type Explanation,
  type Health,
  type HealthAccount,
  type HealthActivity,
  type HealthContact,
  type HealthInputs,
  type ParamValue,
  type PeerRevenue,
  type Signal,
  type SignalId,
} from './types.js';
