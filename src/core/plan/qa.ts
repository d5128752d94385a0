import type { Turn, Understanding } from '../conversation.js';
import { formatDate, formatPercent } from '../i18n/format.js';
import { todayIn } from '../dates.js';
import type { Account } from '../model.js';
import { reply, type Reply, type Source } from '../reply.js';
import { buttonValue } from './ask.js';
import { changesReply } from './changes.js';
import { formatVersion, nameOf } from './format.js';
import { openItemsOf } from './open-items.js';
import { questionsFor } from './questions.js';
import { answerOf, currentVersion, readPlan } from './record.js';
import { countsLine } from './replies.js';
import { categoryTitle, questionSetFor, tierOf, type PlanSetup } from './setup.js';
import { completenessOf, countsByCategory, countsOf } from './summary.js';
import { accountMentioned } from './mention.js';
import { activeWalk } from './walk.js';
import { accountIn } from '../accounts/access.js';

/** Words that show a question is about the plan's content, per category, in English and Polish. */
const categoryVocabulary: [string, RegExp][] = [
  ['competitors', /\b(competitor|competition|rival)|\b(konkuren|rywal)/],
  // Not "which accounts need attention?", which is about health.
  ['needs', /\b(needs?(?! (my |our |your )?(attention|a look))|pain points?|goals?)\b|\b(potrzeb|bolaczk|cele\b|celach)/],
  ['trends', /\b(trends?|market)\b|\b(trend|rynk|rynek)/],
  ['customer_team', /\b(decision makers?|stakeholders?|who decides|sponsors?|champions?|blockers?|influencers?)\b|\b(decydenc|decydent|interesariusz|kto decyduje|oredowni)/],
  ['our_team', /\b(our (account )?team|account team)\b|\bnasz(ego|ym)? zespo/],
  ['value', /\b(value (proposition|we offer|we can offer)|growth target)\b|\b(wartosc|propozycj)/],
  ['insights', /\b(insights?|relationship history)\b|\bco (juz )?wiemy\b/],
];
const planWord = /\b(plan|plans|planem|planu|planie|account plan)\b/;
const startWords = /\b(let s work|lets work|let us work|work on|continue|resume|start|open|fill in|fill out|update|popracujmy|pracujmy|wrocmy do|kontynuuj|wznow|zacznijmy|otworz|uzupelnij|uzupelnijmy)\b/;
const completeWords = /\b(how complete|how far|how much of|complete is|completeness|how full|progress|status|where are we|how (is|s) (the )?\w+( \w+)? (plan )?(going|coming along))\b|\b(kompletn|gotow|uzupelnion|zaawansowan|postep|stan|status|jak (idzie|wyglada|stoi))/;
const changeWords = /\b(what( s| has)? changed|what s new|changes since|since last time)\b|\b(co sie zmienilo|zmiany od|od ostatniego razu|co nowego)/;
const openItemWords = /\b(open items?|unknowns|still unknown|open questions|gaps)\b|\b(otwarte|niewiadom|czego nie wiemy|luki)/;

/** The plan's account: the one named, else the one the conversation is about, else the plan being worked through. */
async function accountFor(turn: Turn, named: Account | undefined): Promise<Account | undefined> {
  if (named) return named;
  const remembered = turn.memory.accountId ? accountIn(turn.visible(), turn.memory.accountId) : undefined;
  if (remembered) return remembered;
  const walk = await activeWalk(turn.state, turn.user.email);
  return walk ? accountIn(turn.visible(), walk.accountId) : undefined;
}

const whichAccount = (turn: Turn): Reply => reply().text(turn.t.plan.whichAccount).onlyForAsker().build();

/** "How complete is the Acme plan?": answered share, per category, and who last worked on it. */
export async function completenessReply(turn: Turn, setup: PlanSetup, account: Account): Promise<Reply> {
  const set = questionSetFor(setup, turn.locale);
  const questions = questionsFor(set, tierOf(account));
  const plan = await readPlan(turn.state, account.id, questions);
  const counts = countsOf(plan, questions);
  const pct = formatPercent(completenessOf(counts), turn.locale).replace(/^\+/, '');
  const latest = [...plan.records.values()].map((r) => r.versions.at(-1)!).sort((a, b) => b.at.localeCompare(a.at))[0];
  const r = reply().text(turn.t.plan.completeness(account.name, pct, counts.answered, counts.total, counts.skipped, counts.unknown));
  r.fields(countsByCategory(plan, set, questions).map((c) => ({ label: c.title, value: countsLine(c, turn.t) })));
  if (latest) r.sources([{ ref: turn.t.plan.lastChangeRef(nameOf(latest.by, turn.portfolio)), asOf: formatDate(todayIn(new Date(latest.at), turn.timezone), turn.locale) }]);
  return r.buttons([{ label: turn.t.plan.buttons.continuePlan, action: { id: 'plan.start', value: buttonValue(account.id) } }]).build();
}

/** "Who are Globex's competitors?": the plan's answers in that category, each with its author and date as the source. */
export async function categoryReply(turn: Turn, setup: PlanSetup, account: Account, categoryId: string): Promise<Reply> {
  const set = questionSetFor(setup, turn.locale);
  const questions = questionsFor(set, tierOf(account)).filter((q) => q.category === categoryId);
  const plan = await readPlan(turn.state, account.id, questions);
  const title = categoryTitle(set, categoryId);
  const answered = questions.filter((q) => answerOf(plan, q.id));
  const r = reply().heading(turn.t.plan.fromThePlan(account.name, title));
  if (!answered.length) {
    return r.text(turn.t.plan.nothingOnCategory(account.name, title))
      .buttons([{ label: turn.t.plan.buttons.fillIn, action: { id: 'plan.jump', value: buttonValue(account.id, categoryId) } }])
      .build();
  }
  const sources: Source[] = [];
  for (const q of answered) {
    const v = currentVersion(plan, q.id)!;
    r.text(`**${q.text}**\n${formatVersion(v, q, turn.locale, turn.t)}`);
    sources.push({ ref: turn.t.plan.sourceRef(q.id, nameOf(v.by, turn.portfolio)), asOf: formatDate(todayIn(new Date(v.at), turn.timezone), turn.locale) });
  }
  const missing = questions.length - answered.length;
  if (missing) r.context(turn.t.plan.moreToAsk(missing));
  return r.sources(sources).build();
}

/** What is still unknown in a plan, with owners and due dates. */
export async function openItemsReply(turn: Turn, setup: PlanSetup, account: Account): Promise<Reply> {
  const set = questionSetFor(setup, turn.locale);
  const items = await openItemsOf(turn.state, account.id);
  const lines = items.map((i) => {
    const text = set.questions.find((q) => q.id === i.questionId)?.text ?? i.questionId;
    const who = i.owner ? turn.t.plan.ownerDue(nameOf(i.owner, turn.portfolio), i.due ? formatDate(i.due, turn.locale) : '—') : turn.t.plan.noOwnerYet;
    return `${text} — ${who}`;
  });
  const r = reply().heading(turn.t.plan.openItemsOf(account.name));
  return (lines.length ? r.list(lines) : r.text(turn.t.plan.doc.noOpenItems)).build();
}

/**
 * Free-text readings about plans: starting one, how complete it is, what changed, what is
 * still open, and what it says about a category. Confident only when the words are the plan's.
 */
export function planReadings(turn: Turn, setup: PlanSetup, text: string, start: (account: Account | undefined) => Promise<Reply[]>): Understanding[] {
  const said = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/['’]/g, ' ');
  const aboutPlan = planWord.test(said);
  const inPlanTalk = turn.memory.topic === 'plan';
  const openItems = openItemWords.test(said);
  const category = categoryVocabulary.find(([, words]) => words.test(said))?.[0];
  const kind: 'start' | 'changes' | 'completeness' | 'open_items' | 'category' | undefined =
    aboutPlan && startWords.test(said) && !openItems ? 'start'
    : changeWords.test(said) && (aboutPlan || inPlanTalk || /since last time|od ostatniego razu/.test(said)) ? 'changes'
    : aboutPlan && completeWords.test(said) ? 'completeness'
    : openItems ? 'open_items'
    : category ? 'category'
    : undefined;
  if (!kind) return [];
  // Looking for an account's name costs a fuzzy match per phrase, so only once the words are the plan's.
  const named = accountMentioned(turn, text);
  const entities = named ? { accountId: named.id } : {};
  const answerFor = (make: (account: Account) => Promise<Reply>) => async () => {
    const account = await accountFor(turn, named);
    if (!account) return [whichAccount(turn)];
    turn.remember({ accountId: account.id, topic: 'plan' });
    return [await make(account)];
  };
  switch (kind) {
    case 'start':
      return [{ intent: 'plan.start', confidence: 0.9, entities, answer: () => start(named) }];
    case 'changes':
      // "What changed?" is also the health score's question; it is the plan's when the plan is named or being discussed.
      return [{ intent: 'plan.changes', confidence: aboutPlan || inPlanTalk ? 0.9 : 0.8, entities, answer: answerFor((a) => changesReply(turn, setup, a)) }];
    case 'completeness':
      return [{ intent: 'plan.completeness', confidence: 0.85, entities, answer: answerFor((a) => completenessReply(turn, setup, a)) }];
    case 'open_items':
      return [{ intent: 'plan.open_items', confidence: aboutPlan ? 0.85 : 0.7, entities, answer: answerFor((a) => openItemsReply(turn, setup, a)) }];
    case 'category': {
      // People questions are also the contacts' business; without the word "plan" they are only a guess here.
      const sure = aboutPlan || (category !== 'customer_team' && category !== 'our_team');
      return [{ intent: 'plan.category', confidence: sure ? 0.8 : 0.5, entities: { ...entities, category }, answer: answerFor((a) => categoryReply(turn, setup, a, category!)) }];
    }
  }
}
