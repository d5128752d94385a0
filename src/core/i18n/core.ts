import type { Locale } from '../model.js';
import { formatDate, plural } from './format.js';

/** Strings of the core conversation: help, access, account look-up and overview. */
const en = {
  sources: 'Sources',
  importedOn: (date: string) => `imported ${date}`,
  unknownUser: (who: string) =>
    `I don't know you yet (${who}), so I can't show you any account. Ask your Acre admin to add you to users.csv with your e-mail (and your Slack or Teams id), then try again.`,
  helpTitle: 'Acre — your key-account copilot',
  helpIntro: 'Ask me about your accounts in plain words, or use a command:',
  helpCommands: [
    '`/account <name>` — an account at a glance: owner, tier, ARR, renewal, QBRs, key contacts, recent activity',
    '`/acre help` — this help',
  ],
  helpExamplesTitle: 'Try asking',
  helpExamples: ['/account globex', 'tell me about initech'],
  accountUsage: 'Tell me which account, e.g. `/account globex`.',
  accountNotFound: (q: string) => `I couldn't find an account called "${q}" among the accounts you cover.`,
  accountNotFoundSuggest: (q: string) => `I couldn't find "${q}". Did you mean one of these?`,
  accountAmbiguous: (q: string) => `"${q}" matches several accounts. Which one do you mean?`,
  noAccounts: 'You have no accounts yet. Ask your admin to assign you as an owner or team member in accounts.csv.',
  owner: 'Owner',
  tier: 'Tier',
  tiers: { strategic: 'Strategic', normal: 'Normal', prospect: 'Prospect' } as Record<string, string>,
  industry: 'Industry',
  region: 'Region',
  arr: 'ARR',
  renewal: 'Renewal',
  renewalIn: (date: string, days: number, locale: Locale = 'en') =>
    days >= 0 ? `${formatDate(date, locale)} (in ${plural(days, 'en', { one: '# day', other: '# days' })})` : `${formatDate(date, locale)} (${plural(-days, 'en', { one: '# day', other: '# days' })} ago)`,
  lastQbr: 'Last QBR',
  nextQbr: 'Next QBR',
  notScheduled: 'not scheduled',
  nps: 'NPS',
  revenue12m: 'Revenue, last 12 months',
  orders: (n: number) => plural(n, 'en', { one: '# order', other: '# orders' }),
  lastOrder: 'Last order',
  keyContacts: 'Key contacts',
  recentActivity: 'Recent activity',
  noContacts: 'No contacts on record.',
  noActivity: 'No activity on record.',
  leftCompany: 'left the company',
  lastContact: (date: string, locale: Locale = 'en') => `last contact ${formatDate(date, locale)}`,
  roles: {
    decision_maker: 'decision maker', sponsor: 'sponsor', champion: 'champion', influencer: 'influencer', user: 'user', blocker: 'blocker',
  } as Record<string, string>,
  activityTypes: {
    meeting: 'Meeting', qbr: 'QBR', call: 'Call', email: 'E-mail', escalation: 'Escalation', ticket: 'Ticket', complaint: 'Complaint', note: 'Note',
  } as Record<string, string>,
  cantAnswer: "I can't answer that yet. Here is what I can do:",
  somethingWentWrong: 'Something went wrong on my side while answering. Nothing you stored was changed; please try again in a moment.',
  unknownCommand: (name: string) => `I don't know the command /${name}.`,
  unknownAction: 'That button has expired. Ask again and I will show fresh options.',
  moreItems: (n: number) => `…and ${n} more`,
  shareInChannel: 'Share in channel',
};

export type CoreMessages = typeof en;

const pl: CoreMessages = {
  sources: 'Źródła',
  importedOn: (date: string) => `import z ${date}`,
  unknownUser: (who: string) =>
    `Jeszcze Cię nie znam (${who}), więc nie mogę pokazać żadnego klienta. Poproś administratora Acre, by dodał Cię do users.csv z Twoim e-mailem (i identyfikatorem Slack lub Teams), a potem spróbuj ponownie.`,
  helpTitle: 'Acre — Twój asystent kluczowych klientów',
  helpIntro: 'Pytaj o swoich klientów zwykłymi słowami albo użyj polecenia:',
  helpCommands: [
    '`/account <nazwa>` — klient w skrócie: opiekun, segment, ARR, odnowienie, QBR, kluczowe kontakty, ostatnie działania',
    '`/acre help` — ta pomoc',
  ],
  helpExamplesTitle: 'Spróbuj zapytać',
  helpExamples: ['/account globex', 'opowiedz mi o initech'],
  accountUsage: 'Podaj klienta, np. `/account globex`.',
  accountNotFound: (q: string) => `Nie znalazłem klienta „${q}” wśród klientów, których obsługujesz.`,
  accountNotFoundSuggest: (q: string) => `Nie znalazłem „${q}”. Czy chodzi o jednego z tych?`,
  accountAmbiguous: (q: string) => `„${q}” pasuje do kilku klientów. O którego chodzi?`,
  noAccounts: 'Nie masz jeszcze klientów. Poproś administratora, by przypisał Cię jako opiekuna lub członka zespołu w accounts.csv.',
  owner: 'Opiekun',
  tier: 'Segment',
  tiers: { strategic: 'Strategiczny', normal: 'Standardowy', prospect: 'Perspektywiczny' },
  industry: 'Branża',
  region: 'Region',
  arr: 'ARR',
  renewal: 'Odnowienie',
  renewalIn: (date: string, days: number, locale: Locale = 'pl') =>
    days >= 0
      ? `${formatDate(date, locale)} (za ${plural(days, 'pl', { one: '# dzień', few: '# dni', many: '# dni', other: '# dnia' })})`
      : `${formatDate(date, locale)} (${plural(-days, 'pl', { one: '# dzień', few: '# dni', many: '# dni', other: '# dnia' })} temu)`,
  lastQbr: 'Ostatni QBR',
  nextQbr: 'Następny QBR',
  notScheduled: 'nie zaplanowano',
  nps: 'NPS',
  revenue12m: 'Przychód, ostatnie 12 miesięcy',
  orders: (n: number) => plural(n, 'pl', { one: '# zamówienie', few: '# zamówienia', many: '# zamówień', other: '# zamówienia' }),
  lastOrder: 'Ostatnie zamówienie',
  keyContacts: 'Kluczowe kontakty',
  recentActivity: 'Ostatnie działania',
  noContacts: 'Brak kontaktów w danych.',
  noActivity: 'Brak działań w danych.',
  leftCompany: 'odszedł z firmy',
  lastContact: (date: string, locale: Locale = 'pl') => `ostatni kontakt ${formatDate(date, locale)}`,
  roles: {
    decision_maker: 'decydent', sponsor: 'sponsor', champion: 'orędownik', influencer: 'wpływowy', user: 'użytkownik', blocker: 'blokujący',
  },
  activityTypes: {
    meeting: 'Spotkanie', qbr: 'QBR', call: 'Rozmowa', email: 'E-mail', escalation: 'Eskalacja', ticket: 'Zgłoszenie', complaint: 'Reklamacja', note: 'Notatka',
  },
  cantAnswer: 'Na to jeszcze nie umiem odpowiedzieć. Oto, w czym mogę pomóc:',
  somethingWentWrong: 'Coś poszło nie tak po mojej stronie. Nic z zapisanych danych się nie zmieniło; spróbuj ponownie za chwilę.',
  unknownCommand: (name: string) => `Nie znam polecenia /${name}.`,
  unknownAction: 'Ten przycisk wygasł. Zapytaj ponownie, a pokażę aktualne opcje.',
  moreItems: (n: number) => `…i ${n} więcej`,
  shareInChannel: 'Udostępnij na kanale',
};

export const coreMessages: Record<Locale, CoreMessages> = { en, pl };
