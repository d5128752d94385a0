import { afterEach, describe, expect, it } from 'vitest';
import { assignOpenItem, raiseOpenItem } from '../../src/core/plan/open-items.js';
import { testApp, type TestApp } from '../helpers/app.js';

const BEN = 'ben.carter@acre.example';
const ANNA = 'anna.kowalska@acre.example';

describe('"what\'s on my plate this week?"', () => {
  let app: TestApp;
  afterEach(() => app.close());

  it('lists the next seven days\' QBRs and open plan items, the renewals with their health, and what slipped, for the asker only', async () => {
    app = await testApp({ data: 'demo' });
    app.clock.set(new Date('2026-11-27T10:00:00Z'));
    // An open item of Ben's at Globex due Monday; one of Anna's at Initech; and one at Initech named as Ben's, which he may not see.
    await raiseOpenItem(app.store, 'acc-globex', 'our_team.relationship_lead', BEN, app.clock.now().toISOString());
    await assignOpenItem(app.store, 'acc-globex', 'our_team.relationship_lead', { owner: BEN, due: '2026-11-30', by: BEN });
    await raiseOpenItem(app.store, 'acc-initech', 'our_team.relationship_lead', ANNA, app.clock.now().toISOString());
    await assignOpenItem(app.store, 'acc-initech', 'our_team.relationship_lead', { owner: ANNA, due: '2026-11-30', by: ANNA });
    await raiseOpenItem(app.store, 'acc-initech', 'customer_team.decision_makers', ANNA, app.clock.now().toISOString());
    await assignOpenItem(app.store, 'acc-initech', 'customer_team.decision_makers', { owner: BEN, due: '2026-11-30', by: ANNA });

    const text = await app.say(BEN, "what's on my plate this week?");
    expect(text).toContain('== Your next 7 days — 27 Nov 2026 to 3 Dec 2026 ==');
    expect(text).toContain('QBRs booked in the next 7 days\n  • 3 Dec 2026 (in 6 days) — Northwind Logistics');
    expect(text).toMatch(/Renewing in the next 90 days\n {2}• Northwind Logistics · 27 Dec 2026 \(in 30 days\) · \d+\/100 · watch/);
    expect(text).toContain('Your open plan items due in the next 7 days, or overdue\n  • Globex Corporation · Who leads the relationship on our side? — due 30 Nov 2026 (in 3 days)');
    expect(text).toContain('[Brief: Northwind Logistics]');
    expect(text).not.toMatch(/Initech|Acme|Wisła/);
    expect(await app.say(BEN, 'my week')).toBe(text);

    const anna = await app.say(ANNA, 'co mam w tym tygodniu?');
    expect(anna).toContain('== Twoje najbliższe 7 dni — od 27 lis 2026 do 3 gru 2026 ==');
    expect(anna).toContain('Initech · Kto po naszej stronie prowadzi relację z klientem? — termin 30 lis 2026 (za 3 dni)');
    expect(anna).toMatch(/Gorzej niż przed tygodniem: nowe zagrożone lub do obserwacji, albo niżej\n {2}• Initech \d+\/100 · zagrożone/);
    expect(anna).not.toMatch(/Globex|Northwind/);
  });

  it('says plainly when nothing is due', async () => {
    app = await testApp({ data: 'demo' });
    // A year on, with no renewal or QBR left in the window and every plan item closed: an empty week.
    app.clock.set(new Date('2029-06-01T10:00:00Z'));
    const text = await app.say(BEN, 'my week');
    expect(text).toContain('== Your next 7 days — 1 Jun 2029 to 7 Jun 2029 ==');
    expect(text).toContain('Nothing is due: no QBR booked in the next 7 days, no renewal in the next 90 days');
  });
});
