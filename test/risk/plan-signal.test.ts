import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionsFor } from '../../src/core/plan/questions.js';
import { PLAN_PROGRESS_KEY, planProgressIn } from '../../src/core/plan/progress.js';
import { answerKey, recordAnswer, type AnswerRecord, type AnswerStatus } from '../../src/core/plan/record.js';
import { defaultRiskSettings, scoreAccount, storedHealthInputs } from '../../src/core/risk/index.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { ANNA, BEN, MARIA } from './helpers.js';

/** Answers the first `answered` questions of Globex's strategic plan, then skips one and marks one unknown — a week ago. */
async function fillGlobex(app: TestApp, answered: number, at = '2026-11-18T09:00:00.000Z'): Promise<number> {
  const questions = questionsFor(app.questionSets.en, 'strategic');
  const statuses: AnswerStatus[] = [...Array(answered).fill('answered'), 'skipped', 'unknown'];
  for (const [i, status] of statuses.entries()) {
    await recordAnswer(app.store, 'acc-globex', questions[i].id, { status, ...(status === 'answered' ? { value: { kind: 'text', text: `answer ${i}` } } : {}), by: BEN, at } as never);
  }
  return questions.length;
}

const settle = async (app: TestApp) => {
  for (let i = 0; i < 200 && !(await planProgressIn(app.store)); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('the account plan in the health score', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await testApp({ data: 'demo' });
    await settle(app);
  });
  afterAll(() => app.close());

  it('scores the share of the tier\'s questions with a real answer, and says so in the health answer', async () => {
    expect(await app.say(MARIA, 'how healthy is Globex?')).toContain('Account plan — No account plan on record.');
    const total = await fillGlobex(app, 12);
    expect(total).toBe(57);
    const text = await app.say(MARIA, 'how healthy is Globex?');
    // 12 of 57 answered (the skipped and the unknown count as not answered): 21%, worth 0.21 × 4 points.
    expect(text).toContain('Account plan 0.8/4 — Account plan only 21% complete.');
  });

  it('counts only answers given before the day scored, like every other input of --as-of', async () => {
    const portfolio = await app.acre.portfolio();
    const globex = portfolio.accounts.get('acc-globex')!;
    const stored = await storedHealthInputs(app.store);
    const plan = (day: string) => scoreAccount(portfolio, globex, day, defaultRiskSettings, stored).health.signals.find((s) => s.id === 'plan');
    expect(plan('2026-11-18')).toBeUndefined(); // the answers were given on the 18th
    expect(plan('2026-11-19')?.value).toBeCloseTo(12 / 57);
  });

  it('learns of answers given in the walk-through, through the same index', async () => {
    await app.say(ANNA, '/account-plan initech');
    await app.say(ANNA, 'Anna Kowalska');
    const progress = await planProgressIn(app.store);
    const initech = (await app.acre.portfolio()).accounts.get('acc-initech')!;
    expect(progress?.completeness(initech, '2026-11-26')).toBeCloseTo(1 / 57);
    expect(progress?.completeness(initech, '2026-11-25')).toBeUndefined(); // answered today: counts from tomorrow
  });
});

describe('plans answered before the plan progress index existed', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'acre-plan-progress-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('are read into it at the next start, and health then scores them', async () => {
    const first = await testApp({ data: 'demo', dataDir });
    await settle(first);
    // Written the way an earlier version stored answers: the answer records only, no index entry.
    const questions = questionsFor(first.questionSets.en, 'strategic');
    for (const q of questions.slice(0, 50)) {
      const record: AnswerRecord = { questionId: q.id, versions: [{ status: 'answered', value: { kind: 'text', text: 'known' } as never, by: BEN, at: '2026-10-01T09:00:00.000Z' }] };
      await first.store.set(answerKey('acc-globex', q.id), record);
    }
    await first.store.delete(PLAN_PROGRESS_KEY);
    await first.close();

    const second = await testApp({ data: 'demo', dataDir });
    try {
      await settle(second);
      // 50 of 57 answered: 88%, worth 0.88 × 4 points.
      expect(await second.say(MARIA, 'how healthy is Globex?')).toContain('Account plan 3.5/4 — Account plan 88% complete.');
    } finally {
      await second.close();
    }
  });
});
