import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openItemsDue, openItemsOf } from '../../src/core/plan/open-items.js';
import { questionFile, QuestionSetError } from '../../src/core/plan/questions.js';
import { planCompleteness } from '../../src/core/plan/summary.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { converse } from './transcript.js';

const chloe = 'chloe.martin@acre.example';
const anna = 'anna.kowalska@acre.example';
const DAY = 86_400_000;

describe('keeping the plan fresh', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await testApp({ data: 'demo' });
  });
  afterAll(() => app.close());

  it('offers answers older than 180 days for review before new questions, then returns to where Chloe was', async () => {
    await converse(app, chloe, [
      ['/account-plan acme', '1/20'],
      ['me, KAM', '2/20'],
      ['keep', 'Saved: James Whitfield (Managing Director · decision maker · supporter)', '3/20'],
      ['nobody', '4/20'],
      ['pause', 'Paused'],
    ]);
    app.clock.advance(200 * DAY);
    await converse(app, chloe, [
      ['/account-plan acme', 'First, 3 answers are more than 180 days old.', '1/20 · Our team · review', 'Current answer (Chloe Martin, 25 Nov 2026): Chloe Martin (KAM). Still right?', '[Keep]'],
      ['keep', 'Kept as it is.', '2/20', 'review'],
      ['Peter Lang, Operations Director, decision maker, supporter; Ruth Adams, CFO, decision maker, neutral', 'Saved: Peter Lang', 'Ruth Adams (CFO · decision maker · neutral)', '3/20 · The customer\'s people · review'],
      ['skip', '4/20', 'Who are our champions', { not: 'review' }],
    ]);
    // Skipped, the old answer stays due for review next time; kept and changed ones are fresh again.
    app.clock.advance(2 * DAY);
    await converse(app, chloe, [['/account-plan acme', 'First, 1 answer is more than 180 days old.', '3/20']]);
  });

  it('reviews after the age an admin sets', async () => {
    const strict = await testApp({ data: 'demo', app: { planReviewAfterDays: 7 } });
    await converse(strict, anna, [['/account-plan litware', '1/10'], ['me, KAM', '2/10']]);
    strict.clock.advance(8 * DAY);
    await converse(strict, anna, [['/account-plan litware', 'Najpierw 1 odpowiedź ma ponad 7 dni.', '1/10 · Nasz zespół · przegląd']]);
    await strict.close();
  });

  it('lists open items due by a date for the reminder job, closes them when answered, and reports completeness for the health score', async () => {
    await converse(app, chloe, [
      ['/account-plan acme', '3/20'],
      ['keep', '4/20'],
      ["don't know", 'Noted as unknown', '5/20'],
      ["don't know", '6/20'],
      ['done', 'Open item 1/2'],
      ['owner anna, due in 2 weeks', 'Anna Kowalska finds it out by', 'Open item 2/2'],
      ['skip', 'The Acme Corporation plan is saved.'],
    ]);
    const today = new Date(app.clock.now()).toISOString().slice(0, 10);
    const due = await openItemsDue(app.store, '2027-12-31');
    expect(due).toEqual([expect.objectContaining({ accountId: 'acc-acme', questionId: 'customer_team.champions', owner: anna, raisedBy: chloe })]);
    expect(due[0].due! > today).toBe(true);
    expect(await openItemsDue(app.store, today)).toEqual([]);
    expect((await openItemsOf(app.store, 'acc-acme')).map((i) => i.questionId)).toEqual(['customer_team.champions', 'customer_team.blockers']);

    expect(await planCompleteness(app.store, 'acc-acme', 'normal', app.questionSets.en)).toBeCloseTo(3 / 20);
    await converse(app, chloe, [['/account-plan acme', '6/20'], ['go to people', '4/20'], ['Jo Baker, buyer, champion', 'Saved: Jo Baker (buyer · champion)']]);
    expect((await openItemsOf(app.store, 'acc-acme')).map((i) => i.questionId)).toEqual(['customer_team.blockers']);
    expect(await openItemsDue(app.store, '2027-12-31')).toEqual([]);
    expect(await planCompleteness(app.store, 'acc-acme', 'normal', app.questionSets.en)).toBeCloseTo(4 / 20);
    expect(await planCompleteness(app.store, 'acc-litware', 'prospect', app.questionSets.en)).toBe(0);
  });
});

describe('a broken question file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'acre-plan-questions-'));
    const prompts = join(import.meta.dirname, '..', '..', 'prompts');
    for (const locale of ['en', 'pl'] as const) copyFileSync(questionFile(prompts, locale), questionFile(dir, locale));
    const en = questionFile(dir, 'en');
    writeFileSync(en, readFileSync(en, 'utf8').replace(/(id: needs\.urgency[\s\S]*?type: )scale/, '$1scael'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops the app from starting, naming the file, the question, the field and what would work', async () => {
    const started = testApp({ data: 'demo', app: { questionsDir: dir } });
    await expect(started).rejects.toThrow(QuestionSetError);
    await expect(started).rejects.toThrow(/account-plan\.en\.yaml, question \d+ \(needs\.urgency\), line \d+: 'type' must be one of text, long_text, .*; got 'scael'/);
  });
});
