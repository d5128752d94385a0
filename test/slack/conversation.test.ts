import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf as buttonsIn, expectValidForSlack } from './contract.js';
import { BOT, type RecordedCall } from './fake-slack.js';
import { slackHarness, type SlackHarness } from './harness.js';
import { appMention, buttonPress, directMessage, NORTHCO, slashCommandFields } from './recorded.js';

const buttonsOf = (call: RecordedCall) => buttonsIn(call.args);

let h: SlackHarness;
let eventSeq = 0;
const nextEventId = () => `Ev100TEST${String(++eventSeq).padStart(4, '0')}`;

beforeAll(async () => {
  h = await slackHarness();
  h.fake.clear();
});
afterAll(async () => {
  await h.close();
});
afterEach(() => {
  expectValidForSlack(h.fake.calls);
  h.fake.clear();
});

describe('Slack: slash commands', () => {
  it('acknowledges /account <name> within 3 seconds and answers through the response_url, privately, with a button to share', async () => {
    const posted = await h.command(slashCommandFields({ user: NORTHCO.kate, channel: NORTHCO.channel, command: '/account', text: 'Bluefin', responseUrl: h.fake.responseUrl('cmd-1') }));
    expect(posted.status).toBe(200);
    expect(posted.ms).toBeLessThan(3000);
    const [answer] = await h.fake.waitFor((c) => c.kind === 'response_url' && c.method === 'cmd-1');
    expect(answer.args.response_type).toBe('ephemeral');
    expect(answer.args.text).toContain('Bluefin Shipping Ltd');
    expect(answer.args.text).toContain('Kate Owens');
    expect(buttonsOf(answer).map((b) => b.text.text)).toEqual(['Share in channel']);
  });

  it('acknowledges at once even when the answer takes longer than Slack waits', async () => {
    h.fake.slowDown('users.info', 3500);
    try {
      const posted = await h.command(slashCommandFields({ user: 'U999SLOW', channel: NORTHCO.channel, command: '/account', text: 'Bluefin', responseUrl: h.fake.responseUrl('cmd-slow') }));
      expect(posted.status).toBe(200);
      expect(posted.ms).toBeLessThan(1000);
      expect(h.fake.responses()).toHaveLength(0);
      const [answer] = await h.fake.waitFor((c) => c.method === 'cmd-slow', 1, 8000);
      expect(answer.at - h.fake.api('users.info')[0].at).toBeGreaterThanOrEqual(0);
      expect(answer.args.text).toMatch(/I don't know you yet/);
    } finally {
      h.fake.slowDown('users.info', 0);
    }
  });

  it('shares the answer with the channel when the asker presses Share, and removes the private copy', async () => {
    await h.command(slashCommandFields({ user: NORTHCO.kate, channel: NORTHCO.channel, command: '/account', text: 'oakridge', responseUrl: h.fake.responseUrl('cmd-2') }));
    const [privately] = await h.fake.waitFor((c) => c.method === 'cmd-2');
    const share = buttonsOf(privately)[0];
    const pressed = await h.interaction(buttonPress({ user: NORTHCO.kate, channel: NORTHCO.channel, responseUrl: h.fake.responseUrl('share-1'), button: share, ephemeral: true }));
    expect(pressed.status).toBe(200);
    const [shared, removed] = await h.fake.waitFor((c) => c.method === 'share-1', 2);
    expect(shared.args.response_type).toBe('in_channel');
    expect(shared.args.text).toContain('Oakridge Mills');
    expect(buttonsOf(shared)).toEqual([]);
    expect(removed.args).toMatchObject({ delete_original: true });
  });

  it('answers a command in a DM privately too, since Slack does not say whose DM it is', async () => {
    await h.command(slashCommandFields({ user: NORTHCO.piotr, channel: 'D100PIOTR', command: '/account', text: 'zorza', responseUrl: h.fake.responseUrl('cmd-3') }));
    const [answer] = await h.fake.waitFor((c) => c.method === 'cmd-3');
    expect(answer.args.response_type).toBe('ephemeral');
    expect(answer.args.text).toContain('Zorza');
    expect(answer.args.text).toContain('Opiekun'); // Piotr reads Polish (users.csv)
    expect(buttonsOf(answer)).toEqual([]);
  });
});

describe('Slack: messages', () => {
  it('answers a DM in the DM, for the person only, with no share button', async () => {
    await h.event(directMessage({ user: NORTHCO.kate, channel: NORTHCO.kateDm, text: 'tell me about oakridge', eventId: nextEventId() }));
    const [post] = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(post.args.channel).toBe(NORTHCO.kateDm);
    expect(post.args.text).toContain('Oakridge Mills');
    expect(buttonsOf(post)).toEqual([]);
    expect(h.fake.api('users.info')).toHaveLength(0); // users.csv has Kate's id, time zone and locale
  });

  it('answers an @mention in its thread, ephemerally to the asker, and shares it there', async () => {
    await h.event(appMention({ user: NORTHCO.kate, channel: NORTHCO.channel, text: `<@${BOT.userId}> how is bluefin?`, eventId: nextEventId(), ts: '1764064750.000200' }));
    const [post] = await h.fake.waitFor((c) => c.method === 'chat.postEphemeral');
    expect(post.args).toMatchObject({ channel: NORTHCO.channel, user: NORTHCO.kate, thread_ts: '1764064750.000200' });
    expect(post.args.text).toContain('Bluefin Shipping Ltd');
    expect(buttonsOf(post).map((b) => b.text.text)).toEqual(['Share in channel']);
    expect(h.fake.api('chat.postMessage')).toHaveLength(0);

    // Shared from the thread, it stays in the thread.
    const [share] = buttonsOf(post);
    await h.interaction(buttonPress({ user: NORTHCO.kate, channel: NORTHCO.channel, responseUrl: h.fake.responseUrl('share-thread'), button: share, ephemeral: true, threadTs: '1764064750.000200' }));
    const [shared] = await h.fake.waitFor((c) => c.method === 'share-thread');
    expect(shared.args).toMatchObject({ response_type: 'in_channel', thread_ts: '1764064750.000200' });
    expect(shared.args.text).toContain('Bluefin Shipping Ltd');
  });

  it('does not let a KAM see an account they do not cover, even by name', async () => {
    await h.event(directMessage({ user: NORTHCO.kate, channel: NORTHCO.kateDm, text: 'account zorza', eventId: nextEventId() }));
    const [post] = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(post.args.text).not.toContain('Zorza Sp.');
    expect(post.args.text).toMatch(/couldn't find/);
  });
});

describe('Slack: every command the core has', () => {
  it.each([
    ['/acre', 'help'],
    ['/account', 'blue'],
    ['/qbr-prep', 'Bluefin'],
    ['/qbr-prep', 'Bluefin md'],
    ['/account-plan', 'Bluefin'],
    ['/account-plan', 'Bluefin export'],
    ['/at-risk', ''],
  ])('%s %s answers within Slack\'s limits', async (command, text) => {
    const name = `${command.slice(1)}-${text.replace(/\W+/g, '-')}`;
    const posted = await h.command(slashCommandFields({ user: NORTHCO.kate, channel: NORTHCO.kateDm, command, text, responseUrl: h.fake.responseUrl(name) }));
    expect(posted.status).toBe(200);
    const [answer] = await h.fake.waitFor((c) => c.method === name);
    expect(String(answer.args.text).length).toBeGreaterThan(10);
  });
});

