/**
 * Plain English for the health message keys, for tests, benchmarks and logs. The UI
 * renders the same keys and params through its own catalogue, in the reader's language.
 */
import type { Explanation, ParamValue, Signal } from './types.js';

type P = Record<string, ParamValue>;

const days = (n: ParamValue) => `${n} day${n === 1 ? '' : 's'}`;
const months = (n: ParamValue) => `${n} month${n === 1 ? '' : 's'}`;
const signed = (n: ParamValue) => (Number(n) > 0 ? `+${n}` : `${n}`);

/** Every message key the health score produces, with its English wording. */
export const healthMessagesEn: Record<string, (p: P) => string> = {
  'health.recency.on_rhythm': (p) =>
    `Last order ${days(p.daysSince)} ago (${p.lastOrder}); usually orders ${p.atLeast ? 'at least ' : ''}every ${days(p.usualGapDays)}${Number(p.confidencePct) < 80 ? ` (a rhythm seen over only ${p.orders} orders)` : ''}.`,
  'health.recency.overdue': (p) =>
    `No order for ${days(p.daysSince)} (since ${p.lastOrder}); usually orders ${p.atLeast ? 'at least ' : ''}every ${days(p.usualGapDays)} — ${p.ratio}× ${p.atLeast ? 'that gap' : 'the usual gap'}.`,
  'health.recency.single_order': (p) =>
    `Only one order so far, ${days(p.daysSince)} ago (${p.lastOrder}); ${p.ratio}× an assumed rhythm of ${days(p.usualGapDays)}.`,
  'health.trend.growing': (p) => `Revenue of the last ${months(p.months)} is ${signed(p.changePct)}% on ${p.basis === 'year_ago' ? 'a year earlier' : 'the months before'}.`,
  'health.trend.stable': (p) => `Revenue of the last ${months(p.months)} is steady (${signed(p.changePct)}%) on ${p.basis === 'year_ago' ? 'a year earlier' : 'the months before'}.`,
  'health.trend.falling': (p) => `Revenue of the last ${months(p.months)} fell ${Math.abs(Number(p.changePct))}% on ${p.basis === 'year_ago' ? 'a year earlier' : 'the months before'} (${p.recent} vs ${p.earlier}).`,
  'health.regularity.x': (p) => `Buys steadily (X: monthly revenue varies by ${p.cv} of its mean; revenue in ${p.activeMonths} of ${months(p.months)}).`,
  'health.regularity.y': (p) => `Buys regularly with swings (Y: variation ${p.cv}; revenue in ${p.activeMonths} of ${months(p.months)}).`,
  'health.regularity.z': (p) => `Buys irregularly (Z: variation ${p.cv}; revenue in ${p.activeMonths} of ${months(p.months)}).`,
  'health.regularity.no_revenue': (p) => `No revenue in the last ${months(p.months)}.`,
  'health.volume.large': (p) => `Bought ${p.revenue} in the last ${months(p.months)}, more than ${p.sharePct}% of the portfolio's ${p.accounts} accounts.`,
  'health.volume.small': (p) =>
    `A small buyer: ${p.revenue} in the last ${months(p.months)}, ${Number(p.sharePct) > 0 ? `more than only ${p.sharePct}% of` : 'the least of'} the portfolio's ${p.accounts} accounts.`,
  'health.volume.none': (p) => `Bought nothing in the last ${months(p.months)}.`,
  'health.renewal.far': (p) => `Renewal on ${p.renewalDate}, in ${days(p.daysToRenewal)}.`,
  'health.renewal.near_healthy': (p) => `Renewal on ${p.renewalDate}, in ${days(p.daysToRenewal)}; the rest of the account looks sound (${p.otherHealth}/100).`,
  'health.renewal.near_at_risk': (p) => `Renewal on ${p.renewalDate}, in ${days(p.daysToRenewal)}, while the rest of the account scores ${p.otherHealth}/100.`,
  'health.renewal.passed': (p) => `Renewal date ${p.renewalDate} passed ${days(p.daysSinceRenewal)} ago without a new date; the rest scores ${p.otherHealth}/100.`,
  'health.threading.none': (p) => `None of the ${p.left} known contacts is still at the customer.`,
  'health.threading.single': (p) => `Single-threaded: ${p.name} is the only contact at the customer.`,
  'health.threading.few': () => `Only two contacts at the customer.`,
  'health.threading.multi': (p) => `${p.contacts} contacts at the customer.`,
  'health.champion.active': (p) => `Champion in place: ${p.name}.`,
  'health.champion.left': (p) => `Champion ${p.name} left the company and nobody has taken the role.`,
  'health.champion.none': () => `No champion named at the customer.`,
  'health.decision_maker.recent': (p) => `Last contact with a decision maker (${p.name}) ${days(p.daysSince)} ago.`,
  'health.decision_maker.stale': (p) => `No contact with a decision maker for ${days(p.daysSince)} (last: ${p.name}); more than ${days(p.limitDays)}.`,
  'health.decision_maker.none': () => `No decision maker or sponsor on record at the customer.`,
  'health.qbr.on_time': (p) => `Last QBR on ${p.lastQbr}, ${days(p.daysSince)} ago (every ${months(p.cadenceMonths)}).`,
  'health.qbr.overdue': (p) => `QBR overdue by ${days(p.daysOverdue)}: last on ${p.lastQbr}, due every ${months(p.cadenceMonths)}.`,
  'health.qbr.never': (p) => `No QBR on record; one is due every ${months(p.cadenceMonths)}.`,
  'health.qbr.not_due': (p) => `First QBR not due yet (contract since ${p.contractStart}, every ${months(p.cadenceMonths)}).`,
  'health.nps.strong': (p) => `NPS ${p.nps}.`,
  'health.nps.lukewarm': (p) => `Lukewarm NPS: ${p.nps}.`,
  'health.nps.negative': (p) => `Negative NPS: ${p.nps}.`,
  'health.escalations.none': (p) => `No escalations or complaints in the last ${days(p.days)}.`,
  'health.escalations.some': (p) => `${p.escalations} escalation(s) and ${p.complaints} complaint(s) in the last ${days(p.days)} (${p.previous} in the period before).`,
  'health.escalations.rising': (p) =>
    `Rising: ${p.escalations} escalation(s) and ${p.complaints} complaint(s) in the last ${days(p.days)}, against ${p.previous} in the period before.`,
  'health.plan.complete': (p) => `Account plan ${p.completenessPct}% complete.`,
  'health.plan.gaps': (p) => `Account plan only ${p.completenessPct}% complete.`,
  'health.missing.no_orders': () => `No orders on record.`,
  'health.missing.short_history': (p) => `Only ${months(p.months)} of purchase history; needs ${p.minMonths}.`,
  'health.missing.no_baseline': (p) => `No revenue in the ${months(p.months)} to compare with.`,
  'health.missing.few_orders': (p) =>
    `Too few orders to read a revenue trend: ${p.recentOrders} in the last ${months(p.months)} and ${p.earlierOrders} in ${p.basis === 'year_ago' ? 'the same months a year earlier' : 'the months before'}; ${p.minRecent === p.minEarlier ? `${p.minRecent} in each needed` : `${p.minRecent} and ${p.minEarlier} needed`}.`,
  'health.missing.few_accounts': (p) => `Too few accounts with revenue to compare its size with (${p.accounts}; ${p.minAccounts} needed).`,
  'health.missing.no_renewal_date': () => `No renewal date on record.`,
  'health.missing.no_contacts': () => `No contacts on record.`,
  'health.missing.no_roles': () => `Contacts have no roles (champion, decision maker…) on record.`,
  'health.missing.no_contact_dates': () => `No dates of last contact with decision makers on record.`,
  'health.missing.no_qbr_cadence': () => `No QBR cadence and no QBR on record.`,
  'health.missing.no_nps': () => `No NPS on record.`,
  'health.missing.no_activities': () => `No activities on record.`,
  'health.missing.no_plan': () => `No account plan on record.`,
};

/** English text of a message key with its params; the key itself when it has no wording. */
export function explainKeyEn(e: Explanation): string {
  const f = healthMessagesEn[e.key];
  return f ? f(e.params) : e.key;
}

/** English text of a signal's explanation. */
export function explainEn(signal: Pick<Signal, 'explanation'>): string {
  return explainKeyEn(signal.explanation);
}
