import { z } from 'zod';

const ChannelAccount = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  aadObjectId: z.string().optional(),
});

/**
 * The parts of a Bot Framework activity Acre reads, checked at the edge. botbuilder
 * has already authenticated the request; this makes sure the fields the channel
 * relies on are there and of the right kind.
 */
export const IncomingActivity = z.object({
  type: z.string(),
  channelId: z.string().min(1),
  serviceUrl: z.string().min(1),
  text: z.string().optional(),
  value: z.unknown().optional(),
  action: z.string().optional(),
  from: ChannelAccount,
  recipient: ChannelAccount,
  conversation: z.object({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    isGroup: z.boolean().optional(),
    tenantId: z.string().optional(),
  }),
  entities: z
    .array(z.object({ type: z.string(), text: z.string().optional(), mentioned: ChannelAccount.optional() }))
    .optional(),
  membersAdded: z.array(ChannelAccount).optional(),
  locale: z.string().optional(),
  localTimezone: z.string().optional(),
  channelData: z
    .object({
      tenant: z.object({ id: z.string() }).optional(),
      team: z.object({ id: z.string() }).optional(),
    })
    .optional(),
});
export type IncomingActivity = z.infer<typeof IncomingActivity>;

/**
 * A channel post or a group chat is read by others; a personal chat (and the
 * Emulator, which sends no conversation type) only by the person and Acre.
 */
export function isShared(activity: IncomingActivity): boolean {
  const type = activity.conversation.conversationType;
  return type === 'channel' || type === 'groupChat' || (type === undefined && activity.conversation.isGroup === true);
}

/**
 * A channel thread's conversation id is the channel's id plus ";messageid=<root post>".
 * Writing to the bare channel id starts a new post, which is what a proactive message wants.
 */
export function channelOf(conversationId: string): string {
  return conversationId.split(';messageid=')[0];
}

/** The user's words without the @mention of Acre that Teams requires in channels. */
export function spokenText(activity: IncomingActivity): string {
  let text = activity.text ?? '';
  for (const entity of activity.entities ?? []) {
    if (entity.type === 'mention' && entity.mentioned?.id === activity.recipient.id && entity.text) text = text.split(entity.text).join(' ');
  }
  if (activity.recipient.name) text = text.split(`<at>${activity.recipient.name}</at>`).join(' ');
  // Other people mentioned stay in the question, by name.
  text = text.replace(/<at>([^<]*)<\/at>/g, '$1');
  return decodeEntities(text).replace(/[ \t\u00a0]+/g, ' ').trim();
}

const entities: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(nbsp|amp|lt|gt|quot|apos|#39);/g, (_m, name: string) => entities[name] ?? _m);
}
