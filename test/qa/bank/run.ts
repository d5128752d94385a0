import type { Logger } from '../../../src/core/ports.js';
import { normalize } from '../../../src/core/text.js';
import { testApp, type TestApp } from '../../helpers/app.js';
import { emailOf, type BankQuestion } from './types.js';

/** What Acre made of one question of the bank, and how that compares with what was expected. */
export interface BankResult {
  question: BankQuestion;
  intent: string;
  entities: Record<string, unknown>;
  answer: string;
  /** The intent was the expected one. */
  intentRight: boolean;
  /** The intent, every expected entity and every answer fact were right. */
  right: boolean;
  problems: string[];
}

/** A logger that keeps what the router understood, which is how the bank reads the intent of each answer. */
function understandingLog(): { logger: Logger; take(): { intent: string; entities: Record<string, unknown> } | undefined } {
  let last: { intent: string; entities: Record<string, unknown> } | undefined;
  const logger: Logger = {
    debug(obj, msg) {
      if (msg === 'understood') {
        const o = obj as { intent: string; entities?: Record<string, unknown> };
        last = { intent: o.intent, entities: o.entities ?? {} };
      }
    },
    info() {},
    warn() {},
    error() {},
    child: () => logger,
  };
  return {
    logger,
    take: () => {
      const taken = last;
      last = undefined;
      return taken;
    },
  };
}

const loose = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Runs every question through `acre.handle` on the demo data, each in a fresh conversation after its preceding turns. */
export async function runBank(questions: readonly BankQuestion[]): Promise<BankResult[]> {
  const log = understandingLog();
  const app: TestApp = await testApp({ data: 'demo', app: { logger: log.logger } });
  try {
    const results: BankResult[] = [];
    for (const [i, question] of questions.entries()) {
      const conversationId = `bank-${i}`;
      const email = emailOf[question.as];
      for (const before of question.after ?? []) await app.say(email, before, { conversationId });
      log.take();
      const answer = await app.say(email, question.say, { conversationId });
      const understood = log.take() ?? { intent: 'none', entities: {} };
      results.push(check(question, understood.intent, understood.entities, answer));
    }
    return results;
  } finally {
    await app.close();
  }
}

function check(q: BankQuestion, intent: string, entities: Record<string, unknown>, answer: string): BankResult {
  const problems: string[] = [];
  if (intent !== q.intent) problems.push(`intent ${intent}, expected ${q.intent}`);
  const expect = (key: string, want: unknown, got: unknown) => {
    if (want !== undefined && JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${key} ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  };
  expect('account', q.account, entities.accountId);
  expect('accounts', q.accounts, entities.accountIds);
  expect('ambiguous', q.ambiguous && [...q.ambiguous].sort(), entities.ambiguous);
  if (q.notFound !== undefined && normalize(String(entities.notFound ?? '')) !== normalize(q.notFound)) problems.push(`notFound ${JSON.stringify(entities.notFound)}, expected ${q.notFound}`);
  expect('period', q.period, entities.period);
  expect('days', q.days, entities.days);
  expect('role', q.role, entities.role);
  expect('sort', q.sort, entities.sort);
  expect('types', q.types && [...q.types].sort(), entities.types);
  if (q.person !== undefined && !(Array.isArray(entities.person) && entities.person.includes(q.person))) problems.push(`person ${JSON.stringify(entities.person)}, expected ${q.person}`);
  const text = loose(answer);
  for (const fact of q.facts ?? []) if (!text.includes(loose(fact))) problems.push(`answer lacks "${fact}"`);
  for (const fact of q.absent ?? []) if (text.includes(loose(fact))) problems.push(`answer reveals "${fact}"`);
  if (q.intent === 'none' && !/can't answer that yet|nie umiem odpowiedzieć/.test(answer)) problems.push('answered instead of saying it cannot yet');
  return { question: q, intent, entities, answer, intentRight: intent === q.intent, right: problems.length === 0, problems };
}

/** Accuracy by expected intent: questions, intent right, everything right. */
export function accuracyByIntent(results: readonly BankResult[]): { intent: string; questions: number; intentRight: number; right: number }[] {
  const rows = new Map<string, { intent: string; questions: number; intentRight: number; right: number }>();
  for (const r of results) {
    const row = rows.get(r.question.intent) ?? { intent: r.question.intent, questions: 0, intentRight: 0, right: 0 };
    row.questions++;
    if (r.intentRight) row.intentRight++;
    if (r.right) row.right++;
    rows.set(r.question.intent, row);
  }
  return [...rows.values()].sort((a, b) => a.intent.localeCompare(b.intent));
}
