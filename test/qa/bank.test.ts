import { beforeAll, describe, expect, it } from 'vitest';
import { questionBank } from './bank/index.js';
import { accuracyByIntent, runBank, type BankResult } from './bank/run.js';

/**
 * The question bank, as users ask: an accuracy floor over all of it, and every
 * fact of the core subset checked one by one. The floor is set a little under what
 * the bank reached when it was written (99% of 199), to catch regressions without
 * failing on one new wording.
 */
const ACCURACY_FLOOR = 0.95;

describe('the account Q&A question bank on the demo portfolio', () => {
  let results: BankResult[];
  beforeAll(async () => {
    results = await runBank(questionBank);
  }, 120_000);

  it('holds at least 150 questions, with Polish, typos and follow-ups among them', () => {
    expect(questionBank.length).toBeGreaterThanOrEqual(150);
    expect(questionBank.filter((q) => q.as === 'anna').length).toBeGreaterThanOrEqual(30);
    expect(questionBank.filter((q) => q.after).length).toBeGreaterThanOrEqual(10);
  });

  it(`understands and answers at least ${ACCURACY_FLOOR * 100}% of it right`, () => {
    const right = results.filter((r) => r.right).length / results.length;
    const misses = results.filter((r) => !r.right).map((r) => `${r.question.say}: ${r.problems.join('; ')}`);
    expect(right, misses.join('\n')).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
  });

  it('gets every intent right most of the time', () => {
    for (const row of accuracyByIntent(results)) expect(row.intentRight / row.questions, row.intent).toBeGreaterThanOrEqual(0.8);
  });

  describe('answers the core questions with exactly the expected facts', () => {
    for (const q of questionBank.filter((x) => x.core)) {
      it(`${q.as}: "${q.say}"${q.after ? ` (after "${q.after.join('", "')}")` : ''}`, () => {
        const r = results.find((x) => x.question === q)!;
        expect(r.intent).toBe(q.intent);
        expect(r.problems).toEqual([]);
      });
    }
  });
});
