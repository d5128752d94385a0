import type { Feature, Turn, Understanding } from '../conversation.js';
import type { Reply } from '../reply.js';
import { aboutOf } from './about.js';
import { askWhichAccount, notFound, whichAccount } from './clarify.js';
import type { About, Intent } from './intent.js';
import { Lexicon } from './nlu/lexicon.js';
import { questionOf, type Question } from './nlu/question.js';
import { scopeOf } from './slots/scope.js';

/** What a feature built on intents remembers between turns, under `memory.qa`. */
interface Remembered {
  said: Record<string, unknown>;
  question: string;
}

export interface IntentFeatureSpec {
  name: string;
  intents: readonly Intent<object>[];
  /** The intent for a message that only names an account ("Globex?"), when nothing was asked before. */
  whenOnlyAnAccount?: string;
  help?: Feature['help'];
  commands?: Feature['commands'];
  actions?: Feature['actions'];
}

const FOLLOW_UP = 0.6;
/** Below a follow-up: after another feature's question, "and Acme?" is that feature's to answer. */
const ONLY_A_NAME = 0.55;
const PER_UNKNOWN_WORD = 0.15;

/**
 * A Feature whose free-text understanding is a list of intents. Each intent scores
 * its cues; the subject (account, portfolio, person) is resolved among what the
 * asker may see; unclear names get a question with choices; the account and topic
 * are remembered so that "and its renewal?" follows on. Other features build their
 * own with the same function and their own intents; the router weighs them all.
 */
export function intentFeature(spec: IntentFeatureSpec): Feature {
  const phrases: Record<string, readonly string[]> = {};
  spec.intents.forEach((intent, i) => {
    intent.cues.forEach((cue, j) => (phrases[`c${i}.${j}`] = cue.say));
    if (intent.not?.length) phrases[`n${i}`] = intent.not;
  });
  const lexicon = new Lexicon(phrases);
  const byName = new Map(spec.intents.map((intent) => [intent.name, intent]));

  return {
    name: spec.name,
    ...(spec.commands ? { commands: spec.commands } : {}),
    ...(spec.actions ? { actions: spec.actions } : {}),
    ...(spec.help ? { help: spec.help } : {}),
    understand(turn, text) {
      const q = questionOf(turn, text);
      const found = lexicon.match(q.tokens);
      const topic = typeof turn.memory.topic === 'string' ? turn.memory.topic : undefined;
      // "the last 90 days" says when, not "the last order": words of a period do not cue an intent.
      const periodWords = new Set([...(q.period('past')?.tokens ?? []), ...(q.period('future')?.tokens ?? [])]);
      const cued = (key: string) => [...found.tokensOf(key)].some((t) => !periodWords.has(t));
      const readings: Understanding[] = [];
      spec.intents.forEach((intent, i) => {
        if (found.has(`n${i}`)) return;
        let score = 0;
        intent.cues.forEach((cue, j) => {
          if (cued(`c${i}.${j}`) && (!cue.after || (topic !== undefined && cue.after.includes(topic)))) score += cue.weight;
        });
        if (score > 0) readings.push(reading(turn, q, intent, score, found.covered, false));
      });
      // A follow-up ("and Initech?", "a w zeszłym roku?") asks the last question again with what is new;
      // a bare account name with nothing to follow up on asks for the account at a glance.
      const carried = topic ? byName.get(topic) : undefined;
      const onlyAName = spec.whenOnlyAnAccount ? byName.get(spec.whenOnlyAnAccount) : undefined;
      if (carried && !found.has(`n${spec.intents.indexOf(carried)}`) && hasSomethingNew(carried, q, turn)) {
        readings.push(reading(turn, q, carried, 0, found.covered, true));
      } else if (onlyAName && q.accounts.length && found.covered.size === 0) {
        readings.push(reading(turn, q, onlyAName, 0, found.covered, false, true));
      }
      return readings.filter((r) => r.confidence > 0);
    },
  };

  function hasSomethingNew(intent: Intent<object>, q: Question, turn: Turn): boolean {
    return q.accounts.length > 0 || Object.keys(intent.slots?.(q, turn).said ?? {}).length > 0;
  }

  function reading(turn: Turn, q: Question, intent: Intent<object>, cueScore: number, covered: ReadonlySet<number>, followUp: boolean, onlyAName = false): Understanding {
    const slots = intent.slots?.(q, turn) ?? { said: {} };
    const remembered = followUp ? rememberedOf(turn) : undefined;
    const said = { ...(remembered?.said ?? {}), ...slots.said } as Record<string, unknown>;
    const scope = scopeOf(q);
    const understood = new Set<number>([...covered, ...(slots.tokens ?? []), ...scope.tokens]);
    for (const m of [...q.accounts, ...q.people]) for (let t = m.start; t < m.end; t++) understood.add(t);
    const about = aboutOf(intent.subject, q, turn, understood, scope.scope);
    const unknownWords = about.kind === 'not-found' ? 0 : q.tokens.filter((t) => !understood.has(t.index) && !q.everyday(t)).length;
    const base = followUp ? FOLLOW_UP : onlyAName ? ONLY_A_NAME : cueScore + (slots.bonus ?? 0) + aboutBonus(intent, about, scope.scope !== undefined) + pointerBonus(intent, about, q, turn);
    const confidence = Math.min(0.99, base - Math.min(0.45, PER_UNKNOWN_WORD * unknownWords));
    const complete = intent.complete ? intent.complete(said, q) : said;
    return {
      intent: intent.name,
      confidence: Math.round(confidence * 100) / 100,
      entities: entitiesOf(about, complete as Record<string, unknown>),
      answer: () => answer(turn, q, intent, about, said, complete),
    };
  }
}

/** Words that point back at the account talked about: "its renewal", "what did they buy", "ich przychód". */
const pointers = new Set(['it', 'its', 'they', 'them', 'their', 'ich', 'im', 'nich', 'jego', 'jej', 'niego', 'nim', 'nia']);

/**
 * "What about its renewal?" with an account talked about is that account's question: a
 * pointer word favours reading it about the remembered account over the asker's portfolio.
 */
function pointerBonus(intent: Intent<object>, about: About, q: Question, turn: Turn): number {
  if (turn.memory.accountId === undefined || !q.tokens.some((t) => pointers.has(t.word))) return 0;
  if (intent.subject === 'portfolio') return -0.2;
  return about.kind === 'account' && about.remembered ? 0.1 : 0;
}

/** How much the subject adds: an account named is worth more than one remembered, a portfolio question naming an account is likely something else. */
function aboutBonus(intent: Intent<object>, about: About, scoped: boolean): number {
  switch (about.kind) {
    case 'account':
      return intent.subject === 'account-or-portfolio' ? 0.15 : about.remembered ? 0.1 : 0.2;
    case 'accounts':
      return 0.25;
    case 'ambiguous':
      return 0.2;
    case 'person':
      return 0.4;
    case 'not-found':
      return about.what === 'person' ? 0.2 : 0.1;
    case 'portfolio':
      if (intent.subject === 'portfolio') return 0.1 + (scoped ? 0.05 : 0);
      return scoped ? 0.15 : 0.1;
    case 'missing':
      return intent.subject === 'two-accounts' || intent.subject === 'person' ? -0.2 : 0;
    case 'nothing':
      return 0;
  }
}

async function answer(turn: Turn, q: Question, intent: Intent<object>, about: About, said: Record<string, unknown>, slots: object): Promise<Reply[]> {
  if (intent.keepsTopic) return intent.answer(turn, { q, about, slots });
  const remembered: Remembered = { said, question: q.text };
  turn.remember({ topic: intent.name, qa: remembered });
  switch (about.kind) {
    case 'ambiguous':
      return [whichAccount(turn, q, about.text, about.start, about.end, about.candidates)];
    case 'not-found':
      return [notFound(turn, q, about.text, about.what)];
    case 'missing':
      return [askWhichAccount(turn, q)];
    case 'account':
      turn.remember({ accountId: about.account.id });
      break;
    case 'accounts':
      turn.remember({ accountId: about.accounts[1].id });
      break;
    default:
      break;
  }
  return intent.answer(turn, { q, about, slots });
}

function rememberedOf(turn: Turn): Remembered | undefined {
  const qa = turn.memory.qa;
  if (!qa || typeof qa !== 'object' || !('said' in qa)) return undefined;
  return qa as Remembered;
}

/** The reading as plain data, for the log, the question bank and follow-ups: ids, dates as "from..until". */
function entitiesOf(about: About, slots: Record<string, unknown>): Record<string, unknown> {
  const e: Record<string, unknown> = {};
  if (about.kind === 'account') e.accountId = about.account.id;
  if (about.kind === 'accounts') e.accountIds = about.accounts.map((a) => a.id);
  if (about.kind === 'ambiguous') e.ambiguous = about.candidates.map((a) => a.id).sort();
  if (about.kind === 'not-found') e.notFound = about.text;
  if (about.kind === 'person') e.person = about.contacts.map((c) => c.name);
  if (about.kind === 'portfolio') e.accounts = about.accounts.length;
  for (const [key, value] of Object.entries(slots)) {
    if (value && typeof value === 'object' && 'from' in value && 'until' in value) e[key] = `${String(value.from)}..${String(value.until)}`;
    else if (value && typeof value === 'object' && 'email' in value) e[key] = String(value.email);
    else if (value !== undefined) e[key] = value;
  }
  return e;
}
