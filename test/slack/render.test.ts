import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/core/i18n/index.js';
import { reply, type Action, type Reply } from '../../src/core/reply.js';
import { decodeAction, saveStashedActions } from '../../src/channels/slack/render/actions.js';
import { renderHomeView, renderReply } from '../../src/channels/slack/render/block-kit.js';
import { escapeSlack, splitText, toMrkdwn } from '../../src/channels/slack/render/mrkdwn.js';
import { blockKitProblems, LIMITS } from './block-kit-limits.js';
import { buttonsOf } from './contract.js';
import { memoryStore } from './memory-store.js';

const t = messagesFor('en');
const long = (n: number, word = 'renewal') => Array.from({ length: Math.ceil(n / (word.length + 1)) }, () => word).join(' ').slice(0, n);

describe('Block Kit: the core\'s Markdown in Slack', () => {
  it('writes **bold** as *bold*, keeps _italic_ and `code`, and escapes what Slack would read as markup', () => {
    expect(toMrkdwn('**Bluefin** renews _soon_: see `accounts.csv` & <notes>')).toBe('*Bluefin* renews _soon_: see `accounts.csv` &amp; &lt;notes&gt;');
  });

  it('splits long text at line ends and never inside an escape', () => {
    const text = escapeSlack(`${'a'.repeat(2990)} & ${'b'.repeat(100)}\n${'c'.repeat(500)}`);
    const parts = splitText(text, 3000);
    expect(parts.every((p) => p.length <= 3000)).toBe(true);
    expect(parts.join('')).not.toMatch(/&am(?!p;)|&a(?!mp;)/);
    expect(parts.join(' ').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});

describe('Block Kit: replies that would break Slack\'s limits', () => {
  const oversized: Reply = reply()
    .heading(`Portfolio review ${long(400)}`)
    .text(long(20_000))
    .fields(Array.from({ length: 33 }, (_, i) => ({ label: `Signal ${i}`, value: long(2500) })))
    .list(Array.from({ length: 20000 }, (_, i) => `**Account ${i}** renews in ${i} days`), 'Renewals')
    .buttons(Array.from({ length: 60 }, (_, i) => ({ label: `Open the account plan of account number ${i} and review every open item`, action: { id: `plan.open.${i}`, value: long(4000) } })))
    .context(long(7000))
    .sources(Array.from({ length: 25 }, (_, i) => ({ ref: `accounts.csv › field_${i}`, asOf: 'imported 25 Nov 2026' })))
    .build();

  it('keeps every message within the limits, with a plain-text fallback, and summarises the bulk that does not fit', () => {
    const { messages } = renderReply(oversized, t);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThanOrEqual(3);
    for (const m of messages) expect(blockKitProblems(m)).toEqual([]);
    const all = JSON.stringify(messages.map((m) => m.blocks));
    expect(all).toMatch(/…and \d+ more/);
    // What it is, what to do and where it comes from survive the cut.
    expect(all).toContain('Portfolio review');
    expect(messages.flatMap((m) => buttonsOf(m as never))).toHaveLength(60);
    expect(all).toContain('field_24');
  });

  it('counts the items left out, so "…and N more" is true', () => {
    const items = Array.from({ length: 5000 }, (_, i) => `Account ${i} ${long(150)}`);
    const { messages } = renderReply(reply().list(items).build(), t);
    const shown = messages.flatMap((m) => m.blocks).reduce((n, b) => n + (b.type === 'section' && b.text ? b.text.text.split('\n').filter((l) => l.startsWith('• ')).length : 0), 0);
    const more = Number(/…and (\d+) more/.exec(JSON.stringify(messages.at(-1)!.blocks.at(-1)))![1]);
    expect(shown + more).toBe(items.length);
  });

  it('keeps action_ids unique within a message and buttons within 25 a block', () => {
    const { messages } = renderReply(reply().buttons(Array.from({ length: 60 }, (_, i) => ({ label: 'Same label', action: { id: 'ask', value: `/account ${i % 3}` } }))).build(), t);
    const ids = messages.flatMap((m) => buttonsOf(m as never).map((b) => b.action_id));
    expect(new Set(ids).size).toBe(60);
    expect(messages[0].blocks.filter((b) => b.type === 'actions').map((b) => (b.type === 'actions' ? b.elements.length : 0))).toEqual([25, 25, 10]);
  });

  it('fits the Home tab in 100 blocks', () => {
    const home = reply().heading('Your accounts');
    for (let i = 0; i < 300; i++) home.text(`**Account ${i}**`).buttons([{ label: 'Overview', action: { id: 'ask', value: `/account a${i}` } }]);
    const { view } = renderHomeView(home.build(), t);
    expect(blockKitProblems(view, 'view')).toEqual([]);
    expect(view.blocks).toHaveLength(LIMITS.blocksPerView);
  });

  it('sends nothing for an empty reply rather than an empty message Slack would refuse', () => {
    expect(renderReply({ blocks: [] }, t).messages).toEqual([]);
  });

  it('shows an attached file as code, within the limits', () => {
    const { messages } = renderReply({ blocks: [{ kind: 'text', text: 'Your export' }], attachment: { filename: 'plan.md', mimeType: 'text/markdown', content: `# Plan\n${long(9000)}` } }, t);
    for (const m of messages) expect(blockKitProblems(m)).toEqual([]);
    expect(JSON.stringify(messages[0].blocks)).toContain('plan.md');
    expect(JSON.stringify(messages[0].blocks)).toContain('```');
  });
});

describe('Block Kit: buttons carry the core\'s action there and back exactly', () => {
  const actions: Action[] = [
    { id: 'ask', value: '/account blue' },
    { id: 'plan.skip' },
    { id: 'share', value: 'jak się ma "Zorza Sp. z o.o."? <@U1> & więcej' },
    { id: 'digest.snooze', value: '' },
    { id: 'plan.answer', value: long(5000, 'odpowiedź') },
  ];

  it.each(actions.map((a) => [`${a.id}${a.value !== undefined ? ` (${a.value.length} chars)` : ''}`, a] as const))('round-trips %s', async (_name, action) => {
    const store = memoryStore();
    const { messages, stashes } = renderReply(reply().buttons([{ label: 'Go', action }]).build(), t);
    for (const m of messages) expect(blockKitProblems(m)).toEqual([]);
    await saveStashedActions(store, stashes);
    const [button] = buttonsOf(messages[0] as never);
    expect(await decodeAction(button.value, store)).toEqual(action);
  });

  it('does not take a value that is not one of Acre\'s for an action', async () => {
    const store = memoryStore();
    for (const value of [undefined, '', 'click_me_123', '{"id":5}', '{"ref":"not-a-uuid"}', JSON.stringify({ ref: crypto.randomUUID() })]) {
      expect(await decodeAction(value, store)).toBeUndefined();
    }
  });
});
