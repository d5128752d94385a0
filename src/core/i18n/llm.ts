import type { Locale } from '../model.js';
import { plural } from './format.js';

/** Why the language model gave no answer, as the note under a fallback reply names it. */
export type LlmFailure = 'timeout' | 'unavailable' | 'rate_limited' | 'rounds' | 'budget' | 'refused';

/** Strings of answers through the language model: progress while it works, and the notes under its answers. */
const en = {
  llmThinking: 'Thinking…',
  llmLookingUp: (what: string) => `Looking up ${what}…`,
  llmWriting: 'Writing the answer…',
  llmLookups: {
    search_accounts: 'your accounts',
    account_overview: 'the account',
    account_health: 'account health',
    transactions_summary: 'orders and revenue',
    account_contacts: 'contacts',
    account_activities: 'activities',
    upcoming_dates: 'upcoming QBRs and renewals',
    at_risk_accounts: 'accounts at risk',
    plan_answers: 'the account plan',
  } as Record<string, string>,
  llmPlanSource: (account: string) => `account plan of ${account} in Acre`,
  llmAnsweredNote: (lookups: number) =>
    `Answered by the language model from Acre's data (${plural(lookups, 'en', { one: '# look-up', other: '# look-ups' })}); check the sources before acting on it.`,
  llmNoDataNote: 'Answered by the language model without looking anything up in Acre\'s data: treat it as general advice, not as facts about your accounts.',
  llmFailed: {
    timeout: 'The language model did not answer in time',
    unavailable: 'I could not reach the language model',
    rate_limited: 'The language model is busy (rate limited)',
    rounds: 'The language model needed too many look-ups for this question',
    budget: 'This question would have used more of the language model than allowed',
    refused: 'The language model gave no usable answer',
  } satisfies Record<LlmFailure, string>,
  llmFallbackOverview: (why: string, account: string) => `${why}, so here is what Acre's data says about ${account}.`,
  llmFallbackNothing: (why: string) =>
    `${why}, so I can't answer that free question right now. Ask again in a moment, or try \`/account <name>\` or \`/acre help\`.`,
};

export type LlmMessages = typeof en;

const pl: LlmMessages = {
  llmThinking: 'Zastanawiam się…',
  llmLookingUp: (what: string) => `Sprawdzam: ${what}…`,
  llmWriting: 'Piszę odpowiedź…',
  llmLookups: {
    search_accounts: 'Twoi klienci',
    account_overview: 'klient',
    account_health: 'kondycja klienta',
    transactions_summary: 'zamówienia i przychody',
    account_contacts: 'kontakty',
    account_activities: 'działania',
    upcoming_dates: 'nadchodzące QBR i odnowienia',
    at_risk_accounts: 'klienci zagrożeni',
    plan_answers: 'plan klienta',
  },
  llmPlanSource: (account: string) => `plan klienta ${account} w Acre`,
  llmAnsweredNote: (lookups: number) =>
    `Odpowiedź modelu językowego na podstawie danych Acre (${plural(lookups, 'pl', { one: '# zapytanie', few: '# zapytania', many: '# zapytań', other: '# zapytania' })}); sprawdź źródła, zanim na niej oprzesz działania.`,
  llmNoDataNote: 'Odpowiedź modelu językowego bez sprawdzania danych Acre: traktuj ją jako ogólną radę, nie fakty o Twoich klientach.',
  llmFailed: {
    timeout: 'Model językowy nie odpowiedział na czas',
    unavailable: 'Nie udało się połączyć z modelem językowym',
    rate_limited: 'Model językowy jest przeciążony (limit zapytań)',
    rounds: 'Model językowy potrzebował zbyt wielu zapytań do danych',
    budget: 'To pytanie zużyłoby więcej modelu językowego, niż pozwala limit',
    refused: 'Model językowy nie dał użytecznej odpowiedzi',
  },
  llmFallbackOverview: (why: string, account: string) => `${why}, więc oto, co mówią dane Acre o kliencie ${account}.`,
  llmFallbackNothing: (why: string) =>
    `${why}, więc nie mogę teraz odpowiedzieć na to pytanie. Spróbuj ponownie za chwilę albo użyj \`/account <nazwa>\` lub \`/acre help\`.`,
};

export const llmMessages: Record<Locale, LlmMessages> = { en, pl };
