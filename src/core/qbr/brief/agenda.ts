import { formatDate, formatMoney, formatPercent } from '../../i18n/format.js';
import type { ReplyBuilder } from '../../reply.js';
import type { BriefContext } from './context.js';
import { isEscalation } from './results.js';
import { revenueTrend } from './snapshot.js';

/** The first of these plan answers that exists: what the agenda can quote for each item. */
const firstAnswer = (c: BriefContext, ids: string[]): string | undefined => ids.map((id) => c.plan.answers.get(id)).find(Boolean);

/**
 * A suggested agenda in the order a good QBR runs: results and actions since last
 * time, the customer's goals and plans, new needs, threats, joint initiatives; each
 * with what the data already says about it.
 */
export function agendaSection(b: ReplyBuilder, c: BriefContext): void {
  const { t, locale, account } = c;
  const a = t.qbr.brief.agenda;
  const revenue = revenueTrend(c);
  const escalations = c.activitiesSince.filter(isEscalation).length;
  const results = [
    revenue.orders ? `${formatMoney(revenue.total, account.currency, locale)}${revenue.change !== undefined ? ` (${formatPercent(revenue.change, locale)})` : ''}` : '',
    escalations ? t.qbr.brief.escalationCount(escalations) : '',
  ].filter(Boolean).join(', ');
  const threats = [
    ...c.health.now.reasons.map((s) => t.healthSignalNames[s.id]),
    ...(account.renewalDate && account.renewalDate >= c.today ? [t.qbr.brief.renewalOn(formatDate(account.renewalDate, locale))] : []),
  ].join(', ');
  b.heading(t.qbr.brief.agendaTitle).list([
    a.results(formatDate(c.since, locale), c.sinceLastQbr, results),
    a.goals(firstAnswer(c, ['needs.business_goals', 'value.theme'])),
    a.needs(firstAnswer(c, ['needs.unmet_needs', 'needs.pain_points'])),
    a.threats(threats),
    a.joint(firstAnswer(c, ['value.growth_paths', 'value.proposition'])),
  ].map((item, i) => `${i + 1}. ${item}`));
}
