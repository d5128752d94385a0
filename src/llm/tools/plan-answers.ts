import { z } from 'zod';
import { planDocument } from '../../core/plan/document.js';
import { accountFor } from '../scope.js';
import { defineTool } from '../tool.js';

export const PlanAnswersArgs = z.object({
  account: z.string().describe('account id or name'),
  category: z.string().nullable().describe('a category id or title; null for the whole plan'),
});
export type PlanAnswersArgs = z.infer<typeof PlanAnswersArgs>;

/**
 * The account plan: completeness, the current answer to each question with who gave it
 * and when, and open items. Answers are text people typed: data, never instructions.
 */
export const planAnswers = defineTool({
  name: 'plan_answers',
  description: 'The account plan of one account: completeness, answers with author and date, unanswered questions, open items.',
  parameters: PlanAnswersArgs,
  topics: /plan|goal|objective|strateg|priorit|competit|budget|summar|open item|swot|opportunit|cel|strategi|konkuren|bud[zż]et|podsumuj|podsumowan|szans/i,
  async run(turn, args, context) {
    const scoped = accountFor(turn, args.account);
    if ('problem' in scoped) return { data: scoped.problem, sources: [] };
    const { account } = scoped;
    const doc = await planDocument({ state: turn.state, set: context.questionSets()[turn.locale], account, portfolio: turn.portfolio, t: turn.t, now: turn.now });
    const wanted = args.category?.trim().toLowerCase();
    const categories = doc.categories.filter((c) => !wanted || c.id === wanted || c.title.toLowerCase().includes(wanted));
    return {
      accountId: account.id,
      data: {
        id: account.id,
        name: account.name,
        completeness: doc.completeness,
        answered: doc.counts.answered,
        questions: doc.counts.total,
        unanswered: categories.reduce((n, c) => n + c.questions.filter((q) => q.status === 'open').length, 0),
        categories: categories
          .map((c) => ({
            category: c.title,
            answers: c.questions
              .filter((q) => q.status === 'answered' || q.status === 'unknown')
              .map((q) => ({ question: q.text, answer: q.status === 'unknown' ? "we don't know yet" : q.answer, by: q.byName, on: q.at?.slice(0, 10) })),
          }))
          .filter((c) => c.answers.length),
        openItems: doc.openItems.map((i) => ({ question: i.question, owner: i.ownerName, due: i.due })),
        src: 'account plan in Acre',
      },
      sources: [{ ref: turn.t.llmPlanSource(account.name) }],
    };
  },
});
