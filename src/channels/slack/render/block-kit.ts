import type { types } from '@slack/bolt';
import type { Reply } from '../../../core/reply.js';
import type { StashedAction } from './actions.js';
import { limits, MAX_MESSAGES_PER_REPLY } from './limits.js';
import { shorten } from './mrkdwn.js';
import { PieceMaker, type Piece } from './pieces.js';

/** A Slack message: blocks, and the plain text Slack shows in notifications and where blocks cannot be shown. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

export interface RenderedReply {
  messages: SlackMessage[];
  /** Button actions too long for Slack's value field; save them before sending. */
  stashes: StashedAction[];
}

/** The words the renderer adds, in the reader's language. */
export interface RenderWords {
  sources: string;
  moreItems(n: number): string;
}

/**
 * A neutral reply as Slack messages within Block Kit's limits: long content is split
 * across blocks and, past 50 blocks, across messages; past a few messages, the rest
 * is summarised as "…and N more". Never a payload Slack would refuse.
 */
export function renderReply(reply: Reply, words: RenderWords): RenderedReply {
  const maker = new PieceMaker({ sourcesLabel: words.sources });
  const pieces = fit(maker.fromReply(reply), limits.blocksPerMessage * MAX_MESSAGES_PER_REPLY, words);
  const messages: SlackMessage[] = [];
  for (let i = 0; i < pieces.length; i += limits.blocksPerMessage) messages.push(messageOf(pieces.slice(i, i + limits.blocksPerMessage)));
  return { messages, stashes: maker.stashes };
}

export interface RenderedView {
  view: types.HomeView;
  stashes: StashedAction[];
}

/** A reply as the App Home tab: one view, up to 100 blocks. */
export function renderHomeView(reply: Reply, words: RenderWords): RenderedView {
  const maker = new PieceMaker({ sourcesLabel: words.sources });
  const pieces = fit(maker.fromReply(reply), limits.blocksPerView, words);
  return { view: { type: 'home', blocks: pieces.map((p) => p.block) }, stashes: maker.stashes };
}

/**
 * The pieces that fit in `budget` blocks. When some do not, the bulk (text, lists,
 * fields) is cut where it overflows and a line says how much was left out; headings,
 * buttons and sources are kept, unless they alone overflow.
 */
function fit(pieces: Piece[], budget: number, words: RenderWords): Piece[] {
  if (pieces.length <= budget) return pieces;
  const kept = pieces.filter((p) => p.keep).length;
  let room = kept < budget ? budget - 1 - kept : budget - 1;
  const out: Piece[] = [];
  let left = 0;
  let markAt = -1;
  for (const p of pieces) {
    if ((p.keep && kept < budget) || room > 0) {
      out.push(p);
      if (!(p.keep && kept < budget)) room--;
      continue;
    }
    if (markAt < 0) markAt = out.length;
    left += p.items;
  }
  const more = words.moreItems(left);
  out.splice(markAt, 0, { block: { type: 'context', elements: [{ type: 'mrkdwn', text: more }] }, plain: more, items: 0 });
  return out;
}

function messageOf(pieces: Piece[]): SlackMessage {
  const text = pieces.map((p) => p.plain).filter(Boolean).join('\n');
  return { text: shorten(text || '…', limits.fallbackText), blocks: pieces.map((p) => p.block) };
}
