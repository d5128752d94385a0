import { isTimeZone } from '../core/dates.js';
import type { JobContext } from './index.js';
import type { JobSpec } from './scheduler.js';

/** The time zones reminders go out in: every user's that is a real zone, and the default for those without one. */
export function reminderTimezones(zones: readonly (string | undefined)[], defaultTimezone: string): string[] {
  return [...new Set([defaultTimezone, ...zones.filter((z): z is string => Boolean(z) && isTimeZone(z!))])].sort();
}

/**
 * One daily job per recipient time zone, at `hour` o'clock there, each sending what falls
 * due that day in its zone: the shape every reminder job has (QBRs, open plan items).
 */
export async function dailyJobsPerZone(
  ctx: JobContext,
  name: string,
  when: { hour: number; defaultTimezone: string },
  send: (timezone: string, slot: Date) => Promise<unknown>,
): Promise<JobSpec[]> {
  const portfolio = await ctx.app.acre.portfolio();
  const zones = reminderTimezones([...portfolio.users.values()].map((u) => u.timezone), when.defaultTimezone);
  return zones.map((timezone) => ({
    name: `${name}:${timezone}`,
    cron: `0 ${when.hour} * * *`,
    timezone,
    run: async (slot) => void (await send(timezone, slot)),
  }));
}
