import type { Messages } from '../../i18n/index.js';
import { formatDate } from '../../i18n/format.js';
import type { Account, Locale } from '../../model.js';
import type { Portfolio } from '../../portfolio.js';
import type { QuestionSets } from '../../plan/questions.js';
import type { KeyValueStore } from '../../ports.js';
import { reply, type Reply } from '../../reply.js';
import { qbrCalendarOf } from '../calendar.js';
import { qbrChangesIn } from '../changes.js';
import { statusLine } from '../wording.js';
import { agendaSection } from './agenda.js';
import { briefContextOf } from './context.js';
import { replyToMarkdown } from './markdown.js';
import { planSection } from './plan.js';
import { planStatusOf } from './plan-status.js';
import { questionsSection } from './questions-to-ask.js';
import { resultsSection } from './results.js';
import { risksSection } from './risks.js';
import { snapshotSection } from './snapshot.js';
import { stakeholdersSection } from './stakeholders.js';

/** What a brief is made from: the data, the stored state (QBR changes, the plan), the reader's language and day. */
export interface BriefInputs {
  portfolio: Portfolio;
  state: KeyValueStore;
  locale: Locale;
  t: Messages;
  /** The reader's today, YYYY-MM-DD. */
  today: string;
  /** The account-plan questions, for the plan's status and the questions worth asking. */
  questionSets: QuestionSets;
  /** Who it is prepared for, shown in its header. */
  preparedFor?: string;
}

/**
 * The QBR brief for one account: snapshot, results since the last QBR, plan status,
 * stakeholders to invite, risks and competitor notes, a suggested agenda and five
 * questions worth asking. Every section cites its sources and says so when the data
 * has nothing for it. A neutral reply: Slack, Teams and the console render it.
 */
export async function qbrBriefFor(account: Account, inputs: BriefInputs): Promise<Reply> {
  const { portfolio, state, locale, t, today } = inputs;
  const changes = await qbrChangesIn(state);
  const calendar = qbrCalendarOf(account, portfolio.activitiesOf(account.id), today, changes[account.id]);
  const plan = await planStatusOf(state, account, portfolio, inputs.questionSets[locale], t);
  const c = briefContextOf({ account, portfolio, calendar, today, locale, t, plan });

  const b = reply()
    .heading(t.qbr.brief.title(account.name))
    .context(t.qbr.brief.preparedOn(formatDate(today, locale), inputs.preparedFor, statusLine(calendar, t, locale)));
  snapshotSection(b, c);
  resultsSection(b, c);
  planSection(b, c);
  stakeholdersSection(b, c);
  risksSection(b, c);
  agendaSection(b, c);
  questionsSection(b, c);
  b.buttons([{ label: t.qbr.exportMarkdown, action: { id: 'ask', value: `/qbr-prep ${account.id} md` } }]);
  return b.build();
}

/** The brief as a Markdown file attached to a short reply, for taking into a document or an e-mail. */
export async function qbrBriefMarkdownFor(account: Account, inputs: BriefInputs): Promise<Reply> {
  const brief = await qbrBriefFor(account, inputs);
  return reply()
    .text(inputs.t.qbr.markdownReady(account.name))
    .attach({ filename: `qbr-brief-${account.id}-${inputs.today}.md`, mimeType: 'text/markdown', content: replyToMarkdown(brief, inputs.t.sources) })
    .build();
}
