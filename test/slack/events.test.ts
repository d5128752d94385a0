import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, expectValidForSlack } from './contract.js';
import { BOT } from './fake-slack.js';
import { slackHarness, type SlackHarness } from './harness.js';
import { assistantContextChanged, assistantMessage, assistantThreadStarted, buttonPressOnHome, directMessage, homeOpened, NORTHCO, slashCommandFields, urlVerification } from './recorded.js';
import { SIGNING_SECRET } from './signed.js';

let h: SlackHarness;
let eventSeq = 0;
const nextEventId = () => `Ev200TEST${String(++eventSeq).padStart(4, '0')}`;
const settle = () => new Promise((r) => setTimeout(r, 300));

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

describe('Slack: requests that are not from Slack', () => {
  it('refuses a forged signature with 401 and does nothing, so the genuine event still counts', async () => {
    const event = directMessage({ user: NORTHCO.kate, channel: NORTHCO.kateDm, text: 'tell me about bluefin', eventId: nextEventId() });
    const forged = await h.event(event, { secret: `${SIGNING_SECRET}-guessed` });
    expect(forged.status).toBe(401);
    await settle();
    expect(h.fake.calls).toEqual([]);
    expect(await h.app.store.get('memory:slack:D100KATE:kate@northco.example')).toBeUndefined();
    // Had the forged one claimed the event id, this would be skipped as a redelivery.
    expect((await h.event(event)).status).toBe(200);
    await h.fake.waitFor((c) => c.method === 'chat.postMessage');
  });

  it('refuses a request signed more than 5 minutes ago with 401 (a replay) and does nothing', async () => {
    const stale = await h.command(slashCommandFields({ user: NORTHCO.kate, channel: NORTHCO.channel, command: '/account', text: 'bluefin', responseUrl: h.fake.responseUrl('replayed') }), {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(stale.status).toBe(401);
    await settle();
    expect(h.fake.calls).toEqual([]);
  });

  it('answers Slack\'s url_verification challenge (the request URL check when the app is configured)', async () => {
    const challenge = urlVerification();
    const res = await h.event(challenge);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ challenge: challenge.challenge });
  });
});

describe('Slack: redelivered events', () => {
  it('answers an event Slack sends again (X-Slack-Retry-Num) only once', async () => {
    const event = directMessage({ user: NORTHCO.kate, channel: NORTHCO.kateDm, text: 'tell me about oakridge', eventId: nextEventId() });
    const first = await h.event(event);
    const retries = await Promise.all([1, 2].map((n) => h.event(event, { headers: { 'x-slack-retry-num': String(n), 'x-slack-retry-reason': 'http_timeout' } })));
    expect([first, ...retries].map((r) => r.status)).toEqual([200, 200, 200]);
    await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    await settle();
    expect(h.fake.api('chat.postMessage')).toHaveLength(1);
  });
});

describe('Slack: the assistant pane', () => {
  it('suggests prompts for the person\'s own accounts when a thread starts', async () => {
    await h.event(assistantThreadStarted({ user: NORTHCO.kate, channel: NORTHCO.kateDm, threadTs: '1764064600.000100', eventId: nextEventId() }));
    const [call] = await h.fake.waitFor((c) => c.method === 'assistant.threads.setSuggestedPrompts');
    expect(call.args).toMatchObject({ channel_id: NORTHCO.kateDm, thread_ts: '1764064600.000100', title: 'Try asking' });
    expect(call.args.prompts).toEqual([
      { title: 'Oakridge Mills', message: 'tell me about Oakridge Mills' },
      { title: 'Bluefin Shipping Ltd', message: 'tell me about Bluefin Shipping Ltd' },
      { title: 'What can you do?', message: 'What can you do?' },
    ]);
  });

  it('shows a status while working and answers in the thread', async () => {
    await h.event(assistantMessage({ user: NORTHCO.kate, channel: NORTHCO.kateDm, threadTs: '1764064600.000100', text: 'tell me about Bluefin Shipping Ltd', eventId: nextEventId() }));
    const [post] = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    const [status] = h.fake.api('assistant.threads.setStatus');
    expect(status.args).toMatchObject({ channel_id: NORTHCO.kateDm, thread_ts: '1764064600.000100', status: 'is looking at your accounts…' });
    expect(status.at).toBeLessThanOrEqual(post.at);
    expect(post.args).toMatchObject({ channel: NORTHCO.kateDm, thread_ts: '1764064600.000100' });
    expect(post.args.text).toContain('Bluefin Shipping Ltd');
    expect(h.fake.api('conversations.replies')).toEqual([]); // the thread context is in Acre's store, not re-read from Slack
  });
});

describe('Slack: the assistant pane, continued', () => {
  it('keeps the channel the person is viewing in Acre\'s store when it changes, without asking Slack', async () => {
    await h.event(assistantContextChanged({ user: NORTHCO.kate, channel: NORTHCO.kateDm, threadTs: '1764064600.000100', viewing: 'C100RENEWALS', eventId: nextEventId() }));
    await settle();
    expect(await h.app.store.get(`slack:assistant:${NORTHCO.kateDm}:1764064600.000100`)).toEqual({ channel_id: 'C100RENEWALS', team_id: NORTHCO.team });
    expect(h.fake.calls).toEqual([]);
  });

  it('still answers in a DM thread when Slack refuses the status (a thread that is not the pane\'s)', async () => {
    h.fake.respondTo('assistant.threads.setStatus', () => ({ ok: false, error: 'invalid_thread' }));
    try {
      await h.event(assistantMessage({ user: NORTHCO.kate, channel: NORTHCO.kateDm, threadTs: '1764064000.000100', text: 'tell me about oakridge', eventId: nextEventId() }));
      const [post] = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
      expect(post.args).toMatchObject({ channel: NORTHCO.kateDm, thread_ts: '1764064000.000100' });
      expect(post.args.text).toContain('Oakridge Mills');
    } finally {
      h.fake.respondTo('assistant.threads.setStatus', () => ({}));
    }
  });
});

describe('Slack: the App Home tab', () => {
  it('shows the person\'s accounts, soonest renewal first, with renewal and next QBR, each with an overview button', async () => {
    await h.event(homeOpened({ user: NORTHCO.kate, eventId: nextEventId() }));
    const [publish] = await h.fake.waitFor((c) => c.method === 'views.publish');
    expect(publish.args.user_id).toBe(NORTHCO.kate);
    const view = publish.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    const text = JSON.stringify(view.blocks);
    expect(text.indexOf('Oakridge Mills')).toBeLessThan(text.indexOf('Bluefin Shipping Ltd'));
    expect(text).toContain('Renewal: 31 Dec 2026 (in 36 days)');
    expect(text).toContain('Next QBR: 15 Dec 2026');
    expect(text).not.toContain('Zorza');
    expect(buttonsOf(view as never).map((b) => b.text.text)).toEqual(['Overview', 'Overview']);
  });

  it('answers an overview button on the Home tab in Acre\'s DM with the person', async () => {
    await h.event(homeOpened({ user: NORTHCO.kate, eventId: nextEventId() }));
    const [publish] = await h.fake.waitFor((c) => c.method === 'views.publish');
    const [, bluefin] = buttonsOf(publish.args.view as never);
    h.fake.clear();
    expect((await h.interaction(buttonPressOnHome({ user: NORTHCO.kate, button: bluefin }))).status).toBe(200);
    const [post] = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(post.args.channel).toBe(NORTHCO.kate);
    expect(post.args.text).toContain('Bluefin Shipping Ltd');
  });

  it('is in Polish for Piotr, and ignores the Messages tab', async () => {
    await h.event(homeOpened({ user: NORTHCO.kate, eventId: nextEventId(), tab: 'messages' }));
    await h.event(homeOpened({ user: NORTHCO.piotr, eventId: nextEventId() }));
    const publishes = await h.fake.waitFor((c) => c.method === 'views.publish');
    await settle();
    expect(h.fake.api('views.publish')).toHaveLength(1);
    expect(publishes[0].args.user_id).toBe(NORTHCO.piotr);
    expect(JSON.stringify(publishes[0].args.view)).toContain('Twoi klienci');
  });
});

describe('Slack: who is asking', () => {
  it('tells someone Acre does not know how to get access', async () => {
    h.fake.respondTo('users.info', () => ({ user: { id: 'U999NEW', tz: 'Europe/London', locale: 'en-GB', profile: { email: 'new.hire@northco.example', real_name: 'New Hire' } } }));
    await h.event(directMessage({ user: 'U999NEW', channel: 'D999NEW', text: 'tell me about bluefin', eventId: nextEventId() }));
    const [post] = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(post.args.text).toMatch(/I don't know you yet \(new\.hire@northco\.example\).*users\.csv/);
    expect(post.args.text).not.toContain('Bluefin Shipping');
  });

  it('finds a person without a Slack id in users.csv by the e-mail Slack has, and takes time zone and locale from Slack when users.csv has none', async () => {
    const portfolio = await h.app.acre.portfolio();
    await h.app.acre.replacePortfolio({
      ...portfolio.data,
      users: portfolio.data.users.map((u) => (u.email === 'root@northco.example' ? { ...u, timezone: undefined, locale: undefined } : u)),
    });
    h.fake.respondTo('users.info', (a) => ({ user: { id: a.user, tz: 'Europe/Warsaw', locale: 'pl-PL', profile: { email: 'Root@NorthCo.example', real_name: 'Root Admin' } } }));
    try {
      await h.event(directMessage({ user: 'U100ROOT', channel: 'D100ROOT', text: 'account zorza', eventId: nextEventId() }));
      const [post] = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
      expect(h.fake.api('users.info')[0].args).toMatchObject({ user: 'U100ROOT', include_locale: 'true' });
      expect(post.args.text).toContain('Zorza Sp. z o.o.'); // the admin sees every account
      expect(post.args.text).toContain('Opiekun'); // in Polish, as Slack says
    } finally {
      await h.app.acre.replacePortfolio(portfolio.data);
    }
  });
});

it('calls auth.test once at start, with the bot token, to check it', async () => {
  const fresh = await slackHarness();
  try {
    expect(fresh.fake.api('auth.test')).toHaveLength(1);
    expect(fresh.fake.api('auth.test')[0].headers.authorization).toBe('Bearer xoxb-northco-test');
    expect(fresh.channel.routes).toEqual(['/slack/events']);
    expect(BOT.userId).toBe('UACREBOT');
  } finally {
    await fresh.close();
  }
});
