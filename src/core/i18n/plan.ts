import type { Attitude, Locale } from '../model.js';
import type { AnswerType } from '../plan/questions.js';
import type { AnswerProblem } from '../plan/values.js';
import { plural } from './format.js';

/** Strings of the account plan: the walk-through, its summary and exports, and answers from the plan. */
const en = {
  helpCommand: '`/account-plan <account>` — build or refresh the account plan, one question at a time (skip, back, pause, status, done); `/account-plan <account> export` for the file',
  helpExamples: ["let's work on the Globex plan", 'how complete is the Acme plan?', "who are Globex's competitors?"],
  usage: 'Tell me which account, e.g. `/account-plan globex`.',
  whichAccount: 'Which account\'s plan? E.g. "how complete is the Globex plan?"',
  welcome: (account: string, count: number, tier: string) =>
    `Let's build the **${account}** account plan: ${count} questions for a ${tier.toLowerCase()} account, one at a time. Answer in your own words, or say **skip**, **don't know**, **back**, **pause**, **status**, **done** or "go to competitors". Stop whenever you like — I'll pick up at the same question, in any channel.`,
  welcomeBack: (account: string, at: number, total: number) => `Welcome back to the **${account}** plan — we were at question ${at} of ${total}.`,
  reviewFirst: (n: number, days: number) =>
    `First, ${plural(n, 'en', { one: '# answer is', other: '# answers are' })} more than ${days} days old. Say **keep** if still right, or type what has changed.`,
  progress: (position: number, total: number, category: string) => `${position}/${total} · ${category}`,
  reviewing: 'review',
  questionGone: 'That question is no longer in the plan; moving on.',
  stillRight: (value: string, author: string) => `Current answer (${author}): **${value}**. Still right?`,
  currentAnswer: (value: string, author: string) => `Current answer (${author}): ${value}`,
  crmSays: (value: string, from: string) => `The CRM says: ${value} (${from}). Say **keep** to use it.`,
  hints: {
    text: () => 'A few words are enough.',
    long_text: () => 'Write as much as you like, in one message.',
    number: () => 'A number, e.g. 12.',
    money: (currency: string) => `An amount, e.g. 250k, €1.2m or 1,2 mln zł (without a currency: ${currency}).`,
    percent: () => 'A percentage, e.g. 25%.',
    date: () => "A date, e.g. 2027-03-31 or 'end of March'.",
    single_choice: () => 'Pick one: its number or its name.',
    multiple_choice: () => "Pick one, or type several: numbers or names, e.g. '1, 3'; 'all' or 'none'.",
    people: () => 'Name, title, role, attitude; people separated by ";", e.g. "Jan Kowalski, CFO, decision maker, supporter; Ewa Nowak, CTO".',
    scale: () => 'From 1 (low) to 5 (high).',
    yes_no: () => 'Yes or no; add a comment after a comma if you like.',
  } satisfies Record<AnswerType, (currency: string) => string> as Record<AnswerType, (currency: string) => string>,
  typedCommands: "Or type: skip · don't know · back · pause · status · done · go to <category>",
  problems: (p: AnswerProblem): string => {
    switch (p.kind) {
      case 'empty': return 'I need a few words here — or say skip.';
      case 'not_number': return "That doesn't look like a number — try e.g. 12 or -30.";
      case 'not_money': return "That doesn't look like an amount — try 250k, €1.2m or 1,2 mln zł.";
      case 'not_percent': return "That doesn't look like a percentage — try 25% or -5%.";
      case 'not_date': return "That doesn't look like a date — try 2027-03-31 or 'end of March'.";
      case 'not_yes_no': return 'Please answer yes or no (a comment after a comma is welcome).';
      case 'out_of_range': return p.max >= 1e15 ? 'The amount cannot be negative.' : `That's outside what fits here: from ${p.min} to ${p.max}.`;
      case 'no_such_choice': return `I couldn't match "${p.piece}" to any of the choices — type its number or part of its name.`;
      case 'one_choice_only': return 'Pick just one choice here.';
      case 'no_people': return 'Give at least one name, e.g. "Jan Kowalski, CFO, decision maker, supporter; Ewa Nowak, CTO".';
    }
  },
  saved: (value: string) => `Saved: ${value}`,
  replacedOther: (author: string) => `It replaces the answer by ${author}, which stays in the history.`,
  answeredMeanwhile: (author: string) => `That question was answered meanwhile (${author}); moving on.`,
  skipped: 'Skipped.',
  notedUnknown: "Noted as unknown — it goes on the open-items list, where it can get an owner and a due date.",
  kept: 'Kept as it is.',
  nothingToKeep: 'There is no answer to keep yet — type one, or say skip.',
  noBack: 'This is the first question of this session — there is nothing to go back to.',
  staleButton: 'That button belongs to an earlier question. Here is where we are now:',
  walkHelp: "Answer in your own words. You can also say: **skip** · **don't know** (it becomes an open item) · **keep** (an old answer) · **back** · **pause** · **status** · **done** · \"go to <category>\" · **export**.",
  buttons: {
    keep: 'Keep', skip: 'Skip', unknown: "Don't know", back: 'Back', pause: 'Pause', status: 'Status', done: 'Done', resume: 'Continue',
    exportMarkdown: 'Export (Markdown)', exportJson: 'Export (JSON)', continuePlan: 'Work on the plan', fillIn: 'Fill it in',
  },
  yes: 'Yes',
  no: 'No',
  noneChosen: 'none',
  nobody: 'nobody',
  statusSkipped: 'skipped',
  statusUnknown: "don't know",
  attitudes: { mentor: 'mentor', supporter: 'supporter', neutral: 'neutral', non_supporter: 'non-supporter', enemy: 'enemy' } satisfies Record<Attitude, string> as Record<Attitude, string>,
  answeredOf: (n: number, total: number) => `${n}/${total} answered`,
  skippedCount: (n: number) => `${n} skipped`,
  unknownCount: (n: number) => `${n} don't know`,
  overall: (answered: number, total: number, pct: string, skipped: number, unknown: number) =>
    `${answered} of ${total} questions answered (${pct})${skipped ? ` · ${skipped} skipped` : ''}${unknown ? ` · ${unknown} don't know` : ''}.`,
  statusTitle: (account: string) => `${account} — plan status`,
  nowAt: (progress: string) => `Now at ${progress}. Type your answer, or press Continue to see the question again.`,
  jumpHint: 'Jump to a category with its button, or type e.g. "go to competitors".',
  summaryTitle: (account: string) => `${account} — account plan summary`,
  openItemsTitle: 'Open items',
  ownerDue: (owner: string, due: string) => `${owner}, due ${due}`,
  noOwnerYet: 'no owner yet',
  openItemProgress: (i: number, n: number) => `Open item ${i}/${n}`,
  assignPrompt: 'Who finds this out, and by when? E.g. "owner anna, due 2026-12-15" — or say skip.',
  assignHelp: 'Tell me the owner and the due date, e.g. "owner anna, due 2026-12-15" or "me, end of January".',
  ownerUnknown: (name: string) => `I don't know anyone called "${name}" — use their e-mail or first name.`,
  ownerAmbiguous: (name: string, names: string[]) => `"${name}" could be ${names.join(' or ')} — which one?`,
  dueMissing: 'And by when? E.g. "owner anna, due 2026-12-15".',
  dueInPast: 'That date has passed — pick a due date from today on.',
  assigned: (owner: string, due: string) => `${owner} finds it out by ${due}.`,
  assignedNoAccess: (owner: string, account: string) =>
    `${owner} does not cover ${account} in Acre, so Acre will not remind them of it: tell them yourself, or add them to the account team (team_emails in accounts.csv).`,
  finished: (account: string, id: string) => `The ${account} plan is saved. Export it with the buttons below, or run \`acre plan export ${id}\`.`,
  paused: (account: string, at: string, id: string) =>
    `Paused the ${account} plan${at ? ` at ${at}` : ''}. Everything so far is saved. Say **resume** or \`/account-plan ${id}\` when you want to carry on.`,
  noSuchCategory: (q: string) => `I don't know a category called "${q}". Pick one:`,
  categoryNotAsked: (q: string) => `"${q}" has no questions for this account's tier. Pick another:`,
  exportReady: (account: string, filename: string) => `The ${account} plan, as ${filename}.`,
  changesSince: (account: string, since: string) => `${account} plan — changes since your last visit (${since})`,
  changesLastDays: (account: string, days: number) => `${account} plan — changes in the last ${days} days`,
  noChanges: 'Nothing has changed.',
  was: (value: string) => `(was: ${value})`,
  sourceRef: (questionId: string, author: string) => `account plan › ${questionId} · ${author}`,
  lastChangeRef: (author: string) => `account plan · last change by ${author}`,
  completeness: (account: string, pct: string, answered: number, total: number, skipped: number, unknown: number) =>
    `The ${account} plan is ${pct} complete: ${answered} of ${total} questions answered${skipped ? `, ${skipped} skipped` : ''}${unknown ? `, ${unknown} marked don't know` : ''}.`,
  fromThePlan: (account: string, category: string) => `${account} — ${category}, from the account plan`,
  nothingOnCategory: (account: string, category: string) => `The ${account} plan has nothing on ${category.toLowerCase()} yet.`,
  moreToAsk: (n: number) => `${plural(n, 'en', { one: '# more question', other: '# more questions' })} in this category not answered yet.`,
  openItemsOf: (account: string) => `${account} plan — open items`,
  reminder: {
    title: (n: number, overdue: number) =>
      `${plural(n, 'en', { one: '# account-plan item', other: '# account-plan items' })} to find out${overdue ? ` — ${overdue} overdue` : ''}`,
    intro: 'You are the one finding these out for the account plan. Once you know, answer: the item closes and the reminders stop.',
    due: (daysLeft: number, date: string) =>
      daysLeft === 0 ? `due **today** (${date})`
        : daysLeft > 0 ? `due ${date} (${daysLeft === 1 ? 'tomorrow' : plural(daysLeft, 'en', { one: 'in # day', other: 'in # days' })})`
          : `was due ${date} — **overdue by ${plural(-daysLeft, 'en', { one: '# day', other: '# days' })}**`,
    assignedBy: (name: string) => `asked by ${name}`,
    answer: 'Answer now',
    more: (n: number) => `…and ${plural(n, 'en', { one: '# more item', other: '# more items' })}: \`/account-plan <account>\` shows each plan's open items.`,
    howTo: (commands: string) => `**Answer now** goes straight to the question; ${commands} opens the plan where you left it. Overdue items come back once a week until answered.`,
    opened: (account: string, due: string) => `The **${account}** plan, at your open item (due ${due}). Type the answer; **skip** leaves it open for later.`,
  },
  categoryWords: {
    our_team: ['our team', 'team', 'account team', 'us'],
    customer_team: ['customer team', 'people', 'customer people', 'stakeholders', 'decision makers', 'contacts'],
    trends: ['trends', 'market'],
    needs: ['needs', 'goals', 'pain points'],
    insights: ['insights', 'history', 'numbers'],
    competitors: ['competitors', 'competition', 'rivals'],
    value: ['value', 'offer', 'growth'],
    unknowns: ['unknowns', 'open questions', 'gaps', 'what we still need to know'],
  } as Record<string, string[]>,
  doc: {
    title: (account: string) => `Account plan: ${account}`,
    owner: (name: string) => `owner ${name}`,
    exported: (day: string) => `exported ${day}`,
    notYet: 'Not answered yet.',
    fromCrm: (from: string) => `taken from ${from}`,
    earlier: 'Earlier answers',
    noOpenItems: 'No open items.',
  },
};

export type PlanMessages = typeof en;

const pl: PlanMessages = {
  helpCommand: '`/account-plan <klient>` — plan klienta, pytanie po pytaniu (pomiń, wstecz, pauza, status, koniec); `/account-plan <klient> export` — plik',
  helpExamples: ['popracujmy nad planem Globex', 'jak kompletny jest plan Acme?', 'kto jest konkurencją Globex?'],
  usage: 'Podaj klienta, np. `/account-plan globex`.',
  whichAccount: 'Plan którego klienta? Np. „jak kompletny jest plan Globex?”',
  welcome: (account: string, count: number, tier: string) =>
    `Zbudujmy plan klienta **${account}**: ${plural(count, 'pl', { one: '# pytanie', few: '# pytania', many: '# pytań', other: '# pytania' })} dla klienta z segmentu „${tier.toLowerCase()}”, po jednym naraz. Odpowiadaj własnymi słowami albo napisz **pomiń**, **nie wiem**, **wstecz**, **pauza**, **status**, **koniec** lub „przejdź do konkurencji”. Przerwij, kiedy chcesz — wrócimy do tego samego pytania, na dowolnym kanale.`,
  welcomeBack: (account: string, at: number, total: number) => `Wracamy do planu **${account}** — byliśmy przy pytaniu ${at} z ${total}.`,
  reviewFirst: (n: number, days: number) =>
    `Najpierw ${plural(n, 'pl', { one: '# odpowiedź ma', few: '# odpowiedzi mają', many: '# odpowiedzi ma', other: '# odpowiedzi ma' })} ponad ${days} dni. Napisz **bez zmian**, jeśli nadal aktualne, albo wpisz, co się zmieniło.`,
  progress: (position: number, total: number, category: string) => `${position}/${total} · ${category}`,
  reviewing: 'przegląd',
  questionGone: 'Tego pytania nie ma już w planie; idziemy dalej.',
  stillRight: (value: string, author: string) => `Obecna odpowiedź (${author}): **${value}**. Nadal aktualna?`,
  currentAnswer: (value: string, author: string) => `Obecna odpowiedź (${author}): ${value}`,
  crmSays: (value: string, from: string) => `W CRM: ${value} (${from}). Napisz **bez zmian**, by to przyjąć.`,
  hints: {
    text: () => 'Wystarczy kilka słów.',
    long_text: () => 'Pisz, ile chcesz, w jednej wiadomości.',
    number: () => 'Liczba, np. 12.',
    money: (currency: string) => `Kwota, np. 250 tys., 1,2 mln zł albo €1.2m (bez waluty: ${currency}).`,
    percent: () => 'Procent, np. 25%.',
    date: () => 'Data, np. 2027-03-31 albo „koniec marca”.',
    single_choice: () => 'Wybierz jedną: numer albo nazwę.',
    multiple_choice: () => 'Wybierz jedną albo wpisz kilka: numery lub nazwy, np. „1, 3”; „wszystkie” albo „żadne”.',
    people: () => 'Imię i nazwisko, stanowisko, rola, nastawienie; osoby oddziel „;”, np. „Jan Kowalski, CFO, decydent, zwolennik; Ewa Nowak, CTO”.',
    scale: () => 'Od 1 (nisko) do 5 (wysoko).',
    yes_no: () => 'Tak albo nie; po przecinku możesz dodać komentarz.',
  },
  typedCommands: 'Albo napisz: pomiń · nie wiem · wstecz · pauza · status · koniec · przejdź do <kategorii>',
  problems: (p: AnswerProblem): string => {
    switch (p.kind) {
      case 'empty': return 'Potrzebuję tu kilku słów — albo napisz „pomiń”.';
      case 'not_number': return 'To nie wygląda na liczbę — spróbuj np. 12 albo -30.';
      case 'not_money': return 'To nie wygląda na kwotę — spróbuj 250 tys., 1,2 mln zł albo €1.2m.';
      case 'not_percent': return 'To nie wygląda na procent — spróbuj 25% albo -5%.';
      case 'not_date': return 'To nie wygląda na datę — spróbuj 2027-03-31 albo „koniec marca”.';
      case 'not_yes_no': return 'Odpowiedz tak albo nie (komentarz po przecinku mile widziany).';
      case 'out_of_range': return p.max >= 1e15 ? 'Kwota nie może być ujemna.' : `To poza zakresem: od ${p.min} do ${p.max}.`;
      case 'no_such_choice': return `Nie pasuje mi „${p.piece}” do żadnej z opcji — wpisz jej numer albo część nazwy.`;
      case 'one_choice_only': return 'Tu wybierz tylko jedną opcję.';
      case 'no_people': return 'Podaj przynajmniej jedno nazwisko, np. „Jan Kowalski, CFO, decydent, zwolennik; Ewa Nowak, CTO”.';
    }
  },
  saved: (value: string) => `Zapisane: ${value}`,
  replacedOther: (author: string) => `Zastępuje odpowiedź (${author}), która zostaje w historii.`,
  answeredMeanwhile: (author: string) => `Na to pytanie ktoś już odpowiedział (${author}); idziemy dalej.`,
  skipped: 'Pominięte.',
  notedUnknown: 'Zapisane jako niewiadoma — trafia na listę otwartych spraw, gdzie dostanie osobę i termin.',
  kept: 'Bez zmian.',
  nothingToKeep: 'Nie ma jeszcze odpowiedzi do zachowania — wpisz ją albo napisz „pomiń”.',
  noBack: 'To pierwsze pytanie w tej sesji — nie ma do czego wracać.',
  staleButton: 'Ten przycisk dotyczy wcześniejszego pytania. Oto, gdzie jesteśmy teraz:',
  walkHelp: 'Odpowiadaj własnymi słowami. Możesz też napisać: **pomiń** · **nie wiem** (trafi na listę otwartych spraw) · **bez zmian** (stara odpowiedź) · **wstecz** · **pauza** · **status** · **koniec** · „przejdź do <kategorii>” · **eksport**.',
  buttons: {
    keep: 'Bez zmian', skip: 'Pomiń', unknown: 'Nie wiem', back: 'Wstecz', pause: 'Pauza', status: 'Status', done: 'Koniec', resume: 'Dalej',
    exportMarkdown: 'Eksport (Markdown)', exportJson: 'Eksport (JSON)', continuePlan: 'Pracuj nad planem', fillIn: 'Uzupełnij',
  },
  yes: 'Tak',
  no: 'Nie',
  noneChosen: 'żadne',
  nobody: 'nikt',
  statusSkipped: 'pominięte',
  statusUnknown: 'nie wiadomo',
  attitudes: { mentor: 'mentor', supporter: 'zwolennik', neutral: 'neutralny', non_supporter: 'nieprzychylny', enemy: 'przeciwnik' },
  answeredOf: (n: number, total: number) => `${n}/${total} z odpowiedzią`,
  skippedCount: (n: number) => `${n} pominięte`,
  unknownCount: (n: number) => `${n} nie wiadomo`,
  overall: (answered: number, total: number, pct: string, skipped: number, unknown: number) =>
    `Odpowiedzi na ${answered} z ${total} pytań (${pct})${skipped ? ` · ${skipped} pominięte` : ''}${unknown ? ` · ${unknown} nie wiadomo` : ''}.`,
  statusTitle: (account: string) => `${account} — stan planu`,
  nowAt: (progress: string) => `Teraz: ${progress}. Wpisz odpowiedź albo naciśnij „Dalej”, by zobaczyć pytanie ponownie.`,
  jumpHint: 'Przejdź do kategorii jej przyciskiem albo napisz np. „przejdź do konkurencji”.',
  summaryTitle: (account: string) => `${account} — podsumowanie planu`,
  openItemsTitle: 'Otwarte sprawy',
  ownerDue: (owner: string, due: string) => `${owner}, termin ${due}`,
  noOwnerYet: 'jeszcze bez osoby',
  openItemProgress: (i: number, n: number) => `Otwarta sprawa ${i}/${n}`,
  assignPrompt: 'Kto to ustali i do kiedy? Np. „właściciel anna, termin 2026-12-15” — albo napisz „pomiń”.',
  assignHelp: 'Podaj osobę i termin, np. „właściciel anna, termin 2026-12-15” albo „ja, koniec stycznia”.',
  ownerUnknown: (name: string) => `Nie znam nikogo o imieniu „${name}” — podaj e-mail albo imię.`,
  ownerAmbiguous: (name: string, names: string[]) => `„${name}” to może być ${names.join(' albo ')} — kto?`,
  dueMissing: 'A do kiedy? Np. „właściciel anna, termin 2026-12-15”.',
  dueInPast: 'Ta data już minęła — wybierz termin od dziś.',
  assigned: (owner: string, due: string) => `${owner} ustali to do ${due}.`,
  assignedNoAccess: (owner: string, account: string) =>
    `${owner} nie obsługuje klienta ${account} w Acre, więc Acre nie będzie tej osobie o tym przypominać: przekaż jej to bezpośrednio albo dodaj ją do zespołu klienta (team_emails w accounts.csv).`,
  finished: (account: string, id: string) => `Plan ${account} jest zapisany. Wyeksportuj go przyciskami poniżej albo poleceniem \`acre plan export ${id}\`.`,
  paused: (account: string, at: string, id: string) =>
    `Wstrzymałem plan ${account}${at ? ` na ${at}` : ''}. Wszystko jest zapisane. Napisz **wznów** albo \`/account-plan ${id}\`, gdy zechcesz kontynuować.`,
  noSuchCategory: (q: string) => `Nie znam kategorii „${q}”. Wybierz jedną:`,
  categoryNotAsked: (q: string) => `„${q}” nie ma pytań dla segmentu tego klienta. Wybierz inną:`,
  exportReady: (account: string, filename: string) => `Plan ${account} jako ${filename}.`,
  changesSince: (account: string, since: string) => `Plan ${account} — zmiany od Twojej ostatniej wizyty (${since})`,
  changesLastDays: (account: string, days: number) => `Plan ${account} — zmiany w ostatnich ${days} dniach`,
  noChanges: 'Nic się nie zmieniło.',
  was: (value: string) => `(było: ${value})`,
  sourceRef: (questionId: string, author: string) => `plan klienta › ${questionId} · ${author}`,
  lastChangeRef: (author: string) => `plan klienta · ostatnia zmiana: ${author}`,
  completeness: (account: string, pct: string, answered: number, total: number, skipped: number, unknown: number) =>
    `Plan ${account} jest gotowy w ${pct}: odpowiedzi na ${answered} z ${total} pytań${skipped ? `, ${skipped} pominięte` : ''}${unknown ? `, ${unknown} jako „nie wiem”` : ''}.`,
  fromThePlan: (account: string, category: string) => `${account} — ${category}, z planu klienta`,
  nothingOnCategory: (account: string, category: string) => `Plan ${account} nie ma jeszcze nic w kategorii „${category}”.`,
  moreToAsk: (n: number) => `W tej kategorii ${plural(n, 'pl', { one: '# pytanie czeka', few: '# pytania czekają', many: '# pytań czeka', other: '# pytania czeka' })} na odpowiedź.`,
  openItemsOf: (account: string) => `Plan ${account} — otwarte sprawy`,
  reminder: {
    title: (n: number, overdue: number) =>
      `${plural(n, 'pl', { one: '# sprawa z planu klienta', few: '# sprawy z planów klientów', many: '# spraw z planów klientów', other: '# sprawy z planów klientów' })} do ustalenia${overdue ? ` — ${overdue} po terminie` : ''}`,
    intro: 'To Ty masz to ustalić do planu klienta. Gdy będziesz wiedzieć, odpowiedz: sprawa się zamknie, a przypomnienia ustaną.',
    due: (daysLeft: number, date: string) =>
      daysLeft === 0 ? `termin **dziś** (${date})`
        : daysLeft > 0 ? `termin ${date} (${daysLeft === 1 ? 'jutro' : `za ${plural(daysLeft, 'pl', { one: '# dzień', few: '# dni', many: '# dni', other: '# dnia' })}`})`
          : `termin minął ${date} — **${plural(-daysLeft, 'pl', { one: '# dzień', few: '# dni', many: '# dni', other: '# dnia' })} po terminie**`,
    assignedBy: (name: string) => `prośba od: ${name}`,
    answer: 'Odpowiedz',
    more: (n: number) => `…i ${plural(n, 'pl', { one: '# sprawa więcej', few: '# sprawy więcej', many: '# spraw więcej', other: '# sprawy więcej' })}: \`/account-plan <klient>\` pokazuje otwarte sprawy planu.`,
    howTo: (commands: string) => `**Odpowiedz** prowadzi prosto do pytania; ${commands} wznawia pracę nad planem. Sprawy po terminie wracają raz w tygodniu, aż będzie odpowiedź.`,
    opened: (account: string, due: string) => `Plan **${account}**, przy Twojej otwartej sprawie (termin ${due}). Wpisz odpowiedź; **pomiń** zostawia ją na później.`,
  },
  categoryWords: {
    our_team: ['nasz zespół', 'zespół', 'my'],
    customer_team: ['ludzie klienta', 'ludzie', 'decydenci', 'kontakty', 'interesariusze'],
    trends: ['trendy', 'rynek'],
    needs: ['potrzeby', 'cele', 'bolączki'],
    insights: ['co już wiemy', 'wiedza', 'historia', 'liczby'],
    competitors: ['konkurencja', 'konkurenci', 'rywale'],
    value: ['wartość', 'oferta', 'wzrost'],
    unknowns: ['czego nie wiemy', 'niewiadome', 'luki', 'otwarte pytania'],
  },
  doc: {
    title: (account: string) => `Plan klienta: ${account}`,
    owner: (name: string) => `opiekun ${name}`,
    exported: (day: string) => `eksport ${day}`,
    notYet: 'Jeszcze bez odpowiedzi.',
    fromCrm: (from: string) => `z ${from}`,
    earlier: 'Wcześniejsze odpowiedzi',
    noOpenItems: 'Brak otwartych spraw.',
  },
};

export const planMessages: Record<Locale, PlanMessages> = { en, pl };
