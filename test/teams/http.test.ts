import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AcreApp } from '../../src/app.js';
import { renderReplies } from '../../src/channels/teams/render.js';
import { chooseAccount } from '../../src/core/accounts/pick.js';
import { cardSubmit, channelMention, personalMessage, piotrMention, recordedIds } from './activities.js';
import { FakeConnector, type ConnectorCall } from './fake-connector.js';
import { openAcre, serveTeams, tempDataDir, type TeamsServer } from './harness.js';
import { cardValidator } from './schemas.js';

const validateCard = cardValidator();

interface SentCard {
  body: { type: string; text?: string; facts?: { title: string; value: string }[]; actions?: { title: string; data: unknown }[] }[];
  fallbackText: string;
}

function cardsOf(call: ConnectorCall): SentCard[] {
  const attachments = (call.body.attachments as { contentType: string; content: SentCard }[] | undefined) ?? [];
  return attachments.filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content);
}

const textOf = (call: ConnectorCall) => [String(call.body.text ?? ''), ...cardsOf(call).map((c) => JSON.stringify(c.body))].join('\n');
const buttonsOf = (call: ConnectorCall) => cardsOf(call).flatMap((c) => c.body.flatMap((e) => e.actions ?? []));

describe('Teams over HTTP: the real adapter, a fake Bot Connector', () => {
  const data = tempDataDir();
  let connector: FakeConnector;
  let app: AcreApp;
  let teams: TeamsServer;

  beforeAll(async () => {
    connector = await FakeConnector.start();
    app = await openAcre(data.dir);
    teams = await serveTeams(app);
    connector.roster.set(recordedIds.piotrUserId, { id: recordedIds.piotrUserId, name: 'Piotr', aadObjectId: recordedIds.piotrAad, email: 'Piotr@northco.example' });
  });
  afterAll(async () => {
    await teams.close();
    await app.close();
    await connector.close();
    data.remove();
  });
  beforeEach(() => connector.clear());

  it('answers "account bluefin" in a personal chat with a card that validates against Adaptive Cards 1.5', async () => {
    const asked = personalMessage(connector.url, 'account bluefin');
    const res = await teams.post(asked);
    expect(res.status).toBe(200);
    const [reply] = connector.messages();
    expect(reply.path).toBe(`/v3/conversations/${recordedIds.personalConversation}/activities/${String(asked.id)}`);
    const [card] = cardsOf(reply);
    expect(validateCard(card)).toEqual([]);
    expect(textOf(reply)).toContain('Bluefin Shipping Ltd');
    expect(card.body.some((e) => e.type === 'FactSet' && e.facts?.some((f) => f.title === 'ARR' && f.value === '£480,000'))).toBe(true);
    expect(card.fallbackText).toContain('Bluefin Shipping Ltd');
    expect(reply.authorization).toBeUndefined();
  });

  it('takes a card button press back to the core: the Action.Submit data is the core\'s action, unchanged', async () => {
    // The core's own "which account?" question, rendered as Teams renders it: what a button carries does not depend on how names are matched.
    const accounts = [...(await app.acre.portfolio()).accounts.values()].filter((a) => a.id !== 'zorza');
    const [question] = renderReplies([chooseAccount('Which one?', accounts, 'account')], { sourcesLabel: 'Sources' });
    const card = (question.attachments ?? [])[0].content as SentCard;
    expect(validateCard(card)).toEqual([]);
    const oakridge = card.body.flatMap((e) => e.actions ?? []).find((b) => b.title === 'Oakridge Mills');
    expect(oakridge?.data).toEqual({ acre: { id: 'ask', value: '/account oak' } });
    const pressed = cardSubmit(personalMessage(connector.url, ''), oakridge!.data);
    expect((await teams.post(pressed)).status).toBe(200);
    const [answer] = connector.messages(recordedIds.personalConversation);
    expect(answer.replyToId).toBe(pressed.id);
    expect(textOf(answer)).toContain('Oakridge Mills');
    expect(validateCard(cardsOf(answer)[0])).toEqual([]);
  });

  it('answers an @mention in a channel privately, in the personal chat, and says so in the thread', async () => {
    await teams.post(personalMessage(connector.url, 'hi'));
    connector.clear();
    const asked = channelMention(connector.url, 'account bluefin');
    expect((await teams.post(asked)).status).toBe(200);
    const [note] = connector.messages(recordedIds.channelThread);
    expect(note.replyToId).toBe(asked.id);
    expect(note.body.text).toBe('<at>Test User</at> I sent you my answer in our personal chat.');
    expect(note.body.entities).toEqual([{ type: 'mention', text: '<at>Test User</at>', mentioned: { id: recordedIds.kateUserId, name: 'Test User' } }]);
    expect(note.body.attachments).toBeUndefined();
    const [privately] = connector.messages(recordedIds.personalConversation);
    expect(textOf(privately)).toContain('Bluefin Shipping Ltd');
    const [card] = cardsOf(privately);
    expect(validateCard(card)).toEqual([]);
    expect(buttonsOf(privately).map((b) => b.data)).toContainEqual({ acre: { id: 'share', value: 'account bluefin' }, origin: recordedIds.channelThread });
  });

  it('shares a private answer in the channel it was asked in when "Share in channel" is pressed in the personal chat', async () => {
    await teams.post(channelMention(connector.url, 'account bluefin'));
    const share = buttonsOf(connector.messages(recordedIds.personalConversation)[0]).find((b) => (b.data as { acre: { id: string } }).acre.id === 'share');
    connector.clear();
    await teams.post(cardSubmit(personalMessage(connector.url, ''), share!.data));
    const [posted] = connector.messages(recordedIds.channelThread);
    expect(textOf(posted)).toContain('Bluefin Shipping Ltd');
    expect(validateCard(cardsOf(posted)[0])).toEqual([]);
    expect(buttonsOf(posted)).toEqual([]);
    const [confirmation] = connector.messages(recordedIds.personalConversation);
    expect(confirmation.body.text).toContain('Shared');
  });

  it('does not let a forged button post into a conversation its presser was not answered about', async () => {
    const forged = { acre: { id: 'share', value: 'account bluefin' }, origin: '19:someone-elses-channel@thread.tacv2' };
    await teams.post(cardSubmit(personalMessage(connector.url, ''), forged));
    expect(connector.sent().every((c) => c.conversationId === recordedIds.personalConversation)).toBe(true);
  });

  it('finds a Teams user without a Teams id in users.csv by the e-mail Teams has for them, and opens a personal chat to answer', async () => {
    const asked = piotrMention(connector.url, 'account zorza');
    expect((await teams.post(asked)).status).toBe(200);
    expect(connector.calls.some((c) => c.method === 'GET' && c.path.endsWith(`/members/${recordedIds.piotrUserId}`))).toBe(true);
    const opened = connector.calls.find((c) => c.method === 'POST' && c.path === '/v3/conversations');
    expect(opened?.body).toMatchObject({ isGroup: false, members: [{ id: recordedIds.piotrUserId }] });
    const [privately] = connector.messages(`a:personal-${recordedIds.piotrUserId}`);
    expect(textOf(privately)).toContain('Zorza Sp. z o.o.');
    expect(textOf(privately)).toContain('Opiekun');
    expect(validateCard(cardsOf(privately)[0])).toEqual([]);
    const [note] = connector.messages(recordedIds.teamsNetChannelThread);
    expect(note.body.text).toContain('prywatnym czacie');
  });

  it('tells someone Acre does not know how to get access, and nothing more', async () => {
    const stranger = personalMessage(connector.url, 'account bluefin');
    stranger.from = { id: '29:stranger', name: 'Stranger', aadObjectId: 'ffffffff-0000-0000-0000-000000000000' };
    await teams.post(stranger);
    const [reply] = connector.messages();
    expect(reply.body.text).toContain("I don't know you yet");
    expect(reply.body.text).toContain('users.csv');
    expect(JSON.stringify(reply.body)).not.toContain('Bluefin');
  });

  it('ignores a press on a card Acre did not make', async () => {
    const res = await teams.post(cardSubmit(personalMessage(connector.url, ''), { actionId: 'info' }));
    expect(res.status).toBe(200);
    expect(connector.sent()).toEqual([]);
  });

  it('refuses a body that is not an activity with 400 and no stack trace', async () => {
    const res = await teams.post('{"type": "message",');
    expect(res.status).toBe(400);
    expect(res.body).not.toMatch(/at .*\.js:\d+/);
    expect((await teams.post('[]')).status).toBe(400);
  });
});
