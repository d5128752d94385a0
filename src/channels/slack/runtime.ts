import type { Acre } from '../../core/acre.js';
import type { Locale } from '../../core/model.js';
import type { KeyValueStore, Logger } from '../../core/ports.js';

/** What every Slack listener needs from the rest of Acre. */
export interface SlackRuntime {
  acre: Acre;
  store: KeyValueStore;
  logger: Logger;
  /** ACRE_LOCALE and ACRE_TIMEZONE: used when neither users.csv nor Slack says. */
  defaultLocale: Locale;
  defaultTimezone: string;
  /** Where answering goes once Slack has its acknowledgement (see AfterAck). */
  later(what: string, job: () => Promise<void>): void;
}
