import type { Turn } from '../conversation.js';
import type { Account } from '../model.js';
import { normalize } from '../text.js';

/** Words that are never part of an account's name in a question about plans. */
const notNames = new Set([
  'the', 'a', 'an', 'of', 'for', 'at', 'in', 'on', 'to', 'is', 'are', 'was', 'who', 'what', 'how', 'which', 'when', 'do', 'does', 'we', 'our', 'their',
  'they', 'it', 'its', 's', 'about', 'with', 'and', 'or', 'me', 'tell', 'show', 'list', 'since', 'last', 'time', 'changed', 'change', 'complete',
  'completed', 'far', 'plan', 'plans', 'account', 'accounts', 'let', 'lets', 'work', 'working', 'continue', 'resume', 'start', 'open', 'fill',
  'needs', 'need', 'competitors', 'competitor', 'competition', 'trends', 'team', 'value', 'items', 'item', 'unknowns', 'open', 'main', 'key',
  'decision', 'makers', 'maker', 'stakeholders', 'insights', 'new', 'whats', 'has', 'have', 'there', 'any', 'all',
  'kto', 'co', 'jak', 'jaki', 'jakie', 'jaka', 'jacy', 'sa', 'jest', 'w', 'z', 'o', 'na', 'do', 'dla', 'od', 'sie', 'nad', 'planem', 'planu',
  'planie', 'plan', 'klienta', 'klient', 'popracujmy', 'pracujmy', 'wrocmy', 'kontynuuj', 'zmienilo', 'ostatniego', 'razu', 'kompletny', 'gotowy',
  'potrzeby', 'konkurencja', 'konkurencji', 'konkurenci', 'konkurentem', 'trendy', 'zespol', 'wartosc', 'otwarte', 'sprawy', 'niewiadome', 'ma',
  'maja', 'nim', 'tym', 'tego', 'ten', 'ta', 'uzupelnijmy', 'uzupelnij', 'zacznijmy', 'otworz', 'na', 'ile', 'wiemy', 'mamy',
]);

/**
 * The account a question names somewhere in its words ("who are Globex's competitors",
 * "popracujmy nad planem Globexu"), among those the asker may see; the longest match wins.
 */
export function accountMentioned(turn: Turn, text: string): Account | undefined {
  const words = normalize(text.replace(/['’]s\b/g, '')).split(' ').filter((w) => w && !notNames.has(w));
  for (let size = Math.min(3, words.length); size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const phrase = words.slice(i, i + size).join(' ');
      if (phrase.length < 3) continue;
      const found = turn.resolve(phrase);
      if (found.kind === 'found') return found.account;
    }
  }
  return undefined;
}
