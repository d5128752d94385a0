import { normalize } from '../../text.js';

/** One word of a question: as typed, normalised for matching, and stemmed for inflected names. */
export interface Token {
  /** As typed, with case and diacritics ("Wiśle"). */
  text: string;
  /** Lower case without diacritics ("wisle"). */
  word: string;
  /** The word without a Polish case ending or English plural ("wisl"), for matching inflected names. */
  stem: string;
  /** Position in the question, from 0. */
  index: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Splits a question into words; "Globex's" gives "globex" (the possessive "s" is dropped). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const before = text[m.index - 1];
    if ((raw === 's' || raw === 'S') && (before === "'" || before === '’')) continue;
    const word = normalize(raw);
    if (!word) continue;
    out.push({ text: raw, word, stem: stemOf(word), index: out.length });
  }
  return out;
}

// Longest first: Polish noun and adjective endings, then the English plural.
const endings = ['owie', 'ach', 'ami', 'iej', 'ego', 'emu', 'owi', 'ow', 'om', 'ie', 'ej', 'em', 'a', 'e', 'i', 'u', 'y', 'o', 's'];

/**
 * A light stem for matching names across Polish cases and English plurals:
 * "Wisła", "Wisły", "Wiśle" → "wisl"; "Łódzkiej" → "lodzk"; "Globeksu" → "globex".
 * Deliberately crude: it only needs to make inflected forms of one word meet.
 */
export function stemOf(word: string): string {
  let w = word.replace(/ks/g, 'x');
  if (w.length < 5 || /\d/.test(w)) return w;
  for (const e of endings) {
    if (w.endsWith(e) && w.length - e.length >= 4) {
      w = w.slice(0, -e.length);
      break;
    }
  }
  return w;
}
