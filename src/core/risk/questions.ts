/**
 * The health questions Acre understands without a language model, in English and
 * Polish. Matched on normalised text (lower case, no diacritics, punctuation as spaces),
 * so "Dlaczego Wisła jest zagrożona?" and "dlaczego wisla jest zagrozona" read the same.
 */
import { normalize } from '../text.js';

export type HealthQuestion =
  /** `loose`: read from "<name> health", which only counts when the name is an account. */
  /** Without a name: the account talked about ("how healthy are they?"). */
  | { kind: 'health'; name?: string; loose?: boolean }
  /** `loose`: from "what should I do about…", which only counts when the rest is an account. */
  | { kind: 'why'; name?: string; loose?: boolean }
  | { kind: 'list' }
  /** Renewals coming up on accounts that are not healthy. */
  | { kind: 'renewals' }
  /** The asker's weekly digest, as it stands today. */
  | { kind: 'digest' }
  /** Health of the accounts the asker sees, by owner: how the team is doing. */
  | { kind: 'team' }
  | { kind: 'changes' }
  | { kind: 'snooze'; name: string; weeks?: number }
  /** As the digest's Acknowledge button: folded into one line until it gets worse. */
  | { kind: 'acknowledge'; name: string };

/** How sure a reading is: these phrasings hardly mean anything else. */
export const confidenceOf: Record<HealthQuestion['kind'], number> = { health: 0.85, why: 0.9, list: 0.85, renewals: 0.9, digest: 0.9, team: 0.85, changes: 0.85, snooze: 0.9, acknowledge: 0.9 };

const named: { kind: 'health' | 'why'; pattern: RegExp; loose?: boolean }[] = [
  { kind: 'why', pattern: /^(?:but )?why (?:is|are|s) (.+?) (?:at risk|on watch|in trouble|unhealthy|slipping|not healthy|so low|(?:scored|scoring|rated) (?:so )?low)$/ },
  { kind: 'why', pattern: /^why (?:does|has) (.+?) (?:got |have |get )?(?:a |such a )?(?:low|poor|bad) (?:score|health(?: score| status| check)?)$/ },
  { kind: 'why', pattern: /^(?:explain (?:the )?health (?:of|for)|what s wrong with|what is wrong with|whats wrong with) (.+)$/ },
  { kind: 'why', pattern: /^(?:dlaczego|czemu) (.+?) (?:jest |sa )?(?:zagrozon[yaeio]|w grupie ryzyka|do obserwacji|na obserwacji|ma (?:tak |taki )?(?:niski|slaby|zly) wynik)$/ },
  { kind: 'why', pattern: /^co (?:jest )?nie tak z (.+)$/ },
  // What to do: the why-answer ends with what would help. Only when the rest names an account ("what should we do with the budget?" is not one).
  { kind: 'why', loose: true, pattern: /^(?:what should (?:i|we) do (?:about|with)|what can (?:i|we) do (?:about|for)|how (?:can|do|should) (?:i|we) (?:save|rescue|fix|win back) |(?:suggested |recommended )?next steps (?:for|with|at|on)) ?(.+)$/ },
  { kind: 'why', loose: true, pattern: /^co (?:mam|mamy|powinienem|powinnam|powinnismy|moge|mozemy) zrobic (?:z|w sprawie|dla) (.+)$/ },
  { kind: 'health', pattern: /^how healthy (?:is|are) (.+)$/ },
  { kind: 'health', pattern: /^(?:what s|what is|whats|show(?: me)?) (?:the )?health(?: score| status| check)? (?:of|for) (.+)$/ },
  { kind: 'health', pattern: /^(?:the )?health(?: score| status| check)? (?:of|for) (.+)$/ },
  { kind: 'health', pattern: /^jak(?:a|ie|i)? (?:jest )?(?:kondycja|zdrowie|stan zdrowia|wynik zdrowia|ocena zdrowia) (.+)$/ },
  { kind: 'health', pattern: /^jak zdrow[yaeo] (?:jest )?(.+)$/ },
  { kind: 'health', pattern: /^(?:kondycja|zdrowie|stan zdrowia|ocena zdrowia) (.+)$/ },
  { kind: 'health', pattern: /^(.+?)(?: s)? health(?: score| status| check)?$/, loose: true },
];

/** Words that stand for the account talked about. */
const pronouns = new Set(['it', 'they', 'them', 'this one', 'that one', 'this account', 'that account', 'this customer', 'that customer', 'this client', 'that client', 'ono', 'oni', 'on', 'ona', 'ten klient', 'to konto', 'tego klienta', 'ich', 'jego', 'jej']);

const acknowledgements = [/^(?:acknowledge|ack|mark as seen) (.+)$/, /^(?:potwierdz|przyjmij do wiadomosci|odnotuj) (.+)$/];

const snoozes = [
  /^snooze (.+?)(?: for (\d+) weeks?)?$/,
  /^(?:uspij|wycisz|odloz) (.+?)(?: na (\d+) (?:tydzien|tygodnie|tygodni))?$/,
];

const why = /^(?:why|and why|dlaczego|czemu)$/;
const list = [
  /\b(?:which|what) (?:of )?(?:my |our |the )?(?:accounts?|customers?|clients?) (?:are |is )?(?:at risk|in trouble|slipping|on watch)\b/,
  /^(?:show (?:me )?)?(?:my |our |the )?(?:at risk|slipping) (?:accounts|customers|clients)$/,
  /^(?:show (?:me )?)?(?:my |our |the )?(?:accounts|customers|clients) at risk$/,
  /\b(?:ktore|ktorzy|jakie|ktory) (?:z )?(?:moich |naszych )?(?:kont[ao]?|klient\w*) (?:sa |jest )?(?:zagrozon\w*|do obserwacji|w grupie ryzyka)/,
  /^(?:pokaz (?:mi )?)?(?:moje |nasze |moi |nasi )?(?:zagrozone konta|zagrozonych klientow|zagrozeni klienci|konta zagrozone|klienci zagrozeni)$/,
  /\b(?:any|anything|are there any|do (?:i|we) have any) (?:of )?(?:my |our |the )?(?:accounts?|customers?|clients?) (?:that are |which are )?(?:at risk|in trouble|slipping)\b/,
  /\bczy (?:mam|mamy|sa) (?:jakies |jakichs )?(?:zagroz\w* (?:kont\w*|klient\w*)|(?:kont\w*|klient\w*) (?:sa )?zagroz\w*)/,
  /\bhow many (?:of )?(?:my |our |the )?(?:accounts?|customers?|clients?) (?:are |is )?(?:at risk|in trouble|slipping|on watch)\b/,
  // "Ben's accounts at risk", "which of Anna's accounts are at risk?"
  /\b(?:accounts|customers|clients) (?:that are |which are |are )?(?:at risk|in trouble|slipping|on watch)\b/,
  /\b(?:konta|klienci) \p{L}+ (?:sa )?zagroz\w*|\bzagroz\w* (?:konta|klienci) \p{L}+/u,
  // Accounts in general, not one ("does Globex need attention?" is that account's health).
  /\b(?:which|what|any) (?:of )?(?:my |our |the )?(?:accounts?|customers?|clients?|ones?)? ?(?:need|needs|needing) (?:my |our |your )?(?:attention|a look)\b|\b(?:accounts?|customers?|clients?) (?:that )?(?:need|needing) (?:my |our |your )?attention\b/,
  /^what should (?:i|we) (?:focus on|worry about)(?: this week| today)?$/,
  /\b(?:ktore|jakie|co) (?:z )?(?:moich |naszych )?(?:kont\w* |klient\w* )?wymaga\w* (?:mojej |naszej )?uwagi\b|^czym (?:sie )?(?:powinienem|powinnam|powinnismy) (?:sie )?zajac$/,
  /\bile (?:z )?(?:moich |naszych )?(?:kont|klientow) (?:jest |sa )?zagroz\w*/,
];
// Renewals in the plural, or asked as "which": "is the Globex renewal at risk?" is about Globex and left to the account questions.
const renewals = [
  /\brenewals? (?:on|of|for|at) (?:my |our |the )?(?:accounts?|customers?|clients?) (?:that are |which are )?(?:at risk|on watch|in trouble|unhealthy|not healthy)\b/,
  /\bodnowien\w* (?:na )?zagroz\w* (?:kont\w*|klient\w*)/,
  /^(?:show (?:me )?)?(?:my |our |the )?renewals (?:that are |which are )?(?:at risk|in danger|in trouble|on watch)$/,
  /\b(?:at risk|risky|unhealthy) renewals\b/,
  /\b(?:which|what|any) (?:of )?(?:my |our |the )?renewals? (?:are |is )?(?:at risk|in danger|in trouble|on watch)\b/,
  /\b(?:ktore|jakie) (?:z )?(?:moich |naszych )?odnowien\w* (?:sa |jest )?zagroz\w*|^(?:pokaz (?:mi )?)?(?:moje |nasze )?zagroz\w* odnowienia$/,
];
const digest = [
  /^(?:show (?:me )?|send (?:me )?|give me |what s in |whats in |what is in )?(?:my |the |this week s |this weeks |our )?(?:weekly |at risk )?digest$/,
  /^(?:pokaz (?:mi )?|wyslij (?:mi )?)?(?:moj |nasz )?(?:cotygodniowy |tygodniowy )?(?:przeglad|digest)(?: tygodniowy| zagrozonych kont| zagrozonych klientow)?$/,
];
const team = [
  /^how (?:is|s) (?:my |our |the )?team (?:doing|getting on|going)$/,
  /^(?:show (?:me )?)?(?:my |our |the )?team(?: s)? (?:health|overview|status|summary)$/,
  /^(?:health|overview|status) (?:of|by) (?:my |our |the )?(?:team|owners?|kams?)$/,
  /^jak (?:radzi sobie|sie ma|idzie) (?:moj |nasz )?zespol$/,
  /^(?:kondycja|stan|przeglad) (?:mojego |naszego )?zespolu$/,
  /^(?:pokaz (?:mi )?)?(?:kondycje|stan) (?:mojego |naszego )?zespolu$/,
];
const changes = [
  /\bwhat (?:s |has |have )?changed\b/,
  /\b(?:changes|change) (?:this week|since last week|in the last week|week over week)\b/,
  /\bco (?:sie )?zmienilo\b/,
  /\bzmiany (?:w tym tygodniu|od zeszlego tygodnia|od ostatniego tygodnia|tydzien do tygodnia)\b/,
];

/** The health question in `text`, if it is one. */
export function readHealthQuestion(text: string): HealthQuestion | undefined {
  const q = normalize(text);
  if (!q) return undefined;
  if (why.test(q)) return { kind: 'why' };
  for (const p of acknowledgements) {
    const m = p.exec(q);
    if (m && m[1].trim()) return { kind: 'acknowledge', name: stripArticle(m[1]) };
  }
  for (const p of snoozes) {
    const m = p.exec(q);
    if (m) return { kind: 'snooze', name: m[1], ...(m[2] ? { weeks: Number(m[2]) } : {}) };
  }
  // Before the named patterns, which would read "health of my team" as an account called "my team".
  if (team.some((p) => p.test(q))) return { kind: 'team' };
  for (const { kind, pattern, loose } of named) {
    const m = pattern.exec(q);
    if (!m || !m[1].trim()) continue;
    const name = stripArticle(m[1]);
    // "How healthy are they?": the account talked about.
    if (pronouns.has(name)) return kind === 'why' ? { kind } : loose ? undefined : { kind: 'health' };
    return { kind, name, ...(loose ? { loose } : {}) };
  }
  if (digest.some((p) => p.test(q))) return { kind: 'digest' };
  if (renewals.some((p) => p.test(q))) return { kind: 'renewals' };
  if (list.some((p) => p.test(q))) return { kind: 'list' };
  if (changes.some((p) => p.test(q))) return { kind: 'changes' };
  return undefined;
}

// Longest first, so that "a co z Globex" leaves "globex", not "co z globex".
const followUps = [/^(?:and what about|what about|how about|what of|and)(?: the)? (.+)$/, /^(?:a co z|a jak z|a jak|a|i) (.+)$/];

/** "What about Coho Winery?" after a health question: the same question about another account. */
export function followUpOf(text: string, kind: 'health' | 'why'): { kind: 'health' | 'why'; name: string; loose: true } | undefined {
  const q = normalize(text);
  for (const p of followUps) {
    const m = p.exec(q);
    if (m && m[1].trim() && !pronouns.has(m[1].trim())) return { kind, name: stripArticle(m[1]), loose: true };
  }
  return undefined;
}

/** "the Globex account" → "globex"; "konto Globex" → "globex". */
function stripArticle(name: string): string {
  return name
    .replace(/^(?:the |konto |klient |klienta )/, '')
    .replace(/ (?:account|konto|doing)$/, '')
    .trim();
}
