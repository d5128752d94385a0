import type { Turn } from '../conversation.js';
import { formatDate } from '../i18n/format.js';
import { todayIn } from '../dates.js';
import type { Account } from '../model.js';
import { reply, type Reply, type Source } from '../reply.js';
import { formatVersion, nameOf } from './format.js';
import { questionsFor } from './questions.js';
import { readPlan, type AnswerVersion } from './record.js';
import { questionSetFor, tierOf, type PlanSetup } from './setup.js';
import { loadWalk, VISIT_GAP_MS } from './walk.js';

/** Without an earlier visit to compare with, "what changed" looks back this far. */
const DEFAULT_LOOKBACK_DAYS = 30;
const SHOWN = 10;

export interface PlanChange {
  questionId: string;
  question: string;
  version: AnswerVersion;
  previous?: AnswerVersion;
}

/** Every version recorded after an instant, newest first, with the version it replaced. */
export async function changesSince(turn: Turn, setup: PlanSetup, account: Account, since: Date): Promise<PlanChange[]> {
  const questions = questionsFor(questionSetFor(setup, turn.locale), tierOf(account));
  const plan = await readPlan(turn.state, account.id, questions);
  const changes: PlanChange[] = [];
  for (const q of questions) {
    const versions = plan.records.get(q.id)?.versions ?? [];
    versions.forEach((v, i) => {
      if (new Date(v.at) > since && !v.confirmed) changes.push({ questionId: q.id, question: q.text, version: v, ...(i > 0 ? { previous: versions[i - 1] } : {}) });
    });
  }
  return changes.sort((a, b) => b.version.at.localeCompare(a.version.at));
}

/** When "last time" was for this person: the end of their previous visit to the plan, or a month ago. */
async function lastTime(turn: Turn, account: Account): Promise<{ since: Date; visited: boolean }> {
  const walk = await loadWalk(turn.state, account.id, turn.user.email);
  if (walk) {
    const last = new Date(walk.lastActiveAt);
    if (turn.now.getTime() - last.getTime() > VISIT_GAP_MS) return { since: last, visited: true };
    if (walk.previousVisitAt) return { since: new Date(walk.previousVisitAt), visited: true };
  }
  return { since: new Date(turn.now.getTime() - DEFAULT_LOOKBACK_DAYS * 86_400_000), visited: false };
}

/** "What changed since last time?": the answers given since this person's last visit, who gave them, and what they replaced. */
export async function changesReply(turn: Turn, setup: PlanSetup, account: Account): Promise<Reply> {
  const t = turn.t.plan;
  const { since, visited } = await lastTime(turn, account);
  const sinceDay = formatDate(todayIn(since, turn.timezone), turn.locale);
  const changes = await changesSince(turn, setup, account, since);
  const heading = visited ? t.changesSince(account.name, sinceDay) : t.changesLastDays(account.name, DEFAULT_LOOKBACK_DAYS);
  const r = reply().heading(heading);
  if (!changes.length) return r.text(t.noChanges).build();
  const set = questionSetFor(setup, turn.locale);
  const question = (id: string) => set.questions.find((q) => q.id === id);
  const day = (v: AnswerVersion) => formatDate(todayIn(new Date(v.at), turn.timezone), turn.locale);
  const lines = changes.slice(0, SHOWN).map((c) => {
    const now = formatVersion(c.version, question(c.questionId), turn.locale, turn.t);
    const before = c.previous ? ` ${t.was(formatVersion(c.previous, question(c.questionId), turn.locale, turn.t))}` : '';
    return `**${c.question}** ${now}${before} — ${nameOf(c.version.by, turn.portfolio)}, ${day(c.version)}`;
  });
  if (changes.length > SHOWN) lines.push(turn.t.moreItems(changes.length - SHOWN));
  const sources: Source[] = changes.slice(0, SHOWN).map((c) => ({ ref: t.sourceRef(c.questionId, nameOf(c.version.by, turn.portfolio)), asOf: day(c.version) }));
  return r.list(lines).sources(sources).build();
}
