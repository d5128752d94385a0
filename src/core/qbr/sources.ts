import { sourceOf } from '../accounts/facts.js';
import { formatDate } from '../i18n/format.js';
import type { Messages } from '../i18n/index.js';
import type { Locale } from '../model.js';
import type { Source } from '../reply.js';
import type { QbrOrigin } from './calendar.js';

/** Where a QBR date or cadence comes from, as a source line: a file and field, an activity, a change made in chat. */
export function qbrSource(origin: QbrOrigin | undefined, t: Messages, locale: Locale): Source | undefined {
  if (!origin) return undefined;
  switch (origin.kind) {
    case 'import':
      return sourceOf(origin.provenance, origin.field, locale);
    case 'activity':
      return sourceOf(origin.activity.source, ['type=qbr', 'date'], locale);
    case 'chat':
      return { ref: t.qbr.setInChat(origin.by), asOf: formatDate(origin.at.slice(0, 10), locale) };
    case 'default':
      return { ref: t.qbr.defaultCadenceSource };
  }
}

export const presentSources = (sources: (Source | undefined)[]): Source[] => sources.filter((s): s is Source => s !== undefined);
