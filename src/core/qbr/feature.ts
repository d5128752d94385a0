import type { Feature, Turn, Understanding } from '../conversation.js';
import { withAccount } from '../accounts/pick.js';
import { reply, type Reply } from '../reply.js';
import { nextQbrAnswer, overdueQbrsAnswer, todayOf, unbookedQbrsAnswer, upcomingQbrsAnswer } from './answers.js';
import type { QuestionSets } from '../plan/questions.js';
import { qbrBriefFor, qbrBriefMarkdownFor, type BriefInputs } from './brief/brief.js';
import { readQbrPrep } from './commands.js';
import { dateIn } from './dates-in-text.js';
import { bookQbrInChat, cancelQbrInChat, setCadenceInChat } from './schedule.js';
import { readQbrQuestion, type QbrQuestion } from './understanding.js';

const COMMAND = 'qbr-prep';

/** Brief inputs for the asker: their data, language and today. */
const briefInputs = (turn: Turn, setup: QbrSetup): BriefInputs => ({
  portfolio: turn.portfolio, state: turn.state, locale: turn.locale, t: turn.t, today: todayOf(turn),
  questionSets: setup.questionSets, preparedFor: turn.user.name ?? turn.user.email,
});

/** What the QBR feature is built with: the account-plan questions the brief draws on. */
export interface QbrSetup {
  questionSets: QuestionSets;
}

async function qbrPrep(turn: Turn, args: string, setup: QbrSetup): Promise<Reply[]> {
  const command = readQbrPrep(args);
  const usage = () => [reply().text(turn.t.qbr.usage).onlyForAsker().build()];
  if (!command.account && !turn.memory.accountId) return usage();
  switch (command.kind) {
    case 'brief':
      return withAccount(turn, command.account, COMMAND, async (account) => [
        command.format === 'md' ? await qbrBriefMarkdownFor(account, briefInputs(turn, setup)) : await qbrBriefFor(account, briefInputs(turn, setup)),
      ]);
    case 'when':
      return withAccount(turn, command.account, COMMAND, async (account) => [await nextQbrAnswer(turn, account)]);
    case 'cancel':
      return withAccount(turn, command.account, COMMAND, (account) => cancelQbrInChat(turn, account));
    case 'cadence':
      return withAccount(turn, command.account, COMMAND, (account) => setCadenceInChat(turn, account, Number(command.months)));
    case 'book': {
      const date = dateIn(command.when, todayOf(turn));
      if (!date) return [reply().text(turn.t.qbr.badDate(command.when)).onlyForAsker().build()];
      return withAccount(turn, command.account, COMMAND, (account) => bookQbrInChat(turn, account, date.date));
    }
  }
}

/**
 * How sure a reading is. Text that says "QBR" is this feature's to answer: only the QBR
 * calendar knows dates set in chat, so a QBR question that names what it needs is read
 * here with near certainty; one that leans on the last account, a little less.
 */
function confidenceOf(turn: Turn, q: QbrQuestion): number {
  if (q.kind === 'upcoming' || q.kind === 'unbooked' || (q.kind === 'overdue' && !q.name)) return 0.99;
  if (!q.name) return turn.memory.accountId ? 0.9 : 0.6;
  // Words left over that name no account are a question this feature did not foresee.
  return turn.resolve(q.name).kind === 'found' ? 0.99 : 0.55;
}

/** The account a reading is about, for the log: the one named, else the one the conversation is about. */
function accountOf(turn: Turn, q: QbrQuestion): { accountId?: string } {
  if (!('name' in q)) return {};
  if (!q.name) return turn.memory.accountId ? { accountId: turn.memory.accountId } : {};
  const found = turn.resolve(q.name);
  return found.kind === 'found' ? { accountId: found.account.id } : {};
}

function answerOf(turn: Turn, q: QbrQuestion, setup: QbrSetup): () => Promise<Reply[]> {
  const about = (name: string, then: Parameters<typeof withAccount>[3]) => () => withAccount(turn, name, COMMAND, then);
  switch (q.kind) {
    case 'upcoming':
      return async () => [await upcomingQbrsAnswer(turn, q.period)];
    case 'unbooked':
      return async () => [await unbookedQbrsAnswer(turn)];
    case 'overdue':
      return q.name ? about(q.name, async (a) => [await nextQbrAnswer(turn, a)]) : async () => [await overdueQbrsAnswer(turn)];
    case 'next':
      return about(q.name, async (a) => {
        // "And the next one?" after the last QBR (and back) is read from this topic.
        turn.remember({ topic: q.last ? 'qbr.last' : 'qbr.next' });
        return [await nextQbrAnswer(turn, a)];
      });
    case 'book':
      return about(q.name, (a) => bookQbrInChat(turn, a, q.date));
    case 'cancel':
      return about(q.name, (a) => cancelQbrInChat(turn, a));
    case 'brief':
      return about(q.name, async (a) => [await qbrBriefFor(a, briefInputs(turn, setup))]);
  }
}

/**
 * QBRs: `/qbr-prep <account>` for the brief (and `schedule`, `cancel`, `cadence`,
 * `md`), and questions in plain words about when QBRs are, which are coming up and
 * which are overdue, in English and Polish.
 */
export function qbrFeature(setup: QbrSetup): Feature {
  return {
    name: 'qbr',
    commands: { [COMMAND]: (turn, args) => qbrPrep(turn, args, setup) },
    understand(turn, text): Understanding[] {
      const q = readQbrQuestion(text, todayOf(turn));
      if (!q) return [];
      return [{ intent: `qbr.${q.kind}`, confidence: confidenceOf(turn, q), entities: { ...q, ...accountOf(turn, q) }, answer: answerOf(turn, q, setup) }];
    },
    help: (t) => ({ commands: [t.qbr.helpCommand], examples: t.qbr.helpExamples }),
  };
}
