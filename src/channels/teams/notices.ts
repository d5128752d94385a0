import type { Locale } from '../../core/model.js';

/**
 * What the Teams channel itself says, about where an answer went. Only Teams needs
 * these: Slack answers privately in place (ephemeral messages), Teams has no such
 * thing in a channel, so private answers go to the person's chat with Acre.
 */
const en = {
  answeredPrivately: 'I sent you my answer in our personal chat.',
  cannotReachPrivately:
    "I can't send you a private message yet. Open Acre from Apps in Teams, start a chat with it, and ask me again: account answers go only to the person who asked.",
  shared: 'Shared in the conversation.',
  cannotShare: "I can't post in that conversation any more (Acre may have been removed from it). Ask me again there.",
};

const pl: typeof en = {
  answeredPrivately: 'Odpowiedź wysłałem Ci na naszym prywatnym czacie.',
  cannotReachPrivately:
    'Nie mogę jeszcze napisać do Ciebie prywatnie. Otwórz Acre z Aplikacji w Teams, rozpocznij z nim czat i zapytaj jeszcze raz: odpowiedzi o klientach trafiają tylko do pytającego.',
  shared: 'Udostępniono w rozmowie.',
  cannotShare: 'Nie mogę już pisać w tamtej rozmowie (Acre mógł zostać z niej usunięty). Zapytaj mnie tam jeszcze raz.',
};

export type Notices = typeof en;

export function noticesFor(locale: Locale): Notices {
  return locale === 'pl' ? pl : en;
}
