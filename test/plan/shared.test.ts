import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlan, recordAnswer } from '../../src/core/plan/record.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { converse } from './transcript.js';

const ben = 'ben.carter@acre.example';
const chloe = 'chloe.martin@acre.example';
const DAY = 86_400_000;

describe('two people on one plan', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await testApp({ data: 'demo' });
  });
  afterAll(() => app.close());

  it('keeps both answers when two members of the team work on one plan at the same time', async () => {
    await converse(app, ben, [
      ['/account-plan globex', '1/57'],
      ['me, KAM', 'Saved: Ben Carter (KAM)', '2/57'],
    ]);
    await converse(app, chloe, [['/account-plan globex', "Let's build the Globex Corporation account plan", '2/57 · Our team', { not: '1/57' }]]);

    const [fromBen, fromChloe] = await Promise.all([app.say(ben, 'Tom Reed, delivery lead'), app.say(chloe, 'Chloe Martin, solutions engineer')]);
    expect(fromBen).toContain('3/57');
    expect(fromChloe).toContain('3/57');
    const plan = await readPlan(app.store, 'acc-globex', [{ id: 'our_team.core_team' }]);
    const versions = plan.records.get('our_team.core_team')!.versions;
    expect(versions.map((v) => v.by).sort()).toEqual([ben, chloe]);

    await converse(app, chloe, [['Maria Nowak', 'Saved: Maria Nowak', '4/57']]);
    await converse(app, ben, [['Maria Nowak, sales director', 'Saved: Maria Nowak (sales director)', 'It replaces the answer by Chloe Martin, 25 Nov 2026, which stays in the history.', '4/57']]);

    // Ben was asked question 4 before Chloe answered it; when he comes back, he moves on.
    app.clock.advance(60_000);
    await converse(app, chloe, [['1', 'Saved: Technical expert', '5/57']]);
    await converse(app, ben, [['/account-plan globex', 'That question was answered meanwhile (Chloe Martin, 25 Nov 2026); moving on.', '5/57']]);
  });

  it('never loses a version, however many answers arrive at once', async () => {
    const at = app.clock.now().toISOString();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => recordAnswer(app.store, 'acc-globex', 'needs.unmet_needs', { status: 'answered', value: { kind: 'text', text: `idea ${i}` }, by: i % 2 ? ben : chloe, at })),
    );
    const plan = await readPlan(app.store, 'acc-globex', [{ id: 'needs.unmet_needs' }]);
    expect(plan.records.get('needs.unmet_needs')!.versions).toHaveLength(20);
  });

  it('tells Ben what changed since his last visit, with who changed it and what it replaced', async () => {
    app.clock.advance(2 * DAY);
    await converse(app, chloe, [
      ['/account-plan globex', '5/57'],
      ['25%', 'Saved: 25%', '6/57'],
      ['back', '5/57', 'Current answer (Chloe Martin, 27 Nov 2026): 25%'],
      ['30%', 'Saved: 30%', { not: 'replaces' }, '6/57'],
    ]);
    app.clock.advance(DAY);
    await converse(app, ben, [
      ['what changed in the globex plan since last time?', 'Globex Corporation plan — changes since your last visit (25 Nov 2026)',
        "What share of the relationship lead's selling time goes to this account? 30% (was: 25%) — Chloe Martin, 27 Nov 2026",
        { not: 'Technical expert' },
        'Sources: account plan › our_team.time_share · Chloe Martin (27 Nov 2026)', { not: 'idea 3' }],
    ]);
  });

  it('exports each answer with its author and date, and the versions it replaced', async () => {
    const [markdown] = await app.replies(ben, '/account-plan globex export');
    expect(markdown.attachment?.filename).toBe('account-plan-acc-globex-2026-11-28.md');
    const md = markdown.attachment!.content;
    expect(md).toContain('# Account plan: Globex Corporation\n\nStrategic · owner Ben Carter · exported 28 Nov 2026');
    expect(md).toContain('### Which of our senior managers backs this account?\n\nMaria Nowak (sales director)\n\n_Ben Carter, 25 Nov 2026_\n\nEarlier answers:\n- 25 Nov 2026, Chloe Martin: Maria Nowak');
    expect(md).toContain("### What share of the relationship lead's selling time goes to this account?\n\n30%\n\n_Chloe Martin, 27 Nov 2026_\n\nEarlier answers:\n- 27 Nov 2026, Chloe Martin: 25%");
    expect(md).toContain('### How often does our account team meet to go over this account?\n\n_Not answered yet._');
    expect(md).toContain('## Open items\n\n_No open items._');

    const [json] = await app.replies(ben, '/account-plan globex export json');
    const doc = JSON.parse(json.attachment!.content) as { categories: { questions: { id: string; history: { by: string; value?: unknown }[] }[] }[] };
    const sponsor = doc.categories[0].questions.find((q) => q.id === 'our_team.executive_sponsor')!;
    expect(sponsor.history).toEqual([expect.objectContaining({ by: chloe, value: { kind: 'people', people: [{ name: 'Maria Nowak', email: 'maria.nowak@acre.example' }] } })]);
  });
});
