import type { Reply } from '../../core/reply.js';
import { CARD_SCHEMA, CARD_VERSION, type AdaptiveCard } from './adaptive-card.js';
import { piecesOf, truncate, type Piece, type PieceOptions } from './card-elements.js';

/**
 * Teams refuses a message larger than about 28 KB (HTTP 413 from the connector),
 * counting the whole activity. A card is kept under 24 KB so that the envelope
 * (ids, service URL, summary) always fits in what is left.
 */
export const MAX_CARD_BYTES = 24 * 1024;
/** The fallback repeats the card as text; kept short so that it does not halve what a card can hold. */
const MAX_FALLBACK_CHARS = 1000;
/** Room for the card's own fields and its fallback text at up to 4 bytes a character. */
const CARD_OVERHEAD_BYTES = 300 + MAX_FALLBACK_CHARS * 4;

export interface CardOptions extends PieceOptions {
  /** The reader's language, for date functions and screen readers. */
  lang?: string;
}

/**
 * A reply as Adaptive Cards: usually one; a reply too long for one card continues
 * in the next, split between elements so nothing is cut mid-sentence.
 */
export function cardsFor(reply: Reply, options: CardOptions): AdaptiveCard[] {
  const cards: AdaptiveCard[] = [];
  let current: Piece[] = [];
  let bytes = CARD_OVERHEAD_BYTES;
  for (const piece of piecesOf(reply, options)) {
    const size = Buffer.byteLength(JSON.stringify(piece.element)) + 1;
    if (current.length && bytes + size > MAX_CARD_BYTES) {
      cards.push(cardOf(current, options.lang));
      current = [];
      bytes = CARD_OVERHEAD_BYTES;
    }
    current.push(current.length ? piece : withoutSeparator(piece));
    bytes += size;
  }
  if (current.length) cards.push(cardOf(current, options.lang));
  return cards;
}

function cardOf(pieces: Piece[], lang: string | undefined): AdaptiveCard {
  return {
    $schema: CARD_SCHEMA,
    type: 'AdaptiveCard',
    version: CARD_VERSION,
    ...(lang ? { lang } : {}),
    body: pieces.map((p) => p.element),
    fallbackText: truncate(pieces.map((p) => p.plain).filter(Boolean).join('\n'), MAX_FALLBACK_CHARS),
  };
}

/** A card's first element needs no line above it. */
function withoutSeparator(piece: Piece): Piece {
  if (!piece.element.separator) return piece;
  const { separator: _separator, ...element } = piece.element;
  return { ...piece, element };
}
