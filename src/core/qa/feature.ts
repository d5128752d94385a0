import type { Feature } from '../conversation.js';
import { intentFeature } from './intent-feature.js';
import { accountQuestionIntents } from './intents/index.js';

/** Account Q&A: the routine questions about accounts, answered from the data with sources, in English and Polish. */
export const accountQuestionsFeature: Feature = intentFeature({
  name: 'qa',
  intents: accountQuestionIntents,
  whenOnlyAnAccount: 'account.overview',
  help: (t) => ({ commands: [], examples: t.qa.examples }),
});
