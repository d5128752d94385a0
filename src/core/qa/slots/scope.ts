import type { Scope } from '../about.js';
import { Lexicon } from '../nlu/lexicon.js';
import type { Question } from '../nlu/question.js';

const scopes = new Lexicon<Scope>({
  mine: ['my', 'mine', 'i cover', 'i own', 'moj', 'moje', 'moich', 'moim', 'moimi', 'moi', 'moja'],
  team: ['our', 'ours', 'team', 'teams', 'we cover', 'all', 'everyone', 'across', 'whole', 'nasz*', 'zespol*', 'wszystk*', 'caly', 'calym'],
});

/** "My accounts" or "our/the team's accounts", when the question says so. */
export function scopeOf(q: Question): { scope?: Scope; tokens: number[] } {
  const found = scopes.match(q.tokens);
  const scope: Scope | undefined = found.has('team') ? 'team' : found.has('mine') ? 'mine' : undefined;
  return { ...(scope ? { scope } : {}), tokens: [...found.covered] };
}
