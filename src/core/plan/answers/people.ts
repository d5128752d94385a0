import type { Attitude, ContactRole } from '../../model.js';
import { normalize } from '../../text.js';
import type { Question } from '../questions.js';
import { parsed, problem, type ParseContext, type Parsed, type Person } from '../values.js';

const roleWords: Record<ContactRole, string[]> = {
  decision_maker: ['decision maker', 'decision makers', 'decides', 'signs', 'economic buyer', 'final say', 'decydent', 'decydentka', 'decyduje', 'podpisuje'],
  sponsor: ['sponsor', 'executive sponsor', 'sponsorka'],
  champion: ['champion', 'ambassador', 'oredownik', 'oredowniczka', 'ambasador', 'ambasadorka'],
  influencer: ['influencer', 'influences', 'advisor', 'wplywowy', 'wplywowa', 'wplywa', 'doradca', 'doradczyni'],
  user: ['user', 'end user', 'uzytkownik', 'uzytkowniczka'],
  blocker: ['blocker', 'blocks', 'gatekeeper', 'blokujacy', 'blokujaca', 'blokuje', 'hamulcowy', 'hamulcowa'],
};

const attitudeWords: Record<Attitude, string[]> = {
  mentor: ['mentor', 'coach', 'mentorka'],
  supporter: ['supporter', 'supportive', 'positive', 'fan', 'supports us', 'zwolennik', 'zwolenniczka', 'pozytywny', 'pozytywna', 'przychylny', 'przychylna', 'wspiera nas'],
  neutral: ['neutral', 'neutralny', 'neutralna'],
  non_supporter: ['non supporter', 'nonsupporter', 'sceptic', 'skeptic', 'sceptical', 'skeptical', 'negative', 'unconvinced',
    'sceptyk', 'sceptyczka', 'sceptyczny', 'sceptyczna', 'nieprzychylny', 'nieprzychylna', 'negatywny', 'negatywna'],
  enemy: ['enemy', 'hostile', 'opponent', 'against us', 'wrog', 'wrogi', 'wroga', 'przeciwnik', 'przeciwniczka'],
};

/** Words that make a capitalised phrase a job title rather than a name: "Head of Procurement", "Dyrektor Finansowy". */
const titleWords = new Set([
  'ceo', 'cfo', 'cto', 'coo', 'cio', 'cmo', 'cpo', 'cro', 'ciso', 'vp', 'svp', 'evp', 'head', 'director', 'manager', 'lead', 'officer',
  'president', 'chief', 'chair', 'chairman', 'founder', 'partner', 'engineer', 'buyer', 'procurement', 'purchasing', 'kam', 'owner',
  'finance', 'sales', 'marketing', 'operations', 'ops', 'it', 'hr', 'qa', 'quality', 'legal', 'plant', 'board', 'member', 'specialist',
  'dyrektor', 'dyrektorka', 'kierownik', 'kierowniczka', 'prezes', 'prezeska', 'zarzadu', 'czlonek', 'specjalista', 'specjalistka',
  'szef', 'szefowa', 'wlasciciel', 'wlascicielka', 'menedzer', 'inzynier', 'kupiec', 'zakupow', 'finansowy', 'finansowa', 'sprzedazy',
  'jakosci', 'techniczny', 'techniczna', 'handlowy', 'handlowa', 'zakladu', 'dzialu',
]);

const me = new Set(['me', 'myself', 'i', 'ja', 'mnie']);
const nobody = new Set(['nobody', 'no one', 'none', 'nobody yet', 'nikt', 'brak', 'jeszcze nikt']);

const phraseIn = (segment: string, table: Record<string, string[]>): string | undefined =>
  Object.entries(table).find(([, words]) => words.includes(segment))?.[0];

function looksLikeName(raw: string): boolean {
  const words = raw.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return false;
  return !words.some((w) => titleWords.has(normalize(w)));
}

/** Splits "A, B and C, D" style text into the pieces that describe people. */
function segmentsOf(chunk: string): string[] {
  return chunk
    .replace(/\(([^)]*)\)/g, ', $1,')
    .split(/\s*,\s*|\s+[-–—]\s+/)
    .flatMap((s) => {
      const halves = s.split(/\s+(?:and|i|oraz|&)\s+/);
      return halves.length > 1 && halves.every(looksLikeName) ? halves : [s];
    })
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * People as people write them: "Jan Kowalski, CFO, decision maker, supporter; Ewa Nowak, CTO".
 * One person per line or between semicolons; within a person, the name first, then any of
 * title, role and attitude in any order. A new capitalised name after a comma starts a new person.
 */
export function parsePeople(text: string, question: Question, ctx: ParseContext): Parsed {
  if (nobody.has(normalize(text))) return parsed({ kind: 'people', people: [] });
  const people: Person[] = [];
  for (const chunk of text.split(/\s*[;\n]\s*/).filter((c) => c.trim())) {
    let person: Person | undefined;
    for (const segment of segmentsOf(chunk)) {
      const n = normalize(segment);
      const role = phraseIn(n, roleWords) as ContactRole | undefined;
      const attitude = phraseIn(n, attitudeWords) as Attitude | undefined;
      if (person && role && !person.role) person.role = role;
      else if (person && attitude && !person.attitude) person.attitude = attitude;
      else if (!person || looksLikeName(segment) || me.has(n)) {
        if (person) people.push(person);
        // Stakeholders at the customer are never our users; our own people are linked to theirs.
        const colleague = question.fills === 'contacts' ? undefined : me.has(n) ? ctx.me : ctx.colleague?.(segment);
        person = colleague ? { name: colleague.name, email: colleague.email } : { name: segment };
      } else if (!person.title) person.title = segment;
      else person.note = person.note ? `${person.note}, ${segment}` : segment;
    }
    if (person) people.push(person);
  }
  const named = people.filter((p) => /\p{L}/u.test(p.name));
  if (!named.length) return problem({ kind: 'no_people' });
  return parsed({ kind: 'people', people: named });
}
