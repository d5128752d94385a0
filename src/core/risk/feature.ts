/**
 * Health in the conversation: "how healthy is Globex?", "why is Initech at risk?",
 * "which of my accounts are at risk?" (and /at-risk), "what changed this week?",
 * "snooze Initech for 3 weeks", and the digest's buttons.
 */
import type { Resolution } from '../accounts/resolve.js';
import type { Feature, Turn, Understanding } from '../conversation.js';
import type { Account, User } from '../model.js';
import { ownerOf } from '../qa/slots/owner.js';
import { questionOf } from '../qa/nlu/question.js';
import { reply, type Reply } from '../reply.js';
import { normalize } from '../text.js';
import { portfolioSummaries, scoreAccount, storedHealthInputs, todayFor, type AccountHealth, type HealthSummary } from './account-health.js';
import { acknowledgeAccount, onDigestAction, snoozeAccount } from './actions.js';
import { audienceOfUser, curationOf } from './curation.js';
import { accountHealthReply, atRiskReply, changesReply, renewalsAtRiskReply, teamReply, whyReply } from './health-reply.js';
import { confidenceOf, followUpOf, readHealthQuestion, type HealthQuestion } from './questions.js';
import { defaultRiskSettings, inReportingCurrency, type RiskSettings } from './settings.js';
import { withWeeklyChange } from './snapshots.js';
import { weeklyDigestFor } from './digest.js';
import { digestReplies } from './digest-reply.js';
import { accountIn } from '../accounts/access.js';

/** The health of every account the asker sees, today, with the change since last week: what the lists of accounts read. */
export async function visibleHealthOf(turn: Turn, settings: RiskSettings): Promise<HealthSummary[]> {
  const asOf = todayFor(turn);
  const stored = await storedHealthInputs(turn.state);
  return withWeeklyChange(turn.state, turn.portfolio, portfolioSummaries(turn.portfolio, turn.visible(), asOf, settings, stored), asOf, settings, stored);
}

/** The health feature; `settings` is read when first needed (weights, digest sizes, currencies). */
export function riskFeature(settingsOf: () => RiskSettings = () => defaultRiskSettings): Feature {
  let cached: RiskSettings | undefined;
  const settings = () => (cached ??= settingsOf());

  const visibleHealth = (turn: Turn): Promise<HealthSummary[]> => visibleHealthOf(turn, settings());
  const oneAccount = async (turn: Turn, account: Account): Promise<AccountHealth> => {
    const asOf = todayFor(turn);
    const stored = await storedHealthInputs(turn.state);
    const [h] = await withWeeklyChange(turn.state, turn.portfolio, [scoreAccount(turn.portfolio, account, asOf, settings(), stored)], asOf, settings(), stored);
    return h;
  };
  /** The asker's accounts at risk and on watch; with `owner`, only those of that colleague among them ("Ben's accounts at risk"). */
  const atRisk = async (turn: Turn, owner?: User): Promise<Reply[]> => {
    const all = await visibleHealth(turn);
    const email = owner?.email.toLowerCase();
    const healths = email ? all.filter((h) => h.account.ownerEmail.toLowerCase() === email) : all;
    const book = await curationOf(turn.state, audienceOfUser(turn.user.email));
    const s = settings();
    turn.remember({ topic: 'at-risk' });
    const rankedArr = (h: HealthSummary) => (h.account.arr === undefined ? 0 : inReportingCurrency(h.account.arr, h.account.currency, s));
    return [atRiskReply(turn, healths, book, rankedArr, owner ? (owner.name ?? owner.email) : undefined)];
  };

  const answer = async (turn: Turn, q: HealthQuestion, account?: Account, text?: string): Promise<Reply[]> => {
    switch (q.kind) {
      case 'list':
        return atRisk(turn, colleagueIn(turn, text));
      case 'digest': {
        // The digest the asker would get on Monday, as of today: their team's accounts for a manager, their own otherwise.
        turn.remember({ topic: 'at-risk' });
        const recipient = { kind: 'manager' as const, user: turn.user, timezone: turn.timezone, locale: turn.locale };
        const digest = await weeklyDigestFor(recipient, { portfolio: turn.portfolio, store: turn.state, settings: settings(), asOf: todayFor(turn) });
        return digestReplies(digest, settings());
      }
      case 'team': {
        turn.remember({ topic: 'at-risk' });
        const s = settings();
        return [teamReply(turn, await visibleHealth(turn), (h) => (h.account.arr === undefined ? 0 : inReportingCurrency(h.account.arr, h.account.currency, s)), s.reportingCurrency)];
      }
      case 'renewals':
        turn.remember({ topic: 'at-risk' });
        return [renewalsAtRiskReply(turn, await visibleHealth(turn), settings().renewalDays)];
      case 'changes':
        return [changesReply(turn, await visibleHealth(turn), settings().changePoints)];
      case 'health':
      case 'why': {
        const h = await oneAccount(turn, account!);
        turn.remember({ accountId: account!.id, topic: q.kind === 'why' ? 'health.why' : 'health' });
        return [q.kind === 'health' ? accountHealthReply(turn, h) : whyReply(turn, h)];
      }
      case 'snooze':
        return snoozeAccount(turn, await oneAccount(turn, account!), audienceOfUser(turn.user.email), q.weeks ?? 2);
      case 'acknowledge':
        return acknowledgeAccount(turn, await oneAccount(turn, account!), audienceOfUser(turn.user.email));
    }
  };

  return {
    name: 'risk',
    commands: { 'at-risk': (turn) => atRisk(turn) },
    actions: { digest: (turn, action) => onDigestAction(turn, action, settings()) },
    understand(turn, text): Understanding[] {
      // "What about Coho Winery?" right after a health question asks it again about Coho Winery.
      const topic = turn.memory.topic;
      const direct = readHealthQuestion(text);
      const followUp = !direct && (topic === 'health' || topic === 'health.why') ? followUpOf(text, topic === 'health.why' ? 'why' : 'health') : undefined;
      // Only when the rest is an account's name and nothing more: "what about Fabrikam's renewal?" is a renewal question.
      const q = direct ?? (followUp && onlyAnAccount(turn, followUp.name) ? followUp : undefined);
      if (!q) return [];
      const confidence = confidenceOf[q.kind];
      const reading = (account?: Account): Understanding => ({
        intent: `health.${q.kind}`,
        confidence,
        ...(account ? { entities: { accountId: account.id } } : {}),
        answer: () => answer(turn, q, account, text),
      });
      if (q.kind === 'list' || q.kind === 'renewals' || q.kind === 'digest' || q.kind === 'team' || q.kind === 'changes') return [reading()];
      const name = q.name;
      if (name === undefined) {
        const remembered = turn.memory.accountId ? accountIn(turn.visible(), turn.memory.accountId) : undefined;
        return remembered ? [{ ...reading(remembered), confidence: 0.8 }] : [];
      }
      const byId = turn.visible().find((a) => normalize(a.id) === name);
      if (byId) return [reading(byId)];
      const found = turn.resolve(name);
      if (found.kind === 'found') return [reading(found.account)];
      if ('loose' in q && q.loose) return [];
      // A phrase that can only be about health, with a name we cannot place: say so rather than fall through.
      return [{ intent: `health.${q.kind}`, confidence: confidence - 0.2, answer: async () => [chooseAccount(turn, name, found, q)] }];
    },
    help: (t) => ({ commands: [t.riskHelpCommand], examples: t.riskHelpExamples }),
  };
}

/** A colleague the question names ("Ben's accounts at risk"), other than the asker. */
function colleagueIn(turn: Turn, text: string | undefined): User | undefined {
  return text ? ownerOf(questionOf(turn, text), turn).owner : undefined;
}

/** True when every word of `text` belongs to one account's name (or is a word that names nothing). */
function onlyAnAccount(turn: Turn, text: string): boolean {
  const q = questionOf(turn, text);
  const [m] = q.accounts;
  return q.accounts.length === 1 && q.tokens.every((t) => (t.index >= m.start && t.index < m.end) || q.everyday(t));
}

/** Which account was meant: one button per candidate, repeating the question by the account's id. */
function chooseAccount(turn: Turn, name: string, found: Exclude<Resolution, { kind: 'found' }>, q: HealthQuestion): Reply {
  const { t } = turn;
  const options = found.kind === 'ambiguous' ? found.candidates : found.suggestions;
  if (!options.length) return reply().text(turn.visible().length ? t.accountNotFound(name) : t.noAccounts).onlyForAsker().build();
  const ask = (a: Account) =>
    q.kind === 'why' ? t.whyAsk(a.id) : q.kind === 'snooze' ? `snooze ${a.id}${q.weeks ? ` for ${q.weeks} weeks` : ''}` : q.kind === 'acknowledge' ? `acknowledge ${a.id}` : t.healthAsk(a.id);
  return reply()
    .text(found.kind === 'ambiguous' ? t.accountAmbiguous(name) : t.accountNotFoundSuggest(name))
    .buttons(options.map((a) => ({ label: a.name, action: { id: 'ask', value: ask(a) } })))
    .onlyForAsker()
    .build();
}
