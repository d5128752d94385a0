import { accountOverview } from '../../accounts/overview.js';
import { defineIntent } from '../intent.js';

/** "Tell me about Globex", "opowiedz o Wiśle": the account at a glance. */
export const accountOverviewIntent = defineIntent({
  name: 'account.overview',
  subject: 'account',
  cues: [
    {
      say: [
        'tell me about', 'tell me more about', 'overview', 'summary', 'summari*', 'what do we know about', 'what do you know about', 'story', 'brief me',
        'whats going on with', 'at a glance', 'profile', 'rundown', 'update on', 'where do we stand with', 'where are we with', 'opowiedz', 'co slychac', 'podsumuj*', 'podsumowanie', 'informacje o', 'co wiemy o', 'przedstaw',
      ],
      weight: 0.6,
    },
    // Not "what about X?": that follows up on the previous question.
    // "Status" also goes with other words ("renewal status", "plan status"): those say what is asked, so it weighs little.
    { say: ['show', 'show me', 'pokaz', 'how is', 'hows', 'how are things', 'co u', 'jak sie ma', 'status', 'stan'], weight: 0.35 },
    // "How is Contoso doing?": enough to say so when Contoso is not the asker's.
    { say: ['doing', 'getting on', 'radzi'], weight: 0.2 },
  ],
  answer: async (turn, { about }) => (about.kind === 'account' ? [await accountOverview(turn, about.account)] : []),
});
