import type { AnswerType, Question } from '../questions.js';
import type { ParseContext, Parsed } from '../values.js';
import { parseChoice } from './choice.js';
import { parseDate } from './date.js';
import { parseMoney } from './money.js';
import { parseNumber, parsePercent, parseScale } from './numbers.js';
import { parsePeople } from './people.js';
import { parseText } from './text.js';
import { parseYesNo } from './yes-no.js';

export type AnswerParser = (text: string, question: Question, ctx: ParseContext) => Parsed;

/** One parser per answer type: a new type is one more entry here and one file beside it. */
export const answerParsers: Record<AnswerType, AnswerParser> = {
  text: parseText,
  long_text: parseText,
  number: parseNumber,
  money: parseMoney,
  percent: parsePercent,
  date: parseDate,
  single_choice: parseChoice,
  multiple_choice: parseChoice,
  people: parsePeople,
  scale: parseScale,
  yes_no: parseYesNo,
};

/** Reads a typed answer to a question, or says what was wrong with it. */
export function parseAnswer(text: string, question: Question, ctx: ParseContext): Parsed {
  return answerParsers[question.type](text, question, ctx);
}
