import { formatSource, stripMarkup, type Block, type Button, type Reply } from '../../core/reply.js';
import type { ActionSet, CardElement, FactSet, TextBlock } from './adaptive-card.js';
import { submitData } from './card-submit.js';
import { cardList, cardMarkdown, chunkText } from './markdown.js';

/**
 * Teams' host config sets `maxActions: 6`: an ActionSet with more buttons has the
 * rest silently dropped (or folded into a "…" menu on some clients). Longer rows
 * are split into several ActionSets so that every button stays visible.
 */
export const MAX_ACTIONS_PER_SET = 6;
/**
 * Characters per TextBlock. Far below the card budget, so that a long answer can
 * always be split between cards at an element boundary.
 */
export const MAX_TEXT_CHARS = 3000;
const MAX_FACTS_PER_SET = 25;
const MAX_FACT_CHARS = 1000;
const MAX_TITLE_CHARS = 200;

/** One card element and the plain text it stands for (the card's fallback is made of these). */
export interface Piece {
  element: CardElement;
  plain: string;
}

export interface PieceOptions {
  sourcesLabel: string;
  /** The shared conversation an answer delivered privately belongs to; carried by every button. */
  origin?: string;
}

/** A reply's blocks as card elements, in order; a divider becomes a separator line above what follows. */
export function piecesOf(reply: Reply, options: PieceOptions): Piece[] {
  const pieces: Piece[] = [];
  let separate = false;
  for (const block of reply.blocks) {
    if (block.kind === 'divider') {
      separate = pieces.length > 0;
      continue;
    }
    const made = piecesOfBlock(block, options);
    if (separate && made[0]) made[0] = { ...made[0], element: { ...made[0].element, separator: true } };
    if (made.length) separate = false;
    pieces.push(...made);
  }
  if (reply.attachment) {
    pieces.push(text(reply.attachment.filename, { weight: 'Bolder', separator: pieces.length > 0 }));
    for (const part of chunkText(reply.attachment.content, MAX_TEXT_CHARS)) pieces.push({ element: { type: 'TextBlock', text: part, wrap: true, fontType: 'Monospace' }, plain: part });
  }
  return pieces;
}

function piecesOfBlock(block: Exclude<Block, { kind: 'divider' }>, options: PieceOptions): Piece[] {
  switch (block.kind) {
    case 'heading':
      return [text(truncate(block.text, MAX_TITLE_CHARS), { size: 'Medium', weight: 'Bolder', style: 'heading' })];
    case 'text':
      return chunkText(block.text, MAX_TEXT_CHARS).map((part) => text(part));
    case 'context':
      return chunkText(block.text, MAX_TEXT_CHARS).map((part) => text(part, { size: 'Small', isSubtle: true }));
    case 'sources': {
      const line = `${options.sourcesLabel}: ${block.sources.map(formatSource).join('; ')}`;
      return chunkText(line, MAX_TEXT_CHARS).map((part) => text(part, { size: 'Small', isSubtle: true }));
    }
    case 'fields':
      return groups(block.fields, MAX_FACTS_PER_SET).map((facts): Piece => {
        const set: FactSet = {
          type: 'FactSet',
          facts: facts.map((f) => ({ title: cardMarkdown(truncate(f.label, MAX_TITLE_CHARS)), value: cardMarkdown(truncate(f.value, MAX_FACT_CHARS)) })),
        };
        return { element: set, plain: facts.map((f) => `${f.label}: ${stripMarkup(f.value)}`).join('\n') };
      });
    case 'list':
      return [
        ...(block.title ? [text(block.title, { weight: 'Bolder' })] : []),
        ...listGroups(block.items.map((item) => truncate(item, MAX_TEXT_CHARS - 10))).map((items) => ({
          element: { type: 'TextBlock', text: cardList(items), wrap: true } satisfies TextBlock,
          plain: items.map((i) => `• ${stripMarkup(i)}`).join('\n'),
        })),
      ];
    case 'buttons':
      return groups(block.buttons, MAX_ACTIONS_PER_SET).map((row) => actionSet(row, options.origin));
  }
}

function actionSet(buttons: Button[], origin: string | undefined): Piece {
  const set: ActionSet = {
    type: 'ActionSet',
    actions: buttons.map((b) => ({
      type: 'Action.Submit',
      title: truncate(b.label, MAX_TITLE_CHARS),
      data: submitData(b.action, origin),
      ...(b.style === 'primary' ? { style: 'positive' as const } : b.style === 'danger' ? { style: 'destructive' as const } : {}),
    })),
  };
  return { element: set, plain: buttons.map((b) => `[${b.label}]`).join(' ') };
}

function text(markdown: string, look: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {}): Piece {
  return { element: { type: 'TextBlock', text: cardMarkdown(markdown), wrap: true, ...look }, plain: stripMarkup(markdown) };
}

/** List items packed into TextBlocks of at most MAX_TEXT_CHARS each. */
function listGroups(items: string[]): string[][] {
  const result: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const item of items) {
    if (current.length && length + item.length + 3 > MAX_TEXT_CHARS) {
      result.push(current);
      current = [];
      length = 0;
    }
    current.push(item);
    length += item.length + 3;
  }
  if (current.length) result.push(current);
  return result;
}

function groups<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
