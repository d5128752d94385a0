/**
 * The toolkit for understanding questions without an LLM, for any feature:
 * describe intents as data and hand them to `intentFeature`; read what a question
 * names with `questionOf` (accounts and people among what the asker may see, the
 * period, numbers); reuse the slot readers and the phrase lexicon.
 */
export { intentFeature, type IntentFeatureSpec } from './intent-feature.js';
export { defineIntent, type About, type Asked, type Cue, type Intent, type SlotReading, type Subject } from './intent.js';
export { questionOf, type Question } from './nlu/question.js';
export { Lexicon, type LexiconMatch, type Phrases } from './nlu/lexicon.js';
export { tokenize, stemOf, type Token } from './nlu/tokens.js';
export { TypoIndex } from './nlu/fuzzy.js';
export { findPeriod, type Period, type PeriodMention, type TimeDirection } from './nlu/periods.js';
export { findNumbers, daysMentioned, daysIn, numberValue, type NumberMention, type TimeUnit } from './nlu/numbers.js';
export { isEveryday } from './nlu/common-words.js';
export { AccountNameIndex, nameIndexOf, type AccountMention } from '../accounts/name-index.js';
export { PeopleIndex, peopleIndexOf, type PersonMention } from './nlu/people.js';
export { scopeOf } from './slots/scope.js';
export { roleOf, rolePhrases } from './slots/role.js';
export { activityTypesOf, activityPhrases, issueTypes } from './slots/activity-types.js';
export { sortOf, type SortKey } from './slots/sort.js';
export { ownerOf } from './slots/owner.js';
export type { Scope } from './about.js';
