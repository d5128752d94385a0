import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AcreApp } from '../../src/app.js';
import { reply } from '../../src/core/reply.js';
import { channelMention, personalMessage, recordedIds, type Activity } from './activities.js';
import { FakeConnector, type ConnectorCall } from './fake-connector.js';
import { openAcre, serveTeams, tempDataDir, type TeamsServer } from './harness.js';
import { cardValidator } from './schemas.js';

const validateCard = cardValidator();
const cardOf = (call: ConnectorCall) => (call.body.attachments as { content: unknown }[])[0].content;

/** Teams' conversationUpdate when someone adds Acre for themselves: the bot among the members added, no text. */
function installedPersonally(serviceUrl: string): Activity {
  const { text: _text, ...message } = personalMessage(serviceUrl, '');
  return { ...message, type: 'conversationUpdate', membersAdded: [{ id: message.recipient.id }] };
}

const digest = reply().heading('Weekly at-risk digest').fields([{ label: 'Bluefin Shipping Ltd', value: 'health 48 (−12)' }]).build();

describe('Teams proactive messages: stored conversation references, after a restart', () => {
  const data = tempDataDir();
  let connector: FakeConnector;
  let app: AcreApp;
  let teams: TeamsServer;

  beforeAll(async () => {
    connector = await FakeConnector.start();
    app = await openAcre(data.dir);
    teams = await serveTeams(app);
  });
  afterAll(async () => {
    await teams.close();
    await app.close();
    await connector.close();
    data.remove();
  });

  it('greets someone who installs Acre for themselves with the core\'s introduction', async () => {
    expect((await teams.post(installedPersonally(connector.url))).status).toBe(200);
    const [welcome] = connector.messages(recordedIds.personalConversation);
    expect(JSON.stringify(welcome.body)).toContain('Acre');
    expect(validateCard(cardOf(welcome))).toEqual([]);
  });

  it('reaches a person and a channel with a new adapter on the same store, after the app restarts', async () => {
    await teams.post(channelMention(connector.url, 'hi'));
    await teams.close();
    await app.close();
    connector.clear();

    app = await openAcre(data.dir);
    teams = await serveTeams(app);
    const toKate = await teams.channel.messenger.send({ kind: 'user', email: 'kate@northco.example' }, [digest]);
    expect(toKate).toEqual({ delivered: true });
    const [dm] = connector.messages(recordedIds.personalConversation);
    expect(JSON.stringify(dm.body)).toContain('Weekly at-risk digest');
    expect(validateCard(cardOf(dm))).toEqual([]);

    const toChannel = await teams.channel.messenger.send({ kind: 'channel', channel: 'teams', id: recordedIds.channel }, [digest]);
    expect(toChannel).toEqual({ delivered: true });
    // The bare channel id: a new post in the channel, not a reply in the thread Acre was last mentioned in.
    const [post] = connector.messages(recordedIds.channel);
    expect(validateCard(cardOf(post))).toEqual([]);
  });

  it('says why when a person or channel cannot be reached', async () => {
    const mia = await teams.channel.messenger.send({ kind: 'user', email: 'mia@northco.example' }, [digest]);
    expect(mia.delivered).toBe(false);
    expect(mia.detail).toContain('mia@northco.example has not installed Acre in Teams');
    const slack = await teams.channel.messenger.send({ kind: 'channel', channel: 'slack', id: 'C123' }, [digest]);
    expect(slack.delivered).toBe(false);
    connector.refusing.add(recordedIds.channel);
    const refused = await teams.channel.messenger.send({ kind: 'channel', channel: 'teams', id: recordedIds.channel }, [digest]);
    expect(refused.delivered).toBe(false);
    expect(refused.detail).toContain('Teams refused the message');
    connector.refusing.clear();
  });

  it('forgets a personal chat when Acre is uninstalled', async () => {
    const { text: _text, ...message } = personalMessage(connector.url, '');
    await teams.post({ ...message, type: 'installationUpdate', action: 'remove' });
    const result = await teams.channel.messenger.send({ kind: 'user', email: 'kate@northco.example' }, [digest]);
    expect(result.delivered).toBe(false);
  });
});
