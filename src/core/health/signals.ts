/**
 * The signals of account health. Each reads one kind of evidence and returns a raw
 * value, a 0–1 score and a message key with its parameters — or why it could not be
 * measured. The renewal signal is here because it depends on all the others.
 */
import { ramp, type HealthConfig } from './settings.js';
import { dayNumber } from './days.js';
import { measured, missing, type HealthAccount, type Measured } from './types.js';

export { monthsNeeded, peerRevenueOf, recencySignal, recentRevenue, regularitySignal, trendSignal, volumeSignal, xyzOf } from './signals-purchase.js';
export {
  championSignal,
  decisionMakerSignal,
  escalationsSignal,
  npsSignal,
  planSignal,
  qbrSignal,
  threadingSignal,
} from './signals-relationship.js';

/**
 * A renewal only matters when it is close and the rest of the account looks poor:
 * score = 1 − closeness × (1 − health of the other signals), closeness rising from 0
 * at `horizonDays` to 1 on the renewal date (and after it: a passed date that was not
 * moved is treated as due now). `others` is the 0–1 weighted score of the other signals;
 * at or above `healthyAt` a near renewal is reported as healthy.
 * Value: days to the renewal (negative once passed).
 */
export function renewalSignal(
  account: HealthAccount,
  asOfDay: number,
  others: number,
  c: HealthConfig['renewal'],
  healthyAt = 0.7,
): Measured {
  const date = account.renewalDate;
  if (!date) return missing('health.missing.no_renewal_date');
  const daysTo = dayNumber(date) - asOfDay;
  const closeness = daysTo <= 0 ? 1 : ramp(daysTo, c.horizonDays, 0);
  const score = 1 - closeness * (1 - others);
  const otherHealth = Math.round(others * 100);
  if (daysTo > c.horizonDays) return measured(daysTo, score, 'health.renewal.far', { renewalDate: date, daysToRenewal: daysTo });
  if (daysTo < 0) return measured(daysTo, score, 'health.renewal.passed', { renewalDate: date, daysSinceRenewal: -daysTo, otherHealth });
  const key = others >= healthyAt ? 'health.renewal.near_healthy' : 'health.renewal.near_at_risk';
  return measured(daysTo, score, key, { renewalDate: date, daysToRenewal: daysTo, otherHealth });
}
