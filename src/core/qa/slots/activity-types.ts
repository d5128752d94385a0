import type { ActivityType } from '../../model.js';
import { Lexicon, type Phrases } from '../nlu/lexicon.js';
import type { Question } from '../nlu/question.js';

type Asked = ActivityType | 'issue';

/** How people name each kind of activity; 'issue' stands for every kind of problem. */
export const activityPhrases: Phrases<Asked> = {
  meeting: ['meeting*', 'meet', 'met', 'visit*', 'spotkan*', 'spotkal*', 'wizyt*'],
  qbr: ['qbr*', 'business review*'],
  call: ['call*', 'phone*', 'rozmow*', 'telefon*', 'dzwonil*', 'zadzwon*'],
  email: ['email*', 'e mail*', 'mail*', 'maile', 'maila', 'wiadomos*'],
  escalation: ['escalat*', 'eskalac*', 'eskalow*'],
  ticket: ['ticket*', 'support request*', 'zgloszen*', 'tiket*'],
  complaint: ['complain*', 'reklamac*', 'skarg*', 'zazalen*'],
  note: ['note', 'notes', 'notatk*'],
  issue: ['issue*', 'problem*', 'incident*', 'trouble', 'incydent*', 'klopot*'],
};

const types = new Lexicon(activityPhrases);

/** The problem kinds: what "issues" or "problemy" cover. */
export const issueTypes: readonly ActivityType[] = ['escalation', 'complaint', 'ticket'];

/** The kinds of activity a question names ("meetings", "reklamacje"); "issues" means every problem kind. */
export function activityTypesOf(q: Question): { types?: ActivityType[]; tokens: number[] } {
  const found = types.match(q.tokens);
  const asked = new Set<ActivityType>();
  for (const k of found.keys) {
    if (k === 'issue') issueTypes.forEach((t) => asked.add(t));
    else asked.add(k);
  }
  return { ...(asked.size ? { types: [...asked].sort() } : {}), tokens: [...found.covered] };
}
