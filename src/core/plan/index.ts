/**
 * The account plan, as other parts of Acre use it: the feature itself, how complete a
 * plan is (for the health score), the open items and their reminders, and the whole plan as
 * data (for exports and the LLM's tools).
 */
export { planFeature } from './feature.js';
export type { PlanSetup } from './setup.js';
export { DEFAULT_REVIEW_AFTER_DAYS, tierOf } from './setup.js';
export { planCompleteness, countsOf, type Counts } from './summary.js';
export { openItemsDue, openItemsOf, type OpenItem } from './open-items.js';
export { openItemRemindersDueOn, remindersByOwner, latestDue, defaultPlanReminderSettings, type DueItemReminder, type PlanReminderSettings } from './reminders.js';
export { openItemsReminderReply } from './reminder-message.js';
export { planDocument, type PlanDocument, type PlanDocumentQuestion, type PlanSource } from './document.js';
export { planFile, planMarkdown, type ExportFile, type ExportFormat } from './export.js';
export { filledFields, type FilledValue } from './fills.js';
export { readPlan, answerOf, type Plan, type AnswerRecord, type AnswerVersion, type AnswerStatus } from './record.js';
export { formatAnswer } from './format.js';
export type { AnswerValue, Person } from './values.js';
