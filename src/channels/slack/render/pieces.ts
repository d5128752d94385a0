import type { types } from '@slack/bolt';
import { formatSource, stripMarkup, type Block, type Reply } from '../../../core/reply.js';
import { encodeAction, type StashedAction } from './actions.js';
import { limits } from './limits.js';
import { escapeSlack, shorten, splitText, toMrkdwn } from './mrkdwn.js';

/**
 * One Slack block made from part of a reply, with what it says in plain text (for
 * the message's fallback) and how many of the reply's items it carries (list items,
 * fields, buttons, lines), which is what "…and N more" counts when a reply is cut.
 */
export interface Piece {
  block: types.KnownBlock;
  plain: string;
  items: number;
  /** Headings, buttons and sources survive when a reply must be cut: what it is, what to do, where it comes from. */
  keep?: boolean;
}

export interface PieceOptions {
  sourcesLabel: string;
}

/** Turns a reply into Slack blocks, each within its own limits; fitting them into messages is the caller's part. */
export class PieceMaker {
  private buttonIndex = 0;
  readonly stashes: StashedAction[] = [];

  constructor(private readonly options: PieceOptions) {}

  fromReply(reply: Reply): Piece[] {
    const pieces = reply.blocks.flatMap((b) => this.fromBlock(b));
    if (reply.attachment) pieces.push(...attachmentPieces(reply.attachment));
    return pieces;
  }

  private fromBlock(b: Block): Piece[] {
    switch (b.kind) {
      case 'heading': {
        const text = stripMarkup(b.text).trim();
        return text ? [{ block: { type: 'header', text: { type: 'plain_text', text: shorten(text, limits.headerText), emoji: true } }, plain: text, items: 1, keep: true }] : [];
      }
      case 'text':
        return sections(toMrkdwn(b.text));
      case 'fields':
        return chunk(b.fields, limits.sectionFields).map((group) => ({
          block: { type: 'section', fields: group.map((f) => ({ type: 'mrkdwn', text: shorten(`*${escapeSlack(f.label)}*\n${toMrkdwn(f.value)}`, limits.fieldText) })) },
          plain: group.map((f) => `${f.label}: ${stripMarkup(f.value)}`).join('\n'),
          items: group.length,
        }));
      case 'list':
        return listPieces(b.title, b.items);
      case 'buttons':
        return chunk(b.buttons, limits.actionsElements).map((group) => ({
          block: {
            type: 'actions',
            elements: group.map((btn) => {
              const encoded = encodeAction(btn.action, this.buttonIndex++);
              if (encoded.stash) this.stashes.push(encoded.stash);
              return {
                type: 'button' as const,
                text: { type: 'plain_text' as const, text: shorten(btn.label || '…', limits.buttonText), emoji: true },
                action_id: encoded.actionId,
                value: encoded.value,
                ...(btn.style ? { style: btn.style } : {}),
              };
            }),
          },
          plain: group.map((btn) => `[${btn.label}]`).join(' '),
          items: group.length,
          keep: true,
        }));
      case 'context':
        return contextPieces(splitText(toMrkdwn(b.text), limits.contextText).filter((t) => t.trim()), 1);
      case 'sources': {
        const texts = b.sources.map((s, i) => shorten(`${i === 0 ? `_${escapeSlack(this.options.sourcesLabel)}:_ ` : ''}${escapeSlack(formatSource(s))}`, limits.contextText));
        return contextPieces(texts, 1).map((p) => ({ ...p, keep: true }));
      }
      case 'divider':
        return [{ block: { type: 'divider' }, plain: '', items: 0 }];
    }
  }
}

/** Section blocks for mrkdwn text of any length: split at line ends, never refused for being long. */
function sections(mrkdwn: string): Piece[] {
  if (!mrkdwn.trim()) return [];
  return splitText(mrkdwn, limits.sectionText).map((text) => ({
    block: { type: 'section', text: { type: 'mrkdwn', text } },
    plain: mrkdwnToPlain(text),
    items: text.split('\n').length,
  }));
}

/** A list as bullet lines packed into as few sections as fit; an item longer than a section is shortened. */
function listPieces(title: string | undefined, items: string[]): Piece[] {
  const pieces: Piece[] = [];
  let lines: string[] = title ? [shorten(`*${toMrkdwn(title)}*`, limits.sectionText)] : [];
  let length = lines[0]?.length ?? 0;
  let count = 0;
  const flush = () => {
    if (!lines.length) return;
    const text = lines.join('\n');
    pieces.push({ block: { type: 'section', text: { type: 'mrkdwn', text } }, plain: mrkdwnToPlain(text), items: count });
    lines = [];
    length = 0;
    count = 0;
  };
  for (const item of items) {
    const line = shorten(`• ${toMrkdwn(item)}`, limits.sectionText);
    if (lines.length && length + 1 + line.length > limits.sectionText) flush();
    length += (lines.length ? 1 : 0) + line.length;
    lines.push(line);
    count++;
  }
  flush();
  return pieces;
}

function contextPieces(texts: string[], itemsPerText: number): Piece[] {
  return chunk(texts, limits.contextElements).map((group) => ({
    block: { type: 'context', elements: group.map((text) => ({ type: 'mrkdwn' as const, text })) },
    plain: group.map(mrkdwnToPlain).join(' · '),
    items: group.length * itemsPerText,
  }));
}

/** An attached file shown in the message: its name, then its content as code, split like any long text. */
function attachmentPieces(attachment: NonNullable<Reply['attachment']>): Piece[] {
  const fence = '```';
  const body = splitText(escapeSlack(attachment.content), limits.sectionText - 2 * fence.length - 2).map((part) => ({
    block: { type: 'section' as const, text: { type: 'mrkdwn' as const, text: `${fence}\n${part}\n${fence}` } },
    plain: mrkdwnToPlain(part),
    items: part.split('\n').length,
  }));
  return [...contextPieces([`_${escapeSlack(attachment.filename)}_`], 0), ...body];
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What Slack mrkdwn reads as, without the markup: for fallbacks and notifications. */
export function mrkdwnToPlain(text: string): string {
  return text
    .replace(/\*([^*\n]+)\*/g, '$1')
    .replace(/(^|\W)_([^_\n]+)_(?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
