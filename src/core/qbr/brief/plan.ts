import { formatDate } from '../../i18n/format.js';
import type { ReplyBuilder } from '../../reply.js';
import type { BriefContext } from './context.js';

const OPEN_ITEMS_SHOWN = 6;

/** Plan status and open items: how much of the account plan is answered, and what is still being found out, by whom. */
export function planSection(b: ReplyBuilder, c: BriefContext): void {
  const { t, locale, account, portfolio, plan } = c;
  const nameOf = (email: string) => portfolio.user(email)?.name ?? email;
  b.heading(t.qbr.brief.planStatus);
  const touched = plan.counts.total - plan.counts.open;
  if (!touched) {
    b.text(t.qbr.brief.noPlan(account.name, account.id, plan.counts.total));
  } else {
    b.text(t.qbr.brief.planCounts(plan.counts.answered, plan.counts.total, Math.round(plan.completeness * 100), plan.counts.unknown, plan.counts.skipped));
  }
  if (touched || plan.openItems.length) {
    const items = plan.openItems.slice(0, OPEN_ITEMS_SHOWN).map((i) =>
      [i.question, i.owner ? nameOf(i.owner) : t.qbr.brief.noOwner, i.due ? t.qbr.brief.dueOn(formatDate(i.due, locale)) : ''].filter(Boolean).join(' · '),
    );
    if (plan.openItems.length > OPEN_ITEMS_SHOWN) items.push(t.moreItems(plan.openItems.length - OPEN_ITEMS_SHOWN));
    b.list(items.length ? items : [t.qbr.brief.noOpenItems], t.qbr.brief.openItems);
  }
  b.sources([
    plan.updatedAt
      ? { ref: t.qbr.brief.planSource(plan.authors.map(nameOf).join(', ')), asOf: formatDate(plan.updatedAt.slice(0, 10), locale) }
      : { ref: t.qbr.brief.planNoAnswersSource },
  ]);
}
