/** How QBR reminders go out; config.ts fills it from ACRE_QBR_* settings. */
export interface QbrReminderSettings {
  /** Days before a QBR on which its reminders go out, e.g. [14, 7, 1]. */
  leadDays: number[];
  /** Remind the account team as well as the owner. */
  remindTeam: boolean;
  /** The hour, in each recipient's own time zone, at which reminders go out. */
  hour: number;
  /** The zone of people whose users.csv row names none. */
  defaultTimezone: string;
  /** The weekday (1 = Monday … 7 = Sunday) on which owners are nudged about QBRs not booked. */
  nudgeWeekday: number;
}

export const defaultQbrReminderSettings: QbrReminderSettings = {
  leadDays: [14, 7, 1],
  remindTeam: false,
  hour: 9,
  defaultTimezone: 'UTC',
  nudgeWeekday: 1,
};

/** The longest lead time: the reminder that carries the preparation checklist. */
export const checklistLead = (settings: Pick<QbrReminderSettings, 'leadDays'>): number => Math.max(...settings.leadDays);
