import type { Locale } from '../model.js';
import { plural } from './format.js';

const enDays = (n: number) => plural(n, 'en', { one: '# day', other: '# days' });
const plDays = (n: number) => plural(n, 'pl', { one: '# dzień', few: '# dni', many: '# dni', other: '# dnia' });
const enIn = (n: number) => (n === 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${enDays(n)}`);
const plIn = (n: number) => (n === 0 ? 'dziś' : n === 1 ? 'jutro' : `za ${plDays(n)}`);

/** Strings of "my week" (`t.agenda`): what is on a KAM's plate from today to Sunday. */
const en = {
  heading: (from: string, to: string) => `Your next 7 days — ${from} to ${to}`,
  qbrs: 'QBRs booked in the next 7 days',
  qbrLine: (date: string, days: number, account: string) => `${date} (${enIn(days)}) — **${account}**`,
  qbrsOverdue: (n: number) => `${plural(n, 'en', { one: '# account is', other: '# accounts are' })} overdue for a QBR with none booked: "which accounts are overdue for a QBR?" lists them.`,
  renewals: (days: number) => `Renewing in the next ${enDays(days)}`,
  renewalLine: (account: string, date: string, days: number, health: string) => `**${account}** · ${date} (${enIn(days)})${health ? ` · ${health}` : ''}`,
  openItems: 'Your open plan items due in the next 7 days, or overdue',
  openItemLine: (account: string, question: string, due: string, days: number) => `**${account}** · ${question} — ${days < 0 ? `was due ${due}` : `due ${due} (${enIn(days)})`}`,
  slipped: 'Slipped since last week: new at risk or on watch, or worse',
  nothing: (days: number) => `Nothing is due: no QBR booked in the next 7 days, no renewal in the next ${enDays(days)}, no open plan item of yours, and no account slipped since last week.`,
  briefButton: (account: string) => `Brief: ${account}`,
  helpExample: "what's on my plate this week?",
};

export type AgendaMessages = typeof en;

const pl: AgendaMessages = {
  heading: (from, to) => `Twoje najbliższe 7 dni — od ${from} do ${to}`,
  qbrs: 'QBR zaplanowane w ciągu 7 dni',
  qbrLine: (date, days, account) => `${date} (${plIn(days)}) — **${account}**`,
  qbrsOverdue: (n) => `Zaległy QBR bez terminu: ${plural(n, 'pl', { one: '# klient', few: '# klientów', many: '# klientów', other: '# klienta' })}; lista: „którzy klienci mają zaległy QBR?”.`,
  renewals: (days) => `Odnowienia w ciągu ${plDays(days)}`,
  renewalLine: (account, date, days, health) => `**${account}** · ${date} (${plIn(days)})${health ? ` · ${health}` : ''}`,
  openItems: 'Twoje otwarte sprawy z planów z terminem w ciągu 7 dni lub po terminie',
  openItemLine: (account, question, due, days) => `**${account}** · ${question} — ${days < 0 ? `termin minął ${due}` : `termin ${due} (${plIn(days)})`}`,
  slipped: 'Gorzej niż przed tygodniem: nowe zagrożone lub do obserwacji, albo niżej',
  nothing: (days) => `Nic nie czeka: żadnego QBR w ciągu 7 dni, żadnego odnowienia w ciągu ${plDays(days)}, żadnej Twojej otwartej sprawy i żadne konto nie pogorszyło się od zeszłego tygodnia.`,
  briefButton: (account) => `Materiał: ${account}`,
  helpExample: 'co mam w tym tygodniu?',
};

export const agendaMessages: Record<Locale, AgendaMessages> = { en, pl };
