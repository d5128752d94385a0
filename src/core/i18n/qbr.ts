import { daysBetween } from '../dates.js';
import type { Locale } from '../model.js';
import type { QbrCalendar } from '../qbr/calendar.js';
import type { UpcomingPeriod } from '../qbr/answers.js';
import { formatDate, plural } from './format.js';

const enDays = (n: number) => plural(n, 'en', { one: '# day', other: '# days' });
const enMonths = (n: number) => plural(n, 'en', { one: '# month', other: '# months' });
const plDays = (n: number) => plural(n, 'pl', { one: '# dzień', few: '# dni', many: '# dni', other: '# dnia' });
const plMonths = (n: number) => plural(n, 'pl', { one: '# miesiąc', few: '# miesiące', many: '# miesięcy', other: '# miesiąca' });
const enIn = (n: number) => (n === 0 ? 'today' : n === 1 ? 'tomorrow' : n > 0 ? `in ${enDays(n)}` : `${enDays(-n)} ago`);
const plIn = (n: number) => (n === 0 ? 'dziś' : n === 1 ? 'jutro' : n > 0 ? `za ${plDays(n)}` : `${plDays(-n)} temu`);
const hook = (h: string | undefined) => (h ? `: ${h}` : '');

/** Strings of QBRs: the calendar, reminders and nudges, answers, and the /qbr-prep brief. */
const en = {
  helpCommand: '`/qbr-prep <account>` — a QBR brief to bring to the meeting; add `schedule <date>`, `cancel`, `cadence <months>` or `md` (Markdown)',
  helpExamples: ['/qbr-prep globex', 'when is the next QBR with Globex?', 'which accounts are overdue for a QBR?'],
  usage: 'Tell me which account, e.g. `/qbr-prep globex`, `/qbr-prep globex schedule 2026-12-10`, `/qbr-prep globex cancel` or `/qbr-prep globex md`.',
  badDate: (text: string) => `I couldn't read "${text}" as a date. Try \`2026-12-10\`, "10 December" or "next Tuesday".`,
  datePassed: (date: string) => `${date} has already passed. Give me a date from today on.`,
  dateTooFar: (date: string) => `${date} is more than two years away; is that right? Give me a date within two years.`,
  alreadyBooked: (name: string, date: string) => `The QBR with ${name} is already booked for ${date}. Nothing changed; its reminders stay as they are.`,
  booked: (name: string, date: string, days: number, previous?: string) =>
    `Booked: the QBR with **${name}** is on **${date}** (${enIn(days)})${previous ? `, moved from ${previous}` : ''}.`,
  remindersFollow: 'Reminders follow this date; the import will not overwrite it unless a newer import gives a different date.',
  nothingToCancel: (name: string) => `No QBR with ${name} is booked, so there is nothing to cancel.`,
  cancelled: (name: string, date: string, owner: string) =>
    `Cancelled the QBR with **${name}** on ${date}. Its reminders are off; ${owner} gets a weekly nudge until a new date is set.`,
  badCadence: (max: number) => `Give the cadence as a number of months from 1 to ${max}, e.g. \`/qbr-prep globex cadence 3\`.`,
  cadenceSet: (name: string, months: number, due?: string, passed = false) =>
    `QBRs with ${name} are now every ${enMonths(months)}${due ? (passed ? `; by that, one was due by ${due}` : `; the next is due by ${due}`) : ''}.`,
  setInChat: (by: string) => `set in chat by ${by}`,
  defaultCadenceSource: 'default cadence: quarterly',
  inDays: enIn,
  statusLine: (c: QbrCalendar, locale: Locale = 'en') => {
    const due = c.due ? formatDate(c.due.date, locale) : '';
    if (c.next) return `${formatDate(c.next.date, locale)} (${enIn(daysBetween(c.today, c.next.date))})${c.overdueDays ? ` — booked late, due ${due}` : ''}`;
    if (c.status === 'overdue') return `not booked — overdue by ${enDays(c.overdueDays)} (due ${due})`;
    if (c.status === 'unscheduled') return due ? `not booked — due by ${due}` : 'not booked';
    return 'no QBR cadence or QBR on record';
  },
  nextAnswer: (name: string, c: QbrCalendar, locale: Locale = 'en') => {
    const last = c.last ? ` The last one was on ${formatDate(c.last.date, locale)}.` : '';
    const cancelled = c.cancelled ? ` The one on ${formatDate(c.cancelled.date, locale)} was cancelled.` : '';
    const due = c.due ? formatDate(c.due.date, locale) : '';
    if (c.next) return `The next QBR with **${name}** is on **${formatDate(c.next.date, locale)}** (${enIn(daysBetween(c.today, c.next.date))}).${last}`;
    if (c.status === 'overdue') return `No QBR with **${name}** is booked, and one is overdue by ${enDays(c.overdueDays)} (due ${due}).${last}${cancelled}`;
    if (c.status === 'unscheduled') return `No QBR with **${name}** is booked yet${due ? `; the next is due by ${due} (every ${enMonths(c.cadenceMonths ?? 3)})` : ''}.${last}${cancelled}`;
    return `${name} has no QBR cadence and no QBR on record, so I don't track its QBRs. \`/qbr-prep ${c.accountId} cadence 3\` starts.`;
  },
  upcomingTitle: (period: UpcomingPeriod, range: string) =>
    `QBRs ${period === 'this_month' ? 'coming up this month' : period === 'next_month' ? 'next month' : 'in the next 30 days'} (${range})`,
  noneUpcoming: (period: UpcomingPeriod, range: string) =>
    `No QBR is booked ${period === 'this_month' ? 'for the rest of this month' : period === 'next_month' ? 'for next month' : 'in the next 30 days'} (${range}).`,
  nearestBooked: 'The nearest booked after that',
  noneOverdue: 'None of your accounts is overdue for a QBR.',
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
    tip: (lead: number): string =>
      lead <= 1 ? 'Bring the brief, be on time, and leave with agreed next steps, owners and dates.' : 'Send the agenda and confirm who attends; check the brief for gaps to close before the day.',
  },
  nudge: {
    title: (name: string) => `${name}: no QBR booked`,
    overdue: (days: number, due: string, last?: string) => `The QBR is overdue by ${enDays(days)}: it was due ${due}${last ? ` (the last one was on ${last})` : ''}. An overdue QBR is a risk signal; book one soon.`,
    unscheduled: (due: string | undefined, last: string | undefined, cadence: number) =>
      `Nothing is booked yet${due ? `; the next QBR is due by ${due}` : ''} (every ${enMonths(cadence)}${last ? `, last on ${last}` : ''}).`,
    wasCancelled: (date: string) => `The QBR on ${date} was cancelled.`,
    howToBook: (id: string, name: string) => `Once it is booked, tell me: \`/qbr-prep ${id} schedule 2026-12-10\` or "${name} QBR is on 10 December".`,
  },
  brief: {
    title: (name: string) => `QBR brief — ${name}`,
    preparedOn: (date: string, who: string | undefined, status: string) => `Prepared ${date}${who ? ` for ${who}` : ''} · next QBR: ${status}`,
    snapshot: 'Snapshot',
    notOnRecord: 'not on record',
    noneOnRecord: 'none on record',
    revenueSinceLastQbr: (date: string) => `Revenue since the last QBR (${date})`,
    revenueSinceDays: (days: number) => `Revenue, last ${enDays(days)}`,
    trendVsBefore: (pct: string) => `${pct} on the same length of time before`,
    noRevenue: 'no orders in this period',
    sinceLastQbrDelta: (delta: string) => `${delta} since the last QBR`,
    whatMovedHealth: (date: string) => `What moved health since the last QBR (${date})`,
    whatWeighsOnHealth: 'What weighs on health',
    healthSteady: 'No signal moved by a point or more.',
    healthSource: 'health score from transactions, contacts and activities',
    resultsSinceLastQbr: (date: string) => `Results since the last QBR (${date})`,
    resultsSinceDays: (days: number) => `Results of the last ${enDays(days)} (no QBR on record)`,
    revenueByMonth: 'Revenue by month',
    noOrders: 'no orders',
    noRevenueSince: (date: string) => `No orders on record since ${date}.`,
    activities: (n: number) => `Activities (${n})`,
    noActivitySince: (date: string) => `No activities on record since ${date}.`,
    escalations: 'Escalations and complaints',
    noEscalationsSince: (date: string) => `None on record since ${date}.`,
    escalationCount: (n: number) => plural(n, 'en', { one: '# escalation or complaint', other: '# escalations and complaints' }),
    nothingImported: 'no transactions or activities imported for this account',
    planStatus: 'Plan status and open items',
    noPlan: (name: string, id: string, total: number) => `No account plan answers for ${name} yet (${total} questions apply). \`/account-plan ${id}\` starts one.`,
    planCounts: (answered: number, total: number, pct: number, unknown: number, skipped: number) =>
      `Account plan: ${answered} of ${total} questions answered (${pct}%)${unknown ? ` · ${unknown} marked "don't know"` : ''}${skipped ? ` · ${skipped} skipped` : ''}.`,
    openItems: 'Open items',
    noOpenItems: 'No open items.',
    noOwner: 'no owner yet',
    dueOn: (date: string) => `due ${date}`,
    planSource: (authors: string) => `account plan, answers by ${authors}`,
    planNoAnswersSource: 'account plan: no answers stored',
    stakeholders: 'Stakeholders to invite',
    noContacts: (name: string) => `No contacts on record for ${name}: ask the owner who decides, who champions us and who uses what we sell, and invite them.`,
    invite: 'Invite',
    nobodyLeft: 'Every known contact has left the company.',
    neverMet: 'no contact on record',
    notMetSince: (since: string, last: string) => `not met since the last QBR (${since}); last contact ${last}`,
    gaps: 'Gaps',
    roleMissing: (role: string) => `No ${role} on record: find one before the meeting.`,
    roleLeft: (role: string, name: string) => `No ${role}: ${name} left the company and nobody has taken the role.`,
    unmet: (names: string, since: string) => `Not met since ${since}: ${names}.`,
    singleThreaded: (name: string) => `Single-threaded: ${name} is the only contact. Ask to meet others.`,
    noGaps: 'None: a decision maker and a champion are in place, and everyone has been met since the last QBR.',
    risks: 'Risks and competitor notes',
    riskSignals: 'Risks',
    noRiskSignals: 'No health signal below par.',
    renewalSoon: (date: string, days: number) => `Renewal on ${date}, in ${enDays(days)}.`,
    competitorNotes: 'Competitor notes',
    noCompetitorNotes: 'No competitor notes on record.',
    noRisks: 'No risks or competitor notes on record: no health signal below par, no renewal within four months, and no notes about competitors.',
    planCompetitorsSource: 'account plan › competitors',
    agendaTitle: 'Suggested agenda',
    agenda: {
      results: (since: string, sinceLastQbr: boolean, h: string) => `Results and actions ${sinceLastQbr ? `since the last QBR (${since})` : 'of the last months'}${hook(h)}`,
      goals: (h?: string) => `The customer’s goals and plans${h ? hook(h) : ' — ask; the plan doesn’t record them yet'}`,
      needs: (h?: string) => `New needs${h ? hook(h) : ' — what they need that we do not serve yet'}`,
      threats: (h: string) => `Potential threats${h ? hook(h) : ' — none flagged by the data; ask what worries them'}`,
      joint: (h?: string) => `Joint initiatives and next steps${h ? hook(h) : ' — agree owners and dates'}`,
    },
    renewalOn: (date: string) => `renewal on ${date}`,
    questionsTitle: (n: number) => (n === 5 ? 'Five questions worth asking' : `Questions worth asking (${n})`),
    noOpenQuestions: 'The account plan has no open question to bring: every question for this account is answered or skipped.',
    questionsSource: (locale: string) => `account plan questions the plan hasn’t answered (prompts/account-plan.${locale}.yaml)`,
  },
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
  booked: (name: string, date: string, days: number, previous?: string) =>
    `Zaplanowane: QBR z **${name}** odbędzie się **${date}** (${plIn(days)})${previous ? `, przeniesiony z ${previous}` : ''}.`,
  remindersFollow: 'Przypomnienia pójdą za tą datą; import jej nie nadpisze, chyba że nowszy import poda inną datę.',
  nothingToCancel: (name: string) => `Żaden QBR z ${name} nie jest zaplanowany, więc nie ma czego odwołać.`,
  cancelled: (name: string, date: string, owner: string) =>
    `Odwołano QBR z **${name}** z dnia ${date}. Przypomnienia wyłączone; ${owner} dostanie cotygodniowe przypomnienie, dopóki nie zostanie ustalona nowa data.`,
  badCadence: (max: number) => `Podaj cykl jako liczbę miesięcy od 1 do ${max}, np. \`/qbr-prep globex cykl 3\`.`,
  cadenceSet: (name: string, months: number, due?: string, passed = false) =>
    `QBR z ${name} odbywają się teraz co ${plMonths(months)}${due ? (passed ? `; według tego cyklu termin minął ${due}` : `; następny wypada do ${due}`) : ''}.`,
  setInChat: (by: string) => `ustawione na czacie przez ${by}`,
  defaultCadenceSource: 'domyślny cykl: co kwartał',
  inDays: plIn,
  statusLine: (c: QbrCalendar, locale: Locale = 'pl') => {
    const due = c.due ? formatDate(c.due.date, locale) : '';
    if (c.next) return `${formatDate(c.next.date, locale)} (${plIn(daysBetween(c.today, c.next.date))})${c.overdueDays ? ` — z opóźnieniem, termin był ${due}` : ''}`;
    if (c.status === 'overdue') return `nie zaplanowano — zaległy o ${plDays(c.overdueDays)} (termin ${due})`;
    if (c.status === 'unscheduled') return due ? `nie zaplanowano — termin do ${due}` : 'nie zaplanowano';
    return 'brak cyklu QBR i QBR w danych';
  },
  nextAnswer: (name: string, c: QbrCalendar, locale: Locale = 'pl') => {
    const last = c.last ? ` Ostatni odbył się ${formatDate(c.last.date, locale)}.` : '';
    const cancelled = c.cancelled ? ` QBR z dnia ${formatDate(c.cancelled.date, locale)} został odwołany.` : '';
    const due = c.due ? formatDate(c.due.date, locale) : '';
    if (c.next) return `Następny QBR z **${name}** odbędzie się **${formatDate(c.next.date, locale)}** (${plIn(daysBetween(c.today, c.next.date))}).${last}`;
    if (c.status === 'overdue') return `Żaden QBR z **${name}** nie jest zaplanowany, a jest zaległy o ${plDays(c.overdueDays)} (termin ${due}).${last}${cancelled}`;
    if (c.status === 'unscheduled') return `Żaden QBR z **${name}** nie jest jeszcze zaplanowany${due ? `; następny wypada do ${due} (co ${plMonths(c.cadenceMonths ?? 3)})` : ''}.${last}${cancelled}`;
    return `${name} nie ma cyklu QBR ani żadnego QBR w danych, więc ich nie śledzę. \`/qbr-prep ${c.accountId} cykl 3\` to zmieni.`;
  },
  upcomingTitle: (period: UpcomingPeriod, range: string) =>
    `QBR ${period === 'this_month' ? 'w tym miesiącu' : period === 'next_month' ? 'w przyszłym miesiącu' : 'w ciągu 30 dni'} (${range})`,
  noneUpcoming: (period: UpcomingPeriod, range: string) =>
    `Żaden QBR nie jest zaplanowany ${period === 'this_month' ? 'do końca tego miesiąca' : period === 'next_month' ? 'na przyszły miesiąc' : 'w ciągu 30 dni'} (${range}).`,
  nearestBooked: 'Najbliższe zaplanowane potem',
  noneOverdue: 'Żaden z Twoich klientów nie ma zaległego QBR.',
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
    tip: (lead: number) =>
      lead <= 1 ? 'Zabierz materiał, bądź punktualnie i wyjdź z uzgodnionymi krokami, właścicielami i terminami.' : 'Wyślij agendę i potwierdź uczestników; sprawdź w materiale luki do uzupełnienia przed spotkaniem.',
  },
  nudge: {
    title: (name: string) => `${name}: QBR nie jest zaplanowany`,
    overdue: (days: number, due: string, last?: string) => `QBR jest zaległy o ${plDays(days)}: termin minął ${due}${last ? ` (ostatni odbył się ${last})` : ''}. Zaległy QBR to sygnał ryzyka; zaplanuj go wkrótce.`,
    unscheduled: (due: string | undefined, last: string | undefined, cadence: number) =>
      `Nic nie jest jeszcze zaplanowane${due ? `; następny QBR wypada do ${due}` : ''} (co ${plMonths(cadence)}${last ? `, ostatni ${last}` : ''}).`,
    wasCancelled: (date: string) => `QBR z dnia ${date} został odwołany.`,
    howToBook: (id: string, name: string) => `Gdy termin będzie ustalony, napisz: \`/qbr-prep ${id} zaplanuj 2026-12-10\` albo „QBR z ${name} 10 grudnia”.`,
  },
  brief: {
    title: (name: string) => `Materiał na QBR — ${name}`,
    preparedOn: (date: string, who: string | undefined, status: string) => `Przygotowano ${date}${who ? ` dla: ${who}` : ''} · następny QBR: ${status}`,
    snapshot: 'W skrócie',
    notOnRecord: 'brak w danych',
    noneOnRecord: 'brak w danych',
    revenueSinceLastQbr: (date: string) => `Przychód od ostatniego QBR (${date})`,
    revenueSinceDays: (days: number) => `Przychód, ostatnie ${plDays(days)}`,
    trendVsBefore: (pct: string) => `${pct} wobec tak samo długiego okresu wcześniej`,
    noRevenue: 'brak zamówień w tym okresie',
    sinceLastQbrDelta: (delta: string) => `${delta} od ostatniego QBR`,
    whatMovedHealth: (date: string) => `Co zmieniło kondycję od ostatniego QBR (${date})`,
    whatWeighsOnHealth: 'Co obniża kondycję',
    healthSteady: 'Żaden sygnał nie zmienił się o punkt lub więcej.',
    healthSource: 'ocena kondycji z transakcji, kontaktów i działań',
    resultsSinceLastQbr: (date: string) => `Wyniki od ostatniego QBR (${date})`,
    resultsSinceDays: (days: number) => `Wyniki z ostatnich ${plDays(days)} (brak QBR w danych)`,
    revenueByMonth: 'Przychód według miesięcy',
    noOrders: 'brak zamówień',
    noRevenueSince: (date: string) => `Brak zamówień w danych od ${date}.`,
    activities: (n: number) => `Działania (${n})`,
    noActivitySince: (date: string) => `Brak działań w danych od ${date}.`,
    escalations: 'Eskalacje i reklamacje',
    noEscalationsSince: (date: string) => `Brak w danych od ${date}.`,
    escalationCount: (n: number) => plural(n, 'pl', { one: '# eskalacja lub reklamacja', few: '# eskalacje i reklamacje', many: '# eskalacji i reklamacji', other: '# eskalacji i reklamacji' }),
    nothingImported: 'brak zaimportowanych transakcji i działań tego klienta',
    planStatus: 'Stan planu i otwarte punkty',
    noPlan: (name: string, id: string, total: number) => `Plan konta ${name} nie ma jeszcze odpowiedzi (dotyczy go ${total} pytań). \`/account-plan ${id}\` go rozpocznie.`,
    planCounts: (answered: number, total: number, pct: number, unknown: number, skipped: number) =>
      `Plan konta: odpowiedzi na ${answered} z ${total} pytań (${pct}%)${unknown ? ` · „nie wiem”: ${unknown}` : ''}${skipped ? ` · pominięte: ${skipped}` : ''}.`,
    openItems: 'Otwarte punkty',
    noOpenItems: 'Brak otwartych punktów.',
    noOwner: 'bez właściciela',
    dueOn: (date: string) => `termin ${date}`,
    planSource: (authors: string) => `plan konta, odpowiedzi: ${authors}`,
    planNoAnswersSource: 'plan konta: brak zapisanych odpowiedzi',
    stakeholders: 'Kogo zaprosić',
    noContacts: (name: string) => `Brak kontaktów ${name} w danych: ustal z opiekunem, kto decyduje, kto nas wspiera i kto korzysta z naszych usług, i zaproś ich.`,
    invite: 'Zaproś',
    nobodyLeft: 'Wszystkie znane kontakty odeszły z firmy.',
    neverMet: 'brak kontaktu w danych',
    notMetSince: (since: string, last: string) => `bez spotkania od ostatniego QBR (${since}); ostatni kontakt ${last}`,
    gaps: 'Luki',
    roleMissing: (role: string) => `Brak roli „${role}” w danych: znajdź tę osobę przed spotkaniem.`,
    roleLeft: (role: string, name: string) => `Brak roli „${role}”: ${name} odszedł z firmy i nikt nie przejął tej roli.`,
    unmet: (names: string, since: string) => `Bez spotkania od ${since}: ${names}.`,
    singleThreaded: (name: string) => `Jeden kontakt: ${name} to jedyna znana osoba. Poproś o spotkanie z innymi.`,
    noGaps: 'Brak: jest decydent i orędownik, a ze wszystkimi był kontakt od ostatniego QBR.',
    risks: 'Ryzyka i konkurencja',
    riskSignals: 'Ryzyka',
    noRiskSignals: 'Żaden sygnał kondycji nie jest poniżej normy.',
    renewalSoon: (date: string, days: number) => `Odnowienie ${date}, za ${plDays(days)}.`,
    competitorNotes: 'Notatki o konkurencji',
    noCompetitorNotes: 'Brak notatek o konkurencji w danych.',
    noRisks: 'Brak ryzyk i notatek o konkurencji w danych: żaden sygnał kondycji nie jest poniżej normy, odnowienie nie wypada w ciągu czterech miesięcy, brak wzmianek o konkurencji.',
    planCompetitorsSource: 'plan konta › konkurencja',
    agendaTitle: 'Proponowana agenda',
    agenda: {
      results: (since: string, sinceLastQbr: boolean, h: string) => `Wyniki i działania ${sinceLastQbr ? `od ostatniego QBR (${since})` : 'z ostatnich miesięcy'}${hook(h)}`,
      goals: (h?: string) => `Cele i plany klienta${h ? hook(h) : ' — zapytaj; plan ich jeszcze nie zawiera'}`,
      needs: (h?: string) => `Nowe potrzeby${h ? hook(h) : ' — czego potrzebują, a czego jeszcze nie dostarczamy'}`,
      threats: (h: string) => `Potencjalne zagrożenia${h ? hook(h) : ' — dane nic nie wskazują; zapytaj, co ich niepokoi'}`,
      joint: (h?: string) => `Wspólne inicjatywy i kolejne kroki${h ? hook(h) : ' — ustal właścicieli i terminy'}`,
    },
    renewalOn: (date: string) => `odnowienie ${date}`,
    questionsTitle: (n: number) => (n === 5 ? 'Pięć pytań, które warto zadać' : `Pytania, które warto zadać (${n})`),
    noOpenQuestions: 'Plan konta nie ma otwartych pytań: na wszystkie pytania dla tego klienta jest odpowiedź lub zostały pominięte.',
    questionsSource: (locale: string) => `pytania planu konta bez odpowiedzi (prompts/account-plan.${locale}.yaml)`,
  },
};

/** In the catalogue under `qbr`: `t.qbr.…`. */
export const qbrMessages: Record<Locale, QbrMessages> = { en, pl };
