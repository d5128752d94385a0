import { normalize } from '../text.js';

/** What a person can tell the walk-through besides an answer; the same as its buttons. */
export type WalkCommand =
  | { kind: 'skip' }
  | { kind: 'unknown' }
  | { kind: 'back' }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'status' }
  | { kind: 'done' }
  | { kind: 'keep' }
  | { kind: 'help' }
  | { kind: 'repeat' }
  | { kind: 'export'; format: 'md' | 'json' }
  | { kind: 'jump'; to: string };

type Simple = Exclude<WalkCommand, { kind: 'export' } | { kind: 'jump' }>['kind'];

/** Typed words in English and Polish, compared without case, diacritics or punctuation. */
const words: Record<Simple, string[]> = {
  skip: ['skip', 'skip it', 'skip this', 'skip this one', 'next', 'next question', 'pass', 'pomin', 'pomin to', 'pomijam', 'dalej', 'nastepne', 'nastepne pytanie'],
  unknown: ['don t know', 'dont know', 'i don t know', 'i dont know', 'do not know', 'idk', 'no idea', 'not sure', 'unknown', 'we don t know',
    'nie wiem', 'nie mam pojecia', 'nie jestem pewien', 'nie jestem pewna', 'nie wiemy', 'nieznane'],
  back: ['back', 'go back', 'previous', 'previous question', 'prev', 'wstecz', 'cofnij', 'wroc', 'poprzednie', 'poprzednie pytanie'],
  pause: ['pause', 'stop', 'later', 'take a break', 'let s stop', 'pauza', 'przerwa', 'pozniej', 'wstrzymaj', 'stop na teraz'],
  resume: ['resume', 'continue', 'carry on', 'go on', 'let s continue', 'wznow', 'kontynuuj', 'kontynuujmy', 'wracamy'],
  status: ['status', 'progress', 'where am i', 'where are we', 'postep', 'gdzie jestem', 'gdzie jestesmy', 'stan'],
  done: ['done', 'finish', 'finished', 'end', 'that s all', 'that s it', 'wrap up', 'koniec', 'zakoncz', 'gotowe', 'skonczone', 'to wszystko', 'skonczylem', 'skonczylam'],
  keep: ['keep', 'keep it', 'still right', 'still true', 'still correct', 'no change', 'unchanged', 'same', 'ok keep', 'confirm',
    'zostaw', 'bez zmian', 'aktualne', 'nadal aktualne', 'wciaz aktualne', 'zachowaj', 'potwierdzam'],
  help: ['help', 'pomoc', 'what can i say', 'co moge napisac', 'jak to dziala', 'how does this work'],
  repeat: ['hi', 'hello', 'hey', 'repeat', 'again', 'where were we', 'czesc', 'hej', 'powtorz', 'dzien dobry', 'na czym skonczylismy'],
};

const jump = /^(?:go to|jump to|skip to|move to|switch to|take me to|przejdz do|idz do|skocz do|przeskocz do|wroc do|przejdzmy do)\s+(.+)$/;
const exportWords = /^(?:export|eksport|eksportuj|download|pobierz)(?:\s+(?:as\s+|jako\s+)?(md|markdown|json))?$/;

/** Reads a walk-through command from typed text, in either language; undefined when the text is not one. */
export function readCommand(text: string): WalkCommand | undefined {
  if (text.trim() === '?') return { kind: 'help' };
  const said = normalize(text);
  if (!said) return undefined;
  for (const [kind, list] of Object.entries(words) as [Simple, string[]][]) {
    if (list.includes(said)) return { kind } as WalkCommand;
  }
  const to = jump.exec(said)?.[1];
  if (to) return { kind: 'jump', to };
  const exported = exportWords.exec(said);
  if (exported) return { kind: 'export', format: exported[1] === 'json' ? 'json' : 'md' };
  return undefined;
}

const askingStarts = [
  'tell me', 'show me', 'give me', 'what is', 'what are', 'what s', 'what was', 'what has', 'what changed', 'who is', 'who are', 'who s',
  'who signs', 'who decides', 'when is', 'when does', 'when do', 'when did', 'how is', 'how are', 'how s', 'how much', 'how many', 'how complete',
  'how far', 'where is', 'can you', 'could you', 'do we have', 'is there', 'are there',
  'opowiedz', 'pokaz', 'podaj', 'wyswietl', 'kto jest', 'kto to', 'kto podpisuje', 'kto decyduje', 'co z', 'co sie', 'co wiemy', 'jak sie', 'jaki jest',
  'jaka jest', 'jakie sa', 'jacy sa', 'ile', 'kiedy', 'dlaczego', 'gdzie', 'czy',
];

/**
 * True for text that reads as a question or a request to Acre rather than an answer:
 * it ends with a question mark or opens like a question. Such text is left to the rest
 * of Acre, so that asking about another account does not become an answer.
 */
export function looksLikeQuestion(text: string): boolean {
  if (/\?\s*$/.test(text)) return true;
  const said = normalize(text);
  return askingStarts.some((start) => said === start || said.startsWith(`${start} `));
}
