/** QBRs: the calendar per account, reminders and nudges, the /qbr-prep brief, and questions about QBRs. */
export { qbrCalendarOf, withQbrCalendar, DEFAULT_CADENCE_MONTHS, type QbrCalendar, type QbrStatus, type QbrOrigin, type DatedQbr } from './calendar.js';
export { qbrCalendarsOf, storedQbrCalendarOf } from './calendars.js';
export { qbrChangesIn, bookQbr, cancelQbr, setQbrCadence, type QbrChange, type QbrChanges } from './changes.js';
export { remindersDueOn, needsNudge, reminderKey, nudgeKey, type DueReminder, type ReminderInputs } from './reminders.js';
export { instantOf, isoWeekday } from '../dates.js';
export { reminderReply, type ReminderContext } from './reminder-message.js';
export { defaultQbrReminderSettings, checklistLead, type QbrReminderSettings } from './settings.js';
export { qbrBriefFor, qbrBriefMarkdownFor, type BriefInputs } from './brief/brief.js';
export { replyToMarkdown } from './brief/markdown.js';
export { qbrSource } from './sources.js';
export { qbrFeature, type QbrSetup } from './feature.js';
