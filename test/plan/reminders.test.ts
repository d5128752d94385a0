import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assignOpenItem, openItemsOf, raiseOpenItem } from '../../src/core/plan/open-items.js';
import type { Logger, Messenger } from '../../src/core/ports.js';
import { planReminderJobs, sendPlanRemindersDue } from '../../src/jobs/plan-reminders.js';
import type { Scheduler } from '../../src/jobs/scheduler.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { acreCommand } from '../helpers/cli.js';
import { recordingMessenger, runJobsUntil, type Sent } from '../helpers/jobs.js';
import { converse } from './transcript.js';

const ANNA = 'anna.kowalska@acre.example';
const BEN = 'ben.carter@acre.example';
const CHLOE = 'chloe.martin@acre.example';
const LEAD = 'our_team.relationship_lead';
const DECIDERS = 'customer_team.decision_makers';

const runUntil = (app: TestApp, messenger: Messenger, until: string, scheduler?: Scheduler) => runJobsUntil(app, planReminderJobs, messenger, until, scheduler);

/** When each message went, to whom, and its heading, one line each: "<at> <to>: <heading>". */
const log = (sent: Sent[], to?: string) => sent.filter((s) => !to || s.to === to).map((s) => `${s.at} ${s.to}: ${heading(s)}`);
const heading = (s: Sent) => s.text.split('\n')[0].replace(/^== (.*) ==$/, '$1');

/**
 * The open items these tests remind of, made the way people make them, on Wednesday
 * 25 November 2026. Chloe (London) doesn't know who leads Acme or who decides there:
 * the first is hers by 1 December, the second Anna's by 4 December, though Anna does
 * not cover Acme. Ben asks Chloe, on the Globex team, to find out who leads Globex by
 * 1 December. Anna (Warsaw, Polish) takes Initech's on herself, by 3 December.
 */
async function givenOpenItems(app: TestApp): Promise<void> {
  await converse(app, CHLOE, [
    ['/account-plan acme', '1/20'],
    ["don't know", 'Noted as unknown', '2/20'],
    ["don't know", '3/20'],
    ['done', 'Open item 1/2'],
    ['me, 2026-12-01', 'Chloe Martin finds it out by 1 Dec 2026', 'Open item 2/2'],
    // Anna does not cover Acme, so she would never be reminded: Chloe is told at once.
    ['owner anna, due 2026-12-04', 'Anna Kowalska does not cover Acme Corporation in Acre, so Acre will not remind them of it', 'The Acme Corporation plan is saved.'],
  ]);
  await converse(app, BEN, [
    ['/account-plan globex', '1/57'],
    ["don't know", '2/57'],
    ['done', 'Open item 1/1'],
    ['owner chloe, due 2026-12-01', 'Chloe Martin finds it out by 1 Dec 2026', { not: 'does not cover' }],
  ]);
  await converse(app, ANNA, [
    ['/account-plan initech', '1/57'],
    ['nie wiem', '2/57'],
    ['koniec', 'Otwarta sprawa 1/1'],
    ['ja, 2026-12-03', 'Anna Kowalska ustali to do 3 gru 2026'],
  ]);
}

/** A logger that keeps what was logged at warn and above. */
function recordingLogger(): Logger & { events: object[] } {
  const events: object[] = [];
  const logger: Logger & { events: object[] } = {
    events,
    debug() {},
    info() {},
    warn: (obj) => void events.push(obj),
    error: (obj) => void events.push(obj),
    child: () => logger,
  };
  return logger;
}

describe('open-item reminders, on a fake clock', () => {
  let app: TestApp;
  afterEach(() => app.close());

  it('reminds each owner 3 days ahead and on the day, at 09:00 in their zone, in one message a day listing all their items', async () => {
    app = await testApp({ data: 'demo' });
    await givenOpenItems(app);
    const messenger = recordingMessenger(app);
    await runUntil(app, messenger, '2026-12-04T00:00:00Z');
    // Chloe in London (09:00 GMT = 09:00Z): Acme and Globex together, on Saturday the 28th and on the 1st.
    expect(log(messenger.sent, CHLOE)).toEqual([
      `2026-11-28T09:00:00.000Z ${CHLOE}: 2 account-plan items to find out`,
      `2026-12-01T09:00:00.000Z ${CHLOE}: 2 account-plan items to find out`,
    ]);
    const [ahead, onTheDay] = messenger.sent.filter((s) => s.to === CHLOE);
    expect(ahead.text).toBe(
      [
        '== 2 account-plan items to find out ==',
        'You are the one finding these out for the account plan. Once you know, answer: the item closes and the reminders stop.',
        'Acme Corporation · Who leads the relationship on our side?',
        'due 1 Dec 2026 (in 3 days)',
        '[Answer now]',
        'Globex Corporation · Who leads the relationship on our side?',
        'due 1 Dec 2026 (in 3 days) · asked by Ben Carter',
        '[Answer now]',
        'Answer now goes straight to the question; /account-plan acc-acme, /account-plan acc-globex opens the plan where you left it. Overdue items come back once a week until answered.',
        'Sources: Acme Corporation plan — open items; Globex Corporation plan — open items',
      ].join('\n'),
    );
    const buttons = ahead.replies[0].blocks.flatMap((b) => (b.kind === 'buttons' ? b.buttons : []));
    expect(buttons.map((b) => b.action)).toEqual([{ id: 'plan.item', value: `acc-acme|${LEAD}` }, { id: 'plan.item', value: `acc-globex|${LEAD}` }]);
    expect(onTheDay.text).toContain('due today (1 Dec 2026)');
    // Anna in Warsaw (09:00 CET = 08:00Z): only Initech; she may not see Acme.
    expect(log(messenger.sent, ANNA)).toEqual([
      `2026-11-30T08:00:00.000Z ${ANNA}: 1 sprawa z planu klienta do ustalenia`,
      `2026-12-03T08:00:00.000Z ${ANNA}: 1 sprawa z planu klienta do ustalenia`,
    ]);
    expect(messenger.sent).toHaveLength(4);
  });

  it('words Anna\'s reminders in Polish, from the Polish questions', async () => {
    app = await testApp({ data: 'demo' });
    await givenOpenItems(app);
    const messenger = recordingMessenger(app);
    await runUntil(app, messenger, '2026-12-08T00:00:00Z');
    const [ahead, onTheDay, overdue] = messenger.sent.filter((s) => s.to === ANNA).map((s) => s.text);
    expect(ahead).toContain('To Ty masz to ustalić do planu klienta.');
    expect(ahead).toContain('Initech · Kto po naszej stronie prowadzi relację z klientem?\ntermin 3 gru 2026 (za 3 dni)\n[Odpowiedz]');
    expect(ahead).toContain('Odpowiedz prowadzi prosto do pytania; /account-plan acc-initech wznawia pracę nad planem.');
    expect(ahead).toContain('Sources: Plan Initech — otwarte sprawy');
    expect(onTheDay).toContain('termin dziś (3 gru 2026)');
    expect(overdue).toMatch(/^== 1 sprawa z planu klienta do ustalenia — 1 po terminie ==\n/);
    expect(overdue).toContain('termin minął 3 gru 2026 — 4 dni po terminie');
  });

  it('reminds of overdue items every Monday until they are answered; the button opens the plan at the item', async () => {
    app = await testApp({ data: 'demo' });
    await givenOpenItems(app);
    const messenger = recordingMessenger(app);
    const scheduler = await runUntil(app, messenger, '2026-12-08T00:00:00Z');
    const monday = messenger.sent.find((s) => s.to === CHLOE && s.at.startsWith('2026-12-07'))!;
    expect(heading(monday)).toBe('2 account-plan items to find out — 2 overdue');
    expect(monday.text).toContain('Acme Corporation · Who leads the relationship on our side?\nwas due 1 Dec 2026 — overdue by 6 days');

    // Chloe presses Acme's button: the plan opens at that question, and her answer closes the item.
    const opened = await app.say(CHLOE, '', { action: { id: 'plan.item', value: `acc-acme|${LEAD}` } });
    expect(opened).toContain('The Acme Corporation plan, at your open item (due 1 Dec 2026).');
    expect(opened).toContain('1/20 · Our team');
    expect(opened).toContain('Who leads the relationship on our side?');
    await converse(app, CHLOE, [['me, KAM', 'Saved: Chloe Martin (KAM)']]);
    expect((await openItemsOf(app.store, 'acc-acme')).map((i) => i.questionId)).toEqual([DECIDERS]);

    await runUntil(app, messenger, '2026-12-22T00:00:00Z', scheduler);
    // Nothing on the days between; on Mondays only what is still open.
    expect(log(messenger.sent, CHLOE).slice(2)).toEqual([
      `2026-12-07T09:00:00.000Z ${CHLOE}: 2 account-plan items to find out — 2 overdue`,
      `2026-12-14T09:00:00.000Z ${CHLOE}: 1 account-plan item to find out — 1 overdue`,
      `2026-12-21T09:00:00.000Z ${CHLOE}: 1 account-plan item to find out — 1 overdue`,
    ]);
    expect(messenger.sent.find((s) => s.at.startsWith('2026-12-14') && s.to === CHLOE)!.text).not.toContain('Acme');
    expect(log(messenger.sent, ANNA).slice(2)).toEqual([
      `2026-12-07T08:00:00.000Z ${ANNA}: 1 sprawa z planu klienta do ustalenia — 1 po terminie`,
      `2026-12-14T08:00:00.000Z ${ANNA}: 1 sprawa z planu klienta do ustalenia — 1 po terminie`,
      `2026-12-21T08:00:00.000Z ${ANNA}: 1 sprawa z planu klienta do ustalenia — 1 po terminie`,
    ]);
  });

  it('returns to where the owner was in the plan once the item is answered', async () => {
    app = await testApp({ data: 'demo' });
    await givenOpenItems(app);
    await converse(app, BEN, [['/account-plan globex', '2/57'], ['Me, Anna Kowalska', '3/57']]);
    const opened = await app.say(BEN, '', { action: { id: 'plan.item', value: `acc-globex|${LEAD}` } });
    expect(opened).toContain('1/57 · Our team');
    await converse(app, BEN, [['Chloe Martin, KAM', 'Saved: Chloe Martin (KAM)', '3/57']]);
    expect(await openItemsOf(app.store, 'acc-globex')).toEqual([]);
  });

  it('opens the plan at the item for an owner who never worked on that plan, and closes the item with the answer', async () => {
    app = await testApp({ data: 'demo' });
    await givenOpenItems(app);
    const opened = await app.say(CHLOE, '', { action: { id: 'plan.item', value: `acc-globex|${LEAD}` } });
    expect(opened).toContain('The Globex Corporation plan, at your open item (due 1 Dec 2026).');
    expect(opened).toContain('1/57 · Our team');
    expect(opened).toContain("Current answer (Ben Carter, 25 Nov 2026): don't know");
    await converse(app, CHLOE, [['Ben Carter, KAM', 'Saved: Ben Carter (KAM)', '2/57']]);
    expect(await openItemsOf(app.store, 'acc-globex')).toEqual([]);
  });

  it('tells no one about an account they may not see, and logs a reminder it cannot send', async () => {
    const logger = recordingLogger();
    app = await testApp({ data: 'demo', app: { logger } });
    await givenOpenItems(app);
    // Someone who has left (no longer in users.csv) still owns an Initech item.
    await raiseOpenItem(app.store, 'acc-initech', 'our_team.core_team', ANNA, app.clock.now().toISOString());
    await assignOpenItem(app.store, 'acc-initech', 'our_team.core_team', { owner: 'jan.former@acre.example', due: '2026-12-04', by: ANNA });
    const messenger = recordingMessenger(app);
    const outcomes = await sendPlanRemindersDue({ app, messenger }, 'UTC', new Date('2026-12-04T09:00:00Z'));
    expect(outcomes.map((o) => [o.reminder.accountId, o.reminder.recipient, o.outcome, o.detail])).toEqual([['acc-initech', 'jan.former@acre.example', 'withheld', 'not_a_user']]);
    const warsaw = await sendPlanRemindersDue({ app, messenger }, 'Europe/Warsaw', new Date('2026-12-04T08:00:00Z'));
    expect(warsaw.map((o) => [o.reminder.accountId, o.reminder.recipient, o.outcome, o.detail])).toEqual([['acc-acme', ANNA, 'withheld', 'no_access']]);
    expect(messenger.sent).toEqual([]);
    expect(logger.events).toEqual([
      expect.objectContaining({ event: 'plan_reminder_withheld', owner: 'jan.former@acre.example', reason: 'not_a_user' }),
      expect.objectContaining({ event: 'plan_reminder_withheld', owner: ANNA, reason: 'no_access' }),
    ]);
    // And her button for it, had she one, opens nothing.
    expect(await app.say(ANNA, '', { action: { id: 'plan.item', value: `acc-acme|${DECIDERS}` } })).not.toContain('Acme');
  });

  it('keeps a reminder that could not be delivered as sent, and sends one that failed again on the retry', async () => {
    app = await testApp({ data: 'demo' });
    await givenOpenItems(app);
    const slot = new Date('2026-11-28T09:00:00Z');
    const nowhere: Messenger = { channel: 'test', send: async () => ({ delivered: false, detail: 'no chat channel is running' }) };
    const undelivered = await sendPlanRemindersDue({ app, messenger: nowhere }, 'Europe/London', slot);
    expect(undelivered.map((o) => [o.reminder.accountId, o.outcome])).toEqual([['acc-acme', 'undelivered'], ['acc-globex', 'undelivered']]);
    expect((await sendPlanRemindersDue({ app, messenger: nowhere }, 'Europe/London', slot)).map((o) => o.outcome)).toEqual(['already_sent', 'already_sent']);

    const warsaw = new Date('2026-11-30T08:00:00Z');
    const broken: Messenger = { channel: 'test', send: async () => { throw new Error('Slack is down'); } };
    await expect(sendPlanRemindersDue({ app, messenger: broken }, 'Europe/Warsaw', warsaw)).rejects.toThrow(/1 open-item reminder\(s\) could not be sent: plan:reminder:acc-initech:our_team\.relationship_lead:2026-12-03:3:anna/);
    const messenger = recordingMessenger(app);
    expect((await sendPlanRemindersDue({ app, messenger }, 'Europe/Warsaw', warsaw)).map((o) => o.outcome)).toEqual(['sent']);
    expect((await sendPlanRemindersDue({ app, messenger }, 'Europe/Warsaw', warsaw)).map((o) => o.outcome)).toEqual(['already_sent']);
    expect(messenger.sent).toHaveLength(1);
  });

  it('sends nothing twice across a restart, and catches up what fell due while Acre was down', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'acre-plan-reminders-'));
    const sent: Sent[] = [];
    try {
      app = await testApp({ data: 'demo', dataDir });
      await givenOpenItems(app);
      const first = recordingMessenger(app);
      const s1 = await runUntil(app, first, '2026-11-28T09:30:00Z');
      await s1.stop();
      sent.push(...first.sent);
      await app.close();
      // The same data folder, as after a restart: down until 10:00Z on 1 December; Chloe's 09:00 reminders are caught up.
      app = await testApp({ data: 'demo', dataDir });
      app.clock.set(new Date('2026-12-01T10:00:00Z'));
      const second = recordingMessenger(app);
      const s2 = await runUntil(app, second, '2026-12-01T12:00:00Z');
      await s2.stop();
      sent.push(...second.sent);
      // Another instance right after, as a second replica would be, sends nothing more.
      const other = await testApp({ data: 'demo', dataDir });
      other.clock.set(app.clock.now());
      const third = recordingMessenger(other);
      const s3 = await runUntil(other, third, '2026-12-01T13:00:00Z');
      await s3.stop();
      await other.close();
      expect(third.sent).toEqual([]);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
      app = await testApp({ data: 'empty' });
    }
    expect(log(sent, CHLOE)).toEqual([
      `2026-11-28T09:00:00.000Z ${CHLOE}: 2 account-plan items to find out`,
      `2026-12-01T10:00:00.000Z ${CHLOE}: 2 account-plan items to find out`,
    ]);
    // Anna's reminder of Monday 30 November fell more than 24 hours (the catch-up window) before Acre came back.
    expect(log(sent, ANNA)).toEqual([]);
  });

  it('counts the days left from the day a caught-up reminder goes out, not the day it was due', async () => {
    app = await testApp({ data: 'demo' });
    await givenOpenItems(app);
    const messenger = recordingMessenger(app);
    // Saturday's 09:00 reminder, caught up on Sunday at 08:00 after Acre was down (inside the 24-hour window).
    app.clock.set(new Date('2026-11-29T08:00:00Z'));
    const outcomes = await sendPlanRemindersDue({ app, messenger }, 'Europe/London', new Date('2026-11-28T09:00:00Z'));
    expect(outcomes.map((o) => o.outcome)).toEqual(['sent', 'sent']);
    const [late] = messenger.sent;
    expect(late.text).toContain('due 1 Dec 2026 (in 2 days)');
    expect(late.text).not.toContain('in 3 days');
  });

  it('follows the lead times and hour an admin sets', async () => {
    app = await testApp({ data: 'demo', env: { ACRE_PLAN_REMINDER_DAYS: '7, 1', ACRE_PLAN_REMINDER_HOUR: '7' } });
    await givenOpenItems(app);
    const messenger = recordingMessenger(app);
    await runUntil(app, messenger, '2026-12-03T00:00:00Z');
    expect(log(messenger.sent)).toEqual([
      `2026-11-26T06:00:00.000Z ${ANNA}: 1 sprawa z planu klienta do ustalenia`,
      `2026-11-30T07:00:00.000Z ${CHLOE}: 2 account-plan items to find out`,
      `2026-12-02T06:00:00.000Z ${ANNA}: 1 sprawa z planu klienta do ustalenia`,
    ]);
    expect(messenger.sent[1].text).toContain('due 1 Dec 2026 (tomorrow)');
  });
});

describe('open-item reminders from the acre command', { timeout: 180_000 }, () => {
  it('lists what falls due on a day beside the QBR reminders, says what is held back and what was sent, and prints JSON', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'acre-plan-reminders-cli-'));
    try {
      const app = await testApp({ data: 'demo', dataDir });
      await givenOpenItems(app);
      await sendPlanRemindersDue({ app, messenger: recordingMessenger(app) }, 'Europe/London', new Date('2026-12-01T09:00:00Z'));
      await app.close();
      const acre = acreCommand(dataDir);
      const dec1 = acre(['reminders', '--as-of', '2026-12-01']);
      expect(dec1.code).toBe(0);
      expect(dec1.out).toContain(
        'Account-plan open items to remind of on 2026-12-01 (3):\n' +
          `  2026-12-01 09:00 Europe/Warsaw · open item ${DECIDERS}, due in 3 days (4 Dec 2026) · Acme Corporation (acc-acme) → ${ANNA} · not sent: the owner may not see the account\n` +
          `  2026-12-01 09:00 Europe/London · open item ${LEAD}, due today (1 Dec 2026) · Acme Corporation (acc-acme) → ${CHLOE} · already sent\n` +
          `  2026-12-01 09:00 Europe/London · open item ${LEAD}, due today (1 Dec 2026) · Globex Corporation (acc-globex) → ${CHLOE} · already sent\n`,
      );
      const json = JSON.parse(acre(['reminders', '--as-of', '2026-12-07', '--json']).out) as { openItems: Record<string, unknown>[] };
      expect(json.openItems.map((r) => [r.kind, r.accountId, r.recipient, r.daysLeft, r.withheld ?? null, r.alreadySent])).toEqual([
        ['overdue', 'acc-initech', ANNA, -4, null, false],
        ['overdue', 'acc-acme', ANNA, -3, 'no_access', false],
        ['overdue', 'acc-acme', CHLOE, -6, null, false],
        ['overdue', 'acc-globex', CHLOE, -6, null, false],
      ]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
