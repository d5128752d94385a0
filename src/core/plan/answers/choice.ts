import { normalize } from '../../text.js';
import type { Choice, Question } from '../questions.js';
import { parsed, problem, type Parsed } from '../values.js';
import { labelScore } from './words.js';

const everything = new Set(['all', 'all of them', 'everything', 'wszystkie', 'wszystko']);
const nothing = new Set(['none', 'none of them', 'nothing', 'nobody', 'no one', 'zadne', 'zaden', 'nic', 'brak', 'nikt']);

/** The choice a piece of text names: its number, its id, or words of its label. */
function choiceNamed(piece: string, choices: Choice[]): Choice | undefined {
  const n = normalize(piece);
  if (/^\d+$/.test(n)) return choices[Number(n) - 1];
  const byId = choices.find((c) => c.id === n.replace(/ /g, '_'));
  if (byId) return byId;
  const scored = choices.map((c) => ({ c, score: labelScore(piece, c.label) })).filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
  if (!scored.length) return undefined;
  if (scored.length > 1 && scored[1].score === scored[0].score) return undefined;
  return scored[0].c;
}

/** "2", "every month"; for several: "1, 3", "1 and 3", "technical expert, innovator", "all", "none". */
export function parseChoice(text: string, question: Question): Parsed {
  const choices = question.choices ?? [];
  const multiple = question.type === 'multiple_choice';
  const whole = normalize(text);
  if (!whole) return problem({ kind: 'empty' });
  const single = choiceNamed(text, choices);
  if (single) return parsed({ kind: 'choice', choices: [single.id] });
  if (multiple && everything.has(whole)) return parsed({ kind: 'choice', choices: choices.map((c) => c.id) });
  if (multiple && nothing.has(whole)) return parsed({ kind: 'choice', choices: [] });
  const pieces = text.split(/\s*(?:[,;/+&]|\band\b|\boraz\b|\bi\b)\s*|\s+(?=\d)/i).map((p) => p.trim()).filter(Boolean);
  const picked: string[] = [];
  for (const piece of pieces) {
    const choice = choiceNamed(piece, choices);
    if (!choice) return problem({ kind: 'no_such_choice', piece });
    if (!picked.includes(choice.id)) picked.push(choice.id);
  }
  if (!picked.length) return problem({ kind: 'no_such_choice', piece: text.trim() });
  if (!multiple && picked.length > 1) return problem({ kind: 'one_choice_only' });
  // Keep the order of the question, so that two answers with the same choices read the same.
  return parsed({ kind: 'choice', choices: choices.map((c) => c.id).filter((id) => picked.includes(id)) });
}
