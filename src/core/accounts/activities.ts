import type { Activity, ActivityType } from '../model.js';
import type { Portfolio } from '../portfolio.js';
import type { DateRange } from './revenue.js';

/** An account's activities, newest first, up to today, optionally of some kinds and within a span. */
export function activitiesOf(portfolio: Portfolio, accountId: string, today: string, filter: { types?: readonly ActivityType[]; range?: DateRange } = {}): Activity[] {
  const list = portfolio.activitiesOf(accountId);
  const out: Activity[] = [];
  for (let i = list.length - 1; i >= 0; i--) {
    const a = list[i];
    if (a.date > today) continue;
    if (filter.range && (a.date < filter.range.from || a.date > filter.range.until)) continue;
    if (filter.types && !filter.types.includes(a.type)) continue;
    out.push(a);
  }
  return out;
}
