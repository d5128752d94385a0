import { afterEach, describe, expect, it } from 'vitest';
import type { Messenger } from '../../src/core/ports.js';
import { qbrReminderJobs, sendQbrRemindersDue } from '../../src/jobs/qbr-reminders.js';
import type { Scheduler } from '../../src/jobs/scheduler.js';
import { sentRecordOf } from '../../src/jobs/sent-record.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { recordingMessenger, runJobsUntil, type Sent } from '../helpers/jobs.js';

const BEN = 'ben.carter@acre.example';
const ANNA = 'anna.kowalska@acre.example';
const CHLOE = 'chloe.martin@acre.example';

/** Starts the reminder jobs on a scheduler, as Acre does, and walks the fake clock hour by hour to `until`. */
const runUntil = (app: TestApp, messenger: Messenger, until: string, scheduler?: Scheduler) => runJobsUntil(app, qbrReminderJobs, messenger, until, scheduler);

/** When and to whom the messages whose title mentions `title` went. */
const about = (sent: Sent[], title: string) => sent.filter((s) => s.text.split('\n')[0].includes(title)).map((s) => `${s.at} ${s.to}`);

describe('QBR reminders, on a fake clock', () => {
  let app: TestApp;
  afterEach(() => app.close());

  it('sends each reminder once at each lead time, at 09:00 in the recipient\'s zone', async () => {
    app = await testApp({ data: 'demo' });
    const messenger = recordingMessenger(app);
    await runUntil(app, messenger, '2026-12-17T00:00:00Z');
    // Northwind Logistics, 3 Dec, Ben in New York (09:00 EST = 14:00Z); the 14-day one fell before the clock started.
    expect(about(messenger.sent, 'QBR with Northwind Logistics')).toEqual([`2026-11-26T14:00:00.000Z ${BEN}`, `2026-12-02T14:00:00.000Z ${BEN}`]);
    // Wide World Importers, 8 Dec, Chloe in London (09:00 GMT = 09:00Z).
    expect(about(messenger.sent, 'QBR with Wide World Importers')).toEqual([`2026-12-01T09:00:00.000Z ${CHLOE}`, `2026-12-07T09:00:00.000Z ${CHLOE}`]);
    // Łódzka Energetyka, 16 Dec, Anna in Warsaw (09:00 CET = 08:00Z), in Polish.
    expect(about(messenger.sent, 'QBR z Łódzka Energetyka S.A.')).toEqual([`2026-12-02T08:00:00.000Z ${ANNA}`, `2026-12-09T08:00:00.000Z ${ANNA}`, `2026-12-15T08:00:00.000Z ${ANNA}`]);
    // Northwind Traders' 14-day reminder (25 Nov, 09:00 London) was an hour old at start: caught up once.
    expect(about(messenger.sent, 'QBR with Northwind Traders')).toEqual([`2026-11-25T10:00:00.000Z ${CHLOE}`, `2026-12-02T09:00:00.000Z ${CHLOE}`, `2026-12-08T09:00:00.000Z ${CHLOE}`]);
  });

  it('puts the preparation checklist and the brief buttons in the 14-day reminder only', async () => {
    app = await testApp({ data: 'demo' });
    const messenger = recordingMessenger(app);
    await runUntil(app, messenger, '2026-12-03T00:00:00Z');
    const [fourteen, seven] = messenger.sent.filter((s) => s.text.includes('Łódzka'));
    expect(fourteen.text).toContain('QBR z Łódzka Energetyka S.A. za 14 dni — 16 gru 2026');
    expect(fourteen.text).toContain('Lista przygotowań');
    expect(fourteen.text).toContain('Zaproś decydenta i orędownika');
    const buttons = fourteen.replies[0].blocks.flatMap((b) => (b.kind === 'buttons' ? b.buttons : []));
    expect(buttons.map((b) => b.action)).toEqual([{ id: 'ask', value: '/qbr-prep acc-lodzka-energetyka' }, { id: 'ask', value: '/qbr-prep acc-lodzka-energetyka md' }]);
    expect(fourteen.text).toMatch(/Sources: demo\/accounts\.csv › next_qbr_date/);
    const nwl = messenger.sent.find((s) => s.text.includes('Northwind Logistics in 7 days'))!;
    expect(nwl.text).not.toContain('Preparation checklist');
    expect(nwl.text).toContain('[Prepare the brief]');
  });

  it('pressing the reminder\'s button returns the brief', async () => {
    app = await testApp({ data: 'demo' });
    const text = await app.say(ANNA, '', { action: { id: 'ask', value: '/qbr-prep acc-lodzka-energetyka' } });
    expect(text).toContain('Materiał na QBR — Łódzka Energetyka S.A.');
  });

  it('nudges the owner every Monday while no QBR is booked, and stops once one is', async () => {
    app = await testApp({ data: 'demo' });
    const messenger = recordingMessenger(app);
    const scheduler = await runUntil(app, messenger, '2026-12-01T00:00:00Z');
    expect(about(messenger.sent, 'Initech: QBR nie jest zaplanowany')).toEqual([`2026-11-30T08:00:00.000Z ${ANNA}`]);
    expect(about(messenger.sent, 'Coho Winery: no QBR booked')).toEqual([`2026-11-30T09:00:00.000Z ${CHLOE}`]);
    const initech = messenger.sent.find((s) => s.text.includes('Initech: QBR'))!;
    expect(initech.text).toContain('QBR jest zaległy o 102 dni: termin minął 20 sie 2026 (ostatni odbył się 20 maj 2026)');
    await app.say(ANNA, '/qbr-prep initech zaplanuj 2026-12-18');
    await runUntil(app, messenger, '2026-12-15T00:00:00Z', scheduler);
    expect(about(messenger.sent, 'Initech: QBR nie jest zaplanowany')).toEqual([`2026-11-30T08:00:00.000Z ${ANNA}`]);
    expect(about(messenger.sent, 'Coho Winery: no QBR booked')).toEqual([`2026-11-30T09:00:00.000Z ${CHLOE}`, `2026-12-07T09:00:00.000Z ${CHLOE}`, `2026-12-14T09:00:00.000Z ${CHLOE}`]);
    expect(about(messenger.sent, 'QBR z Initech')).toEqual([`2026-12-04T08:00:00.000Z ${ANNA}`, `2026-12-11T08:00:00.000Z ${ANNA}`]);
  });

  it('moves the reminders with a rescheduled QBR, and drops them for a cancelled one', async () => {
    app = await testApp({ data: 'demo' });
    const messenger = recordingMessenger(app);
    expect(await app.say(BEN, '/qbr-prep northwind logistics schedule 2026-12-10')).toContain('moved from 3 Dec 2026');
    expect(await app.say(CHLOE, 'cancel the Wide World QBR')).toContain('Cancelled the QBR with **Wide World Importers** on 8 Dec 2026'.replace(/\*\*/g, ''));
    await runUntil(app, messenger, '2026-12-11T00:00:00Z');
    // 10 December: 14 days before is 26 November, then 3 and 9 December; nothing for 3 December any more.
    expect(about(messenger.sent, 'QBR with Northwind Logistics')).toEqual([`2026-11-26T14:00:00.000Z ${BEN}`, `2026-12-03T14:00:00.000Z ${BEN}`, `2026-12-09T14:00:00.000Z ${BEN}`]);
    expect(messenger.sent.find((s) => s.at.startsWith('2026-11-26') && s.to === BEN)!.text).toContain('QBR with Northwind Logistics in 14 days — 10 Dec 2026');
    expect(about(messenger.sent, 'QBR with Wide World Importers')).toEqual([]);
    // The cancelled QBR's owner is nudged on Mondays instead.
    expect(about(messenger.sent, 'Wide World Importers: no QBR booked')).toEqual([`2026-11-30T09:00:00.000Z ${CHLOE}`, `2026-12-07T09:00:00.000Z ${CHLOE}`]);
  });

  it('does not send a reminder again when the day is run twice, even if the QBR was moved away and back in between', async () => {
    app = await testApp({ data: 'demo' });
    const messenger = recordingMessenger(app);
    const slot = new Date('2026-11-26T14:00:00Z');
    const first = await sendQbrRemindersDue({ app, messenger }, 'America/New_York', slot);
    expect(first.map((o) => [o.reminder.accountId, o.reminder.leadDays, o.outcome])).toEqual([['acc-northwind-logistics', 7, 'sent']]);
    // What `acre reminders` reads to say "already sent": the claim itself cannot be read back.
    expect(await sentRecordOf(app.store, first[0].reminder.key)).toEqual({ at: '2026-11-25T10:00:00.000Z', delivered: true });
    await app.say(BEN, '/qbr-prep northwind logistics schedule 2026-12-11');
    await app.say(BEN, '/qbr-prep northwind logistics schedule 2026-12-03');
    const again = await sendQbrRemindersDue({ app, messenger }, 'America/New_York', slot);
    expect(again.map((o) => o.outcome)).toEqual(['already_sent']);
    expect(messenger.sent).toHaveLength(1);
  });

  it('words a caught-up reminder as of the day it goes out, and does not send one whose QBR is over', async () => {
    app = await testApp({ data: 'demo' });
    const messenger = recordingMessenger(app);
    // Wide World Importers, 8 Dec: Chloe's 7-day reminder (1 Dec, 09:00 London) caught up on 2 Dec at 08:00.
    app.clock.set(new Date('2026-12-02T08:00:00Z'));
    const late = await sendQbrRemindersDue({ app, messenger }, 'Europe/London', new Date('2026-12-01T09:00:00Z'));
    expect(late.map((o) => [o.reminder.accountId, o.reminder.leadDays, o.outcome])).toEqual([['acc-wide-world', 7, 'sent']]);
    expect(messenger.sent[0].text.split('\n')[0]).toBe('== QBR with Wide World Importers in 6 days — 8 Dec 2026 ==');
    // Its 1-day reminder (7 Dec) caught up only on 9 Dec, with a longer catch-up window: the QBR is over, so nothing goes out.
    app.clock.set(new Date('2026-12-09T08:00:00Z'));
    const over = await sendQbrRemindersDue({ app, messenger }, 'Europe/London', new Date('2026-12-07T09:00:00Z'));
    const reminders = over.filter((o) => o.reminder.kind === 'reminder');
    expect(reminders.map((o) => [o.reminder.accountId, o.reminder.leadDays, o.outcome])).toEqual([['acc-wide-world', 1, 'too_late']]);
    // `acre reminders` reads why it never went.
    expect(await sentRecordOf(app.store, reminders[0].reminder.key)).toEqual({ at: '2026-12-09T08:00:00.000Z', delivered: false, detail: 'too late: the QBR was over when Acre was running again' });
    expect(about(messenger.sent, 'QBR with')).toHaveLength(1);
  });

  it('sends nothing twice across a restart, and catches up what fell due while Acre was down', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dataDir = mkdtempSync(join(tmpdir(), 'acre-qbr-restart-'));
    const sent: Sent[] = [];
    try {
      app = await testApp({ data: 'demo', dataDir });
      const first = recordingMessenger(app);
      const s1 = await runUntil(app, first, '2026-11-26T15:00:00Z');
      await s1.stop();
      sent.push(...first.sent);
      await app.close();
      // Down from 15:00Z on the 26th to 10:00Z on 1 December: Chloe's 09:00 reminder that day is caught up.
      app = await testApp({ data: 'demo', dataDir });
      app.clock.set(new Date('2026-12-01T10:00:00Z'));
      const second = recordingMessenger(app);
      const s2 = await runUntil(app, second, '2026-12-01T12:00:00Z');
      await s2.stop();
      sent.push(...second.sent);
      // And a restart right after sends nothing more.
      const third = recordingMessenger(app);
      const s3 = await runUntil(app, third, '2026-12-01T13:00:00Z');
      await s3.stop();
      expect(third.sent).toEqual([]);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
      app = await testApp({ data: 'empty' });
    }
    expect(about(sent, 'QBR with Northwind Logistics')).toEqual([`2026-11-26T14:00:00.000Z ${BEN}`]);
    expect(about(sent, 'QBR with Wide World Importers')).toEqual([`2026-12-01T10:00:00.000Z ${CHLOE}`]);
    expect(sent.map((s) => s.text).filter((t) => t.includes('Northwind Traders in 14 days'))).toHaveLength(1);
  });

  it('reminds the account team as well when configured, each in their own zone', async () => {
    app = await testApp({ data: 'demo', env: { ACRE_QBR_REMIND_TEAM: 'true' } });
    const messenger = recordingMessenger(app);
    await runUntil(app, messenger, '2026-11-27T00:00:00Z');
    expect(about(messenger.sent, 'QBR with Northwind Logistics')).toEqual([`2026-11-26T09:00:00.000Z ${CHLOE}`, `2026-11-26T14:00:00.000Z ${BEN}`]);
    const chloe = messenger.sent.find((s) => s.to === CHLOE && s.text.includes('Northwind Logistics'))!;
    expect(chloe.text).toContain('You are on the account team; Ben Carter owns the account.');
  });

  it('keeps 09:00 local across the spring daylight-saving change', async () => {
    app = await testApp({ data: 'demo' });
    const messenger = recordingMessenger(app);
    app.clock.set(new Date('2027-03-20T00:00:00Z'));
    await app.say(ANNA, 'QBR z Łódzka Energetyka 5 kwietnia');
    await runUntil(app, messenger, '2027-04-05T00:00:00Z');
    // 22 March is still CET (08:00Z); from 28 March Warsaw is on CEST (07:00Z).
    expect(about(messenger.sent, 'QBR z Łódzka Energetyka S.A.')).toEqual([`2027-03-22T08:00:00.000Z ${ANNA}`, `2027-03-29T07:00:00.000Z ${ANNA}`, `2027-04-04T07:00:00.000Z ${ANNA}`]);
  });
});
