import type { ContactRole } from '../../model.js';
import { Lexicon, type Phrases } from '../nlu/lexicon.js';
import type { Question } from '../nlu/question.js';

/** How people name each role, in English and Polish. */
export const rolePhrases: Phrases<ContactRole> = {
  decision_maker: [
    'decision maker*', 'decision making', 'decides', 'decide*', 'sign*', 'signator*', 'approv*', 'budget*', 'economic buyer', 'final say', 'dm', 'dms',
    'decyd*', 'decyzj*', 'podpis*', 'zatwierdz*', 'budzet*',
  ],
  champion: ['champion*', 'advocate*', 'coach', 'oredown*', 'orendown*', 'ambasador*', 'czempion*', 'adwokat*'],
  sponsor: ['sponsor*', 'executive sponsor*'],
  influencer: ['influencer*', 'influenc*', 'wplyw*'],
  blocker: ['blocker*', 'blocking', 'block*', 'against us', 'opponent*', 'detractor*', 'bloku*', 'przeciw*', 'przeciwnik*'],
  user: ['end user*', 'users', 'uzytkownik*'],
};

const roles = new Lexicon(rolePhrases);

/** The contact role a question asks about: "who signs" is the decision maker, "orędownik" the champion. */
export function roleOf(q: Question): { role?: ContactRole; tokens: number[] } {
  const found = roles.match(q.tokens);
  const [role] = found.keys;
  return { ...(role ? { role } : {}), tokens: [...found.covered] };
}
