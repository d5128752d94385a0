import { nameIndexOf, type AccountMention } from '../../accounts/name-index.js';
import type { Turn } from '../../conversation.js';
import { todayIn } from '../../dates.js';
import { isEveryday } from './common-words.js';
import { findNumbers, type NumberMention } from './numbers.js';
import { peopleIndexOf, type PersonMention } from './people.js';
import { findPeriod, type PeriodMention, type TimeDirection } from './periods.js';
import { tokenize, type Token } from './tokens.js';

/**
 * A question read once for every feature that wants to understand it: its words,
 * and — computed on first use — the accounts and people it names (among those the
 * asker may see, and only those), the period it mentions, and its numbers.
 */
export interface Question {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Today for the asker, in their time zone. */
  readonly today: string;
  readonly accounts: readonly AccountMention[];
  readonly people: readonly PersonMention[];
  readonly numbers: readonly NumberMention[];
  /** The period named, read looking back ('past') or ahead ('future'). */
  period(direction: TimeDirection): PeriodMention | undefined;
  /** True for words that name nothing (articles, "my", "please", "który"). */
  everyday(token: Token): boolean;
}

// Per turn, so that several features reading the same text share one reading; gone with the turn.
const readings = new WeakMap<Turn, Map<string, Question>>();

/** The reading of `text` for this turn, shared by every feature that asks. */
export function questionOf(turn: Turn, text: string): Question {
  let byText = readings.get(turn);
  if (!byText) {
    byText = new Map();
    readings.set(turn, byText);
  }
  let q = byText.get(text);
  if (!q) {
    q = readQuestion(turn, text);
    byText.set(text, q);
  }
  return q;
}

function readQuestion(turn: Turn, text: string): Question {
  const tokens = tokenize(text);
  const today = todayIn(turn.now, turn.timezone);
  const everyday = (word: string) => isEveryday(word);
  let accounts: AccountMention[] | undefined;
  let people: PersonMention[] | undefined;
  let numbers: NumberMention[] | undefined;
  const periods = new Map<TimeDirection, PeriodMention | undefined>();
  return {
    text,
    tokens,
    today,
    get accounts() {
      return (accounts ??= nameIndexOf(turn.visible()).mentions(tokens, everyday));
    },
    get people() {
      return (people ??= peopleIndexOf(turn.portfolio, turn.visible()).mentions(tokens, everyday));
    },
    get numbers() {
      return (numbers ??= findNumbers(tokens));
    },
    period(direction) {
      if (!periods.has(direction)) periods.set(direction, findPeriod(tokens, today, direction));
      return periods.get(direction);
    },
    everyday: (token) => everyday(token.word),
  };
}
