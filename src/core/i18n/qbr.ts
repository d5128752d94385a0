import type { Locale } from '../model.js';
import type { UpcomingPeriod } from '../qbr/answers.js';
import { plural } from './format.js';
import { briefEn, briefPl } from './qbr-brief.js';

const enDays = (n: number) => plural(n, 'en', { one: '# day', other: '# days' });
const enMonths = (n: number) => plural(n, 'en', { one: '# month', other: '# months' });
const plDays = (n: number) => plural(n, 'pl', { one: '# dzień', few: '# dni', many: '# dni', other: '# dnia' });
const plMonths = (n: number) => plural(n, 'pl', { one: '# miesiąc', few: '# miesiące', many: '# miesięcy', other: '# miesiąca' });
const enIn = (n: number) => (n === 0 ? 'today' : n === 1 ? 'tomorrow' : n > 0 ? `in ${enDays(n)}` : `${enDays(-n)} ago`);
const plIn = (n: number) => (n === 0 ? 'dziś' : n === 1 ? 'jutro' : n > 0 ? `za ${plDays(n)}` : `${plDays(-n)} temu`);

/** Strings of QBRs: the calendar, reminders and nudges, answers, and the /qbr-prep brief. */
const enUpcoming: Record<UpcomingPeriod, string> = {
  this_week: 'coming up this week', next_week: 'next week', this_month: 'coming up this month', next_month: 'next month', next_30_days: 'in the next 30 days',
};
const enNone: Record<UpcomingPeriod, string> = {
  this_week: 'for the rest of this week', next_week: 'for next week', this_month: 'for the rest of this month', next_month: 'for next month', next_30_days: 'in the next 30 days',
};
const plUpcoming: Record<UpcomingPeriod, string> = {
  this_week: 'w tym tygodniu', next_week: 'w przyszłym tygodniu', this_month: 'w tym miesiącu', next_month: 'w przyszłym miesiącu', next_30_days: 'w ciągu 30 dni',
};
const plNone: Record<UpcomingPeriod, string> = {
  this_week: 'do końca tego tygodnia', next_week: 'na przyszły tydzień', this_month: 'do końca tego miesiąca', next_month: 'na przyszły miesiąc', next_30_days: 'w ciągu 30 dni',
};

const en = {
  helpCommand: '`/qbr-prep <account>` — a QBR brief to bring to the meeting; add `schedule <date>`, `cancel`, `cadence <months>` or `md` (Markdown)',
  helpExamples: ['/qbr-prep globex', 'when is the next QBR with Globex?', 'which accounts are overdue for a QBR?'],
  usage: 'Tell me which account, e.g. `/qbr-prep globex`, `/qbr-prep globex schedule 2026-12-10`, `/qbr-prep globex cancel` or `/qbr-prep globex md`.',
  badDate: (text: string) => `I couldn't read "${text}" as a date. Try \`2026-12-10\`, "10 December" or "next Tuesday".`,
  datePassed: (date: string) => `${date} has already passed. Give me a date from today on.`,
  dateTooFar: (date: string) => `${date} is more than two years away; is that right? Give me a date within two years.`,
  alreadyBooked: (name: string, date: string) => `The QBR with ${name} is already booked for ${date}. Nothing changed; its reminders stay as they are.`,
  booked: (name: string, date: string, days: number, previous?: string) => `Booked: the QBR with **${name}** is on **${date}** (${enIn(days)})${previous ? `, moved from ${previous}` : ''}.`,
  remindersFollow: 'Reminders follow this date; the import will not overwrite it unless a newer import gives a different date.',
  nothingToCancel: (name: string) => `No QBR with ${name} is booked, so there is nothing to cancel.`,
  cancelled: (name: string, date: string, owner: string) => `Cancelled the QBR with **${name}** on ${date}. Its reminders are off; ${owner} gets a weekly nudge until a new date is set.`,
  badCadence: (max: number) => `Give the cadence as a number of months from 1 to ${max}, e.g. \`/qbr-prep globex cadence 3\`.`,
  cadenceSet: (name: string, months: number, due?: string, passed = false) =>
    `QBRs with ${name} are now every ${enMonths(months)}${due ? (passed ? `; by that, one was due by ${due}` : `; the next is due by ${due}`) : ''}.`,
  setInChat: (by: string) => `set in chat by ${by}`,
  defaultCadenceSource: 'default cadence: quarterly',
  inDays: enIn,
  status: {
    booked: (date: string, days: number, lateDue?: string) => `${date} (${enIn(days)})${lateDue ? ` — booked late, due ${lateDue}` : ''}`,
    overdue: (days: number, due: string) => `not booked — overdue by ${enDays(days)} (due ${due})`,
    unscheduled: (due?: string) => (due ? `not booked — due by ${due}` : 'not booked'),
    untracked: 'no QBR cadence or QBR on record',
  },
  next: {
    booked: (name: string, date: string, days: number) => `The next QBR with **${name}** is on **${date}** (${enIn(days)}).`,
    overdue: (name: string, days: number, due: string) => `No QBR with **${name}** is booked, and one is overdue by ${enDays(days)} (due ${due}).`,
    unscheduled: (name: string, due: string | undefined, cadence: number) => `No QBR with **${name}** is booked yet${due ? `; the next is due by ${due} (every ${enMonths(cadence)})` : ''}.`,
    untracked: (name: string, id: string) => `${name} has no QBR cadence and no QBR on record, so I don't track its QBRs. \`/qbr-prep ${id} cadence 3\` starts.`,
    last: (date: string) => `The last one was on ${date}.`,
    cancelled: (date: string) => `The one on ${date} was cancelled.`,
  },
  upcomingTitle: (period: UpcomingPeriod, range: string) => `QBRs ${enUpcoming[period]} (${range})`,
  noneUpcoming: (period: UpcomingPeriod, range: string) => `No QBR is booked ${enNone[period]} (${range}).`,
  nearestBooked: 'The nearest booked after that',
  noneOverdue: 'None of your accounts is overdue for a QBR.',
  noneUnbooked: 'Every account of yours with a QBR cadence has its next QBR booked.',
  unbookedTitle: (n: number) => `${plural(n, 'en', { one: '# account has', other: '# accounts have' })} no QBR booked`,
  untrackedCount: (n: number) => `${plural(n, 'en', { one: '# account has', other: '# accounts have' })} no QBR cadence and no QBR on record, so their QBRs are not tracked.`,
  overdueTitle: (n: number) => `${plural(n, 'en', { one: '# account is', other: '# accounts are' })} overdue for a QBR`,
  overdueBy: (days: number, due: string) => `overdue by ${enDays(days)} (due ${due})`,
  lastOn: (date: string) => `last ${date}`,
  bookedFor: (date: string) => `booked for ${date}`,
  notBooked: 'not booked',
  briefFor: (name: string) => `Brief: ${name}`,
  prepareBrief: 'Prepare the brief',
  exportMarkdown: 'Export as Markdown',
  markdownReady: (name: string) => `The QBR brief for ${name}, as Markdown:`,
  reminder: {
    title: (name: string, lead: number, date: string) => `QBR with ${name} ${lead === 0 ? 'today' : lead === 1 ? 'tomorrow' : `in ${enDays(lead)}`} — ${date}`,
    onTheTeam: (owner: string) => `You are on the account team; ${owner} owns the account.`,
    checklistIntro: 'Two weeks is the time to prepare properly: a QBR is about the customer’s business, not a list of orders.',
    checklistTitle: 'Preparation checklist',
    checklist: [
      'Confirm the date, time and place, and send the invitation with a draft agenda',
      'Invite the decision maker and the champion; fill the gaps in who you know',
      'Review results since the last QBR: revenue, deliveries, escalations and how they were closed',
      'Gather news about the customer: their goals, plans, market and people changes',
      'Check the account plan’s open items and what it still doesn’t know',
      'Bring questions and proposals: new needs, joint initiatives, next steps with owners',
      'Know what’s new in our product and service that matters to them',
    ],
    tip: (lead: number): string => lead <= 1 ? 'Bring the brief, be on time, and leave with agreed next steps, owners and dates.' : 'Send the agenda and confirm who attends; check the brief for gaps to close before the day.',
  },
  nudge: {
    title: (name: string) => `${name}: no QBR booked`,
    overdue: (days: number, due: string, last?: string) => `The QBR is overdue by ${enDays(days)}: it was due ${due}${last ? ` (the last one was on ${last})` : ''}. An overdue QBR is a risk signal; book one soon.`,
    unscheduled: (due: string | undefined, last: string | undefined, cadence: number) =>
      `Nothing is booked yet${due ? `; the next QBR is due by ${due}` : ''} (every ${enMonths(cadence)}${last ? `, last on ${last}` : ''}).`,
    wasCancelled: (date: string) => `The QBR on ${date} was cancelled.`,
    howToBook: (id: string, name: string) => `Once it is booked, tell me: \`/qbr-prep ${id} schedule 2026-12-10\` or "${name} QBR is on 10 December".`,
  },
  brief: briefEn,
};

export type QbrMessages = typeof en;

const pl: QbrMessages = {
  helpCommand: '`/qbr-prep <klient>` — materiał na spotkanie QBR; dodaj `zaplanuj <data>`, `odwołaj`, `cykl <miesiące>` lub `md` (Markdown)',
  helpExamples: ['/qbr-prep globex', 'kiedy jest następny QBR z Globex?', 'którzy klienci mają zaległy QBR?'],
  usage: 'Podaj klienta, np. `/qbr-prep globex`, `/qbr-prep globex zaplanuj 2026-12-10`, `/qbr-prep globex odwołaj` lub `/qbr-prep globex md`.',
  badDate: (text: string) => `Nie rozumiem „${text}” jako daty. Spróbuj \`2026-12-10\` albo „10 grudnia”.`,
  datePassed: (date: string) => `${date} już minął. Podaj datę od dziś.`,
  dateTooFar: (date: string) => `${date} to ponad dwa lata od dziś — czy na pewno? Podaj datę w ciągu dwóch lat.`,
  alreadyBooked: (name: string, date: string) => `QBR z ${name} jest już zaplanowany na ${date}. Nic się nie zmieniło; przypomnienia zostają bez zmian.`,
  booked: (name: string, date: string, days: number, previous?: string) => `Zaplanowane: QBR z **${name}** odbędzie się **${date}** (${plIn(days)})${previous ? `, przeniesiony z ${previous}` : ''}.`,
  remindersFollow: 'Przypomnienia pójdą za tą datą; import jej nie nadpisze, chyba że nowszy import poda inną datę.',
  nothingToCancel: (name: string) => `Żaden QBR z ${name} nie jest zaplanowany, więc nie ma czego odwołać.`,
  cancelled: (name: string, date: string, owner: string) => `Odwołano QBR z **${name}** z dnia ${date}. Przypomnienia wyłączone; ${owner} dostanie cotygodniowe przypomnienie, dopóki nie zostanie ustalona nowa data.`,
  badCadence: (max: number) => `Podaj cykl jako liczbę miesięcy od 1 do ${max}, np. \`/qbr-prep globex cykl 3\`.`,
  cadenceSet: (name: string, months: number, due?: string, passed = false) =>
    `QBR z ${name} odbywają się teraz co ${plMonths(months)}${due ? (passed ? `; według tego cyklu termin minął ${due}` : `; następny wypada do ${due}`) : ''}.`,
  setInChat: (by: string) => `ustawione na czacie przez ${by}`,
  defaultCadenceSource: 'domyślny cykl: co kwartał',
  inDays: plIn,
  status: {
    booked: (date: string, days: number, lateDue?: string) => `${date} (${plIn(days)})${lateDue ? ` — z opóźnieniem, termin był ${lateDue}` : ''}`,
    overdue: (days: number, due: string) => `nie zaplanowano — zaległy o ${plDays(days)} (termin ${due})`,
    unscheduled: (due?: string) => (due ? `nie zaplanowano — termin do ${due}` : 'nie zaplanowano'),
    untracked: 'brak cyklu QBR i QBR w danych',
  },
  next: {
    booked: (name: string, date: string, days: number) => `Następny QBR z **${name}** odbędzie się **${date}** (${plIn(days)}).`,
    overdue: (name: string, days: number, due: string) => `Żaden QBR z **${name}** nie jest zaplanowany, a jest zaległy o ${plDays(days)} (termin ${due}).`,
    unscheduled: (name: string, due: string | undefined, cadence: number) =>
      `Żaden QBR z **${name}** nie jest jeszcze zaplanowany${due ? `; następny wypada do ${due} (co ${plMonths(cadence)})` : ''}.`,
    untracked: (name: string, id: string) => `${name} nie ma cyklu QBR ani żadnego QBR w danych, więc ich nie śledzę. \`/qbr-prep ${id} cykl 3\` to zmieni.`,
    last: (date: string) => `Ostatni odbył się ${date}.`,
    cancelled: (date: string) => `QBR z dnia ${date} został odwołany.`,
  },
  upcomingTitle: (period: UpcomingPeriod, range: string) => `QBR ${plUpcoming[period]} (${range})`,
  noneUpcoming: (period: UpcomingPeriod, range: string) => `Żaden QBR nie jest zaplanowany ${plNone[period]} (${range}).`,
  nearestBooked: 'Najbliższe zaplanowane potem',
  noneOverdue: 'Żaden z Twoich klientów nie ma zaległego QBR.',
  noneUnbooked: 'Każdy Twój klient z ustalonym rytmem QBR ma zaplanowany następny QBR.',
  unbookedTitle: (n: number) => `Bez zaplanowanego QBR: ${plural(n, 'pl', { one: '# klient', few: '# klientów', many: '# klientów', other: '# klienta' })}`,
  untrackedCount: (n: number) => `${plural(n, 'pl', { one: '# klient nie ma', few: '# klientów nie ma', many: '# klientów nie ma', other: '# klienta nie ma' })} rytmu QBR ani żadnego QBR w danych, więc ich QBR nie są śledzone.`,
  overdueTitle: (n: number) => `Zaległy QBR: ${plural(n, 'pl', { one: '# klient', few: '# klientów', many: '# klientów', other: '# klienta' })}`,
  overdueBy: (days: number, due: string) => `zaległy o ${plDays(days)} (termin ${due})`,
  lastOn: (date: string) => `ostatni ${date}`,
  bookedFor: (date: string) => `zaplanowany na ${date}`,
  notBooked: 'nie zaplanowano',
  briefFor: (name: string) => `Materiał: ${name}`,
  prepareBrief: 'Przygotuj materiał',
  exportMarkdown: 'Eksportuj do Markdown',
  markdownReady: (name: string) => `Materiał na QBR z ${name} w formacie Markdown:`,
  reminder: {
    title: (name: string, lead: number, date: string) => `QBR z ${name} ${lead === 0 ? 'dziś' : lead === 1 ? 'jutro' : `za ${plDays(lead)}`} — ${date}`,
    onTheTeam: (owner: string) => `Jesteś w zespole klienta; opiekunem jest ${owner}.`,
    checklistIntro: 'Dwa tygodnie to czas na solidne przygotowanie: QBR dotyczy biznesu klienta, a nie listy zamówień.',
    checklistTitle: 'Lista przygotowań',
    checklist: [
      'Potwierdź datę, godzinę i miejsce; wyślij zaproszenie ze wstępną agendą',
      'Zaproś decydenta i orędownika; uzupełnij luki w kontaktach',
      'Przejrzyj wyniki od ostatniego QBR: przychód, dostawy, eskalacje i ich rozwiązanie',
      'Zbierz informacje o kliencie: cele, plany, zmiany na rynku i w zespole',
      'Sprawdź otwarte punkty planu konta i to, czego plan jeszcze nie wie',
      'Przygotuj pytania i propozycje: nowe potrzeby, wspólne inicjatywy, kolejne kroki z właścicielami',
      'Poznaj nowości w naszym produkcie i usługach, które mają dla nich znaczenie',
    ],
    tip: (lead: number) => lead <= 1 ? 'Zabierz materiał, bądź punktualnie i wyjdź z uzgodnionymi krokami, właścicielami i terminami.' : 'Wyślij agendę i potwierdź uczestników; sprawdź w materiale luki do uzupełnienia przed spotkaniem.',
  },
  nudge: {
    title: (name: string) => `${name}: QBR nie jest zaplanowany`,
    overdue: (days: number, due: string, last?: string) => `QBR jest zaległy o ${plDays(days)}: termin minął ${due}${last ? ` (ostatni odbył się ${last})` : ''}. Zaległy QBR to sygnał ryzyka; zaplanuj go wkrótce.`,
    unscheduled: (due: string | undefined, last: string | undefined, cadence: number) =>
      `Nic nie jest jeszcze zaplanowane${due ? `; następny QBR wypada do ${due}` : ''} (co ${plMonths(cadence)}${last ? `, ostatni ${last}` : ''}).`,
    wasCancelled: (date: string) => `QBR z dnia ${date} został odwołany.`,
    howToBook: (id: string, name: string) => `Gdy termin będzie ustalony, napisz: \`/qbr-prep ${id} zaplanuj 2026-12-10\` albo „QBR z ${name} 10 grudnia”.`,
  },
  brief: briefPl,
};

/** In the catalogue under `qbr`: `t.qbr.…`. */
export const qbrMessages: Record<Locale, QbrMessages> = { en, pl };
