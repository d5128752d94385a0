import { CloudAdapter, TestAdapter, type Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AcreApp } from '../../src/app.js';
import type { AdaptiveCard } from '../../src/channels/teams/adaptive-card.js';
import { teamsBot } from '../../src/channels/teams/bot.js';
import { Outbox } from '../../src/channels/teams/outbox.js';
import { ConversationReferences } from '../../src/channels/teams/references.js';
import { silentLogger } from '../../src/core/ports.js';
import { KATE_AAD, openAcre, tempDataDir } from './harness.js';
import { cardValidator } from './schemas.js';

const validateCard = cardValidator();

const cardOf = (activity: Partial<Activity>) => activity.attachments?.[0]?.content as AdaptiveCard;
const said = (activity: Partial<Activity>) => `${activity.text ?? ''}${JSON.stringify(cardOf(activity)?.body ?? '')}`;

describe('a personal chat with Acre, as a transcript on botbuilder\'s TestAdapter', () => {
  const data = tempDataDir();
  let app: AcreApp;
  let kate: () => TestAdapter;

  beforeAll(async () => {
    app = await openAcre(data.dir);
    const references = new ConversationReferences(app.store);
    const bot = teamsBot({ acre: app.acre, store: app.store, logger: silentLogger, references, outbox: new Outbox(new CloudAdapter(), ''), defaultLocale: 'en' });
    // Kate, known to Acre by her AAD object id; the TestAdapter's conversation is a personal one.
    kate = () => new TestAdapter(bot, { from: { id: '29:kate', name: 'Kate Owens', aadObjectId: KATE_AAD } });
  });
  afterAll(async () => {
    await app.close();
    data.remove();
  });

  it('shows that Acre is typing, introduces itself, answers a command typed as words, and remembers the account for the follow-up', async () => {
    await kate()
      .send('hi')
      .assertReply({ type: 'typing' })
      .assertReply((reply) => expect(said(reply)).toContain('/account'))
      .send('account bluefin')
      .assertReply({ type: 'typing' })
      .assertReply((reply) => {
        expect(validateCard(cardOf(reply))).toEqual([]);
        expect(said(reply)).toContain('Bluefin Shipping Ltd');
      })
      .send('account')
      .assertReply({ type: 'typing' })
      .assertReply((reply) => expect(said(reply)).toContain('Bluefin Shipping Ltd'))
      .startTest();
  });

  it('takes a card button press as the core action it carries', async () => {
    await kate()
      .send({ type: 'message', value: { acre: { id: 'ask', value: '/account oak' } } })
      .assertReply({ type: 'typing' })
      .assertReply((reply) => expect(said(reply)).toContain('Oakridge Mills'))
      .startTest();
  });
});
