import { parsed, problem, type Parsed } from '../values.js';

/** Text and long text: anything with words in it, kept as written. */
export function parseText(text: string): Parsed {
  const trimmed = text.trim();
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return problem({ kind: 'empty' });
  return parsed({ kind: 'text', text: trimmed });
}
