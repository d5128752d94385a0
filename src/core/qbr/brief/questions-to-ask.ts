import type { Question } from '../../plan/questions.js';
import type { ReplyBuilder } from '../../reply.js';
import type { BriefContext } from './context.js';

export const QUESTIONS_ASKED = 5;

/** Plan questions that make good questions in the room, best first; any other open question of these categories may follow. */
const askableFirst = [
  'needs.business_goals', 'needs.pain_points', 'trends.market_trends', 'needs.unmet_needs', 'customer_team.buying_process',
  'needs.planning_cycle', 'competitors.evaluating_alternatives', 'trends.pressures', 'needs.urgency', 'value.reference',
];
const askableCategories = ['needs', 'trends', 'customer_team', 'competitors', 'value'];
/** Questions about our own side or our view of rivals are not for the customer. */
const notForTheRoom = /^(our_team|insights|unknowns)\.|^competitors\.(strength|strategy|staff|support|our_position|share_of_wallet)$|^value\.(growth_target|theme)$|^needs\.qualification$/;

/** Up to five of the plan's open questions worth asking the customer at the QBR, drawn from what the plan still doesn't know. */
export function questionsToAsk(unanswered: readonly Question[]): Question[] {
  const open = unanswered.filter((q) => !notForTheRoom.test(q.id));
  const rank = (q: Question) => {
    const preferred = askableFirst.indexOf(q.id);
    if (preferred >= 0) return preferred;
    const category = askableCategories.indexOf(q.category);
    return category >= 0 ? askableFirst.length + category : Infinity;
  };
  return open.filter((q) => rank(q) < Infinity).sort((a, b) => rank(a) - rank(b)).slice(0, QUESTIONS_ASKED);
}

/** Five questions worth asking, from the account plan's gaps. */
export function questionsSection(b: ReplyBuilder, c: BriefContext): void {
  const { t } = c;
  const asked = questionsToAsk(c.plan.unanswered);
  b.heading(t.qbr.brief.questionsTitle(asked.length));
  if (!asked.length) {
    b.text(t.qbr.brief.noOpenQuestions);
    return;
  }
  b.list(asked.map((q) => q.text)).sources([{ ref: t.qbr.brief.questionsSource(c.plan.set.locale) }]);
}
