import type { Locale } from '../model.js';
import { agendaMessages } from './agenda.js';
import { coreMessages } from './core.js';
import { llmMessages } from './llm.js';
import { qaMessages } from './qa.js';
import { planMessages } from './plan.js';
import { qbrMessages } from './qbr.js';
import { riskMessages } from './risk.js';

/**
 * The one catalogue of user-facing strings. Each feature keeps its strings in a
 * file of this folder, typed so that Polish cannot miss a key English has, and
 * is added here under its own name.
 */
export const catalog = {
  en: { ...coreMessages.en, ...llmMessages.en, ...riskMessages.en, plan: planMessages.en, qa: qaMessages.en, qbr: qbrMessages.en, agenda: agendaMessages.en },
  pl: { ...coreMessages.pl, ...llmMessages.pl, ...riskMessages.pl, plan: planMessages.pl, qa: qaMessages.pl, qbr: qbrMessages.pl, agenda: agendaMessages.pl },
} satisfies Record<Locale, unknown>;

export type Messages = (typeof catalog)['en'];

export function messagesFor(locale: Locale): Messages {
  return catalog[locale];
}

export { formatDate, formatMoney, formatNumber, formatPercent, plural } from './format.js';
