/**
 * Signals read from the relationship: who we know at the customer, whether strategic
 * contact (QBRs) keeps up, what the customer says (NPS, complaints, escalations),
 * and whether the account plan is filled in.
 */
import { ramp, type HealthConfig } from './settings.js';
import { dayNumber } from './days.js';
import { measured, missing, type HealthAccount, type HealthActivity, type HealthContact, type Measured } from './types.js';

const SENIOR = new Set(['decision_maker', 'sponsor']);

/** Active contacts (not left the company): 0 → 0, 1 → 0.2, 2 → 0.6, 3 or more → 1. Value: active contacts. */
export function threadingSignal(contacts: readonly HealthContact[] | undefined): Measured {
  if (!contacts || contacts.length === 0) return missing('health.missing.no_contacts');
  let active = 0;
  let name = '';
  for (const c of contacts) {
    if (c.leftCompany) continue;
    if (active === 0) name = c.name;
    active++;
  }
  if (active === 0) return measured(0, 0, 'health.threading.none', { left: contacts.length });
  if (active === 1) return measured(1, 0.2, 'health.threading.single', { name });
  if (active === 2) return measured(2, 0.6, 'health.threading.few', { contacts: 2 });
  return measured(active, 1, 'health.threading.multi', { contacts: active });
}

/** Why contact roles cannot be read, or undefined when they can. */
const rolesMissing = (contacts: readonly HealthContact[] | undefined): Measured | undefined =>
  !contacts || contacts.length === 0
    ? missing('health.missing.no_contacts')
    : contacts.some((c) => c.role !== undefined)
      ? undefined
      : missing('health.missing.no_roles');

/**
 * A champion still at the customer scores 1; a champion who left with nobody in the role
 * scores 0; no champion ever named scores 0.5. Value: active champions.
 */
export function championSignal(contacts: readonly HealthContact[] | undefined): Measured {
  const cannot = rolesMissing(contacts);
  if (cannot || !contacts) return cannot!;
  let active: HealthContact | undefined;
  let activeCount = 0;
  let left: HealthContact | undefined;
  for (const c of contacts) {
    if (c.role !== 'champion') continue;
    if (c.leftCompany) left ??= c;
    else {
      active ??= c;
      activeCount++;
    }
  }
  if (active) return measured(activeCount, 1, 'health.champion.active', { name: active.name, count: activeCount });
  if (left) return measured(0, 0, 'health.champion.left', { name: left.name });
  return measured(0, 0.5, 'health.champion.none', {});
}

/**
 * Days since the last contact with a decision maker or sponsor still at the customer:
 * 1 up to `decisionMakerDays`, falling to 0 at `decisionMakerZeroDays`; no such contact
 * at all scores 0. Contact dates on or after asOf are not known yet. Value: days since.
 */
export function decisionMakerSignal(
  contacts: readonly HealthContact[] | undefined,
  asOf: string,
  asOfDay: number,
  c: HealthConfig['stakeholders'],
): Measured {
  const cannot = rolesMissing(contacts);
  if (cannot || !contacts) return cannot!;
  let seniors = 0;
  let latest: HealthContact | undefined;
  for (const p of contacts) {
    if (p.leftCompany || !p.role || !SENIOR.has(p.role)) continue;
    seniors++;
    const d = p.lastContactDate;
    if (d && d < asOf && (!latest || d > latest.lastContactDate!)) latest = p;
  }
  if (seniors === 0) return measured(0, 0, 'health.decision_maker.none', {});
  if (!latest) return missing('health.missing.no_contact_dates');
  const daysSince = asOfDay - dayNumber(latest.lastContactDate!);
  const score = ramp(daysSince, c.decisionMakerZeroDays, c.decisionMakerDays);
  const key = daysSince <= c.decisionMakerDays ? 'health.decision_maker.recent' : 'health.decision_maker.stale';
  return measured(daysSince, score, key, { name: latest.name, daysSince, limitDays: c.decisionMakerDays });
}

/**
 * Days since the last QBR (account.lastQbrDate or the latest activity of type qbr)
 * against the account's cadence: on time up to cadence + grace, 0 at twice the cadence.
 * Without a cadence and without any QBR on record QBRs are not tracked: not measured.
 * Value: days since the last QBR (for "never", days since the contract started, or 0).
 */
export function qbrSignal(
  account: HealthAccount,
  activities: readonly HealthActivity[] | undefined,
  asOf: string,
  asOfDay: number,
  c: HealthConfig['qbr'],
): Measured {
  let last = account.lastQbrDate && account.lastQbrDate < asOf ? account.lastQbrDate : '';
  if (activities) for (const a of activities) if (a.type === 'qbr' && a.date < asOf && a.date > last) last = a.date;
  const cadenceMonths = account.qbrCadenceMonths ?? (last ? c.defaultCadenceMonths : undefined);
  if (cadenceMonths === undefined) return missing('health.missing.no_qbr_cadence');
  const cadenceDays = Math.round(cadenceMonths * 30.44);
  if (!last) {
    const start = account.contractStart && account.contractStart < asOf ? dayNumber(account.contractStart) : undefined;
    const sinceStart = start === undefined ? 0 : asOfDay - start;
    if (start !== undefined && sinceStart <= cadenceDays + c.graceDays) {
      return measured(sinceStart, 1, 'health.qbr.not_due', { cadenceMonths, contractStart: account.contractStart! });
    }
    return measured(sinceStart, 0, 'health.qbr.never', { cadenceMonths });
  }
  const daysSince = asOfDay - dayNumber(last);
  const due = cadenceDays + c.graceDays;
  const score = ramp(daysSince, due + cadenceDays, due);
  if (daysSince <= due) return measured(daysSince, score, 'health.qbr.on_time', { lastQbr: last, daysSince, cadenceMonths });
  return measured(daysSince, score, 'health.qbr.overdue', { lastQbr: last, daysSince, daysOverdue: daysSince - cadenceDays, cadenceMonths });
}

/** NPS mapped linearly from `zeroAt` (0) to `fullAt` (1). Value: the NPS. */
export function npsSignal(nps: number | undefined, c: HealthConfig['nps']): Measured {
  if (nps === undefined || nps === null || !Number.isFinite(nps)) return missing('health.missing.no_nps');
  const key = nps >= 30 ? 'health.nps.strong' : nps >= 0 ? 'health.nps.lukewarm' : 'health.nps.negative';
  return measured(nps, ramp(nps, c.zeroAt, c.fullAt), key, { nps });
}

/**
 * Escalations and complaints in the last `windowDays` days: 1 / (1 + perIssue × count),
 * an escalation counting `escalationWeight` times. Compared with the window before, to
 * tell a rising number. Without any activity on record: not measured. Value: issues.
 */
export function escalationsSignal(
  activities: readonly HealthActivity[] | undefined,
  asOf: string,
  asOfDay: number,
  c: HealthConfig['escalations'],
): Measured {
  let any = false;
  let escalations = 0;
  let complaints = 0;
  let previous = 0;
  if (activities) {
    for (const a of activities) {
      if (a.date >= asOf) continue;
      any = true;
      if (a.type !== 'escalation' && a.type !== 'complaint') continue;
      const ago = asOfDay - dayNumber(a.date);
      if (ago <= c.windowDays) {
        if (a.type === 'escalation') escalations++;
        else complaints++;
      } else if (ago <= 2 * c.windowDays) previous++;
    }
  }
  if (!any) return missing('health.missing.no_activities');
  const issues = escalations + complaints;
  const score = 1 / (1 + c.perIssue * (escalations * c.escalationWeight + complaints));
  if (issues === 0) return measured(0, score, 'health.escalations.none', { days: c.windowDays });
  const key = issues > previous ? 'health.escalations.rising' : 'health.escalations.some';
  return measured(issues, score, key, { escalations, complaints, days: c.windowDays, previous });
}

/** Plan completeness as it is (0–1). Value: completeness. */
export function planSignal(completeness: number | undefined): Measured {
  if (completeness === undefined || !Number.isFinite(completeness)) return missing('health.missing.no_plan');
  const v = Math.min(1, Math.max(0, completeness));
  return measured(v, v, v >= 0.8 ? 'health.plan.complete' : 'health.plan.gaps', { completenessPct: Math.round(v * 100) });
}
