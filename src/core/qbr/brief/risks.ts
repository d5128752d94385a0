import { addMonths, daysBetween } from '../../dates.js';
import { sourceOf } from '../../accounts/facts.js';
import { formatDate } from '../../i18n/format.js';
import { explainSignal } from '../../i18n/risk-signals.js';
import type { ReplyBuilder, Source } from '../../reply.js';
import type { BriefContext } from './context.js';

/** Words that mark a note or activity as about competition (English and Polish). */
const COMPETITOR_WORDS = /\b(competitor|competition|rival|alternative suppliers?|undercut\w*|tender|vendor review|switch(?:ing)? suppliers?|konkurenc\w*|przetarg\w*|alternatywn\w* dostawc\w*)/i;
/** Renewals this close are a threat worth naming in the room. */
const RENEWAL_RISK_DAYS = 120;
const COMPETITOR_NOTES_SHOWN = 4;

/** The risks (health's reasons, a near renewal) and what the data says about competitors, each with its source. */
export function risksSection(b: ReplyBuilder, c: BriefContext): void {
  const { t, locale, account, portfolio, today, plan } = c;
  b.heading(t.qbr.brief.risks);
  const sources: Source[] = [];

  const risks = c.health.now.reasons.map((s) => `${t.healthSignalNames[s.id]} — ${explainSignal(s.explanation, locale)}`);
  if (risks.length) sources.push({ ref: t.qbr.brief.healthSource, asOf: formatDate(today, locale) });
  if (account.renewalDate && account.renewalDate >= today && daysBetween(today, account.renewalDate) <= RENEWAL_RISK_DAYS && !c.health.now.reasons.some((s) => s.id === 'renewal')) {
    risks.push(t.qbr.brief.renewalSoon(formatDate(account.renewalDate, locale), daysBetween(today, account.renewalDate)));
    sources.push(sourceOf(account.source, 'renewal_date', locale));
  }

  const notes: string[] = [];
  if (account.notes && COMPETITOR_WORDS.test(account.notes)) {
    notes.push(account.notes);
    sources.push(sourceOf(account.source, 'notes', locale));
  }
  const yearAgo = addMonths(today, -12);
  const mentions = portfolio.activitiesOf(account.id).filter((a) => a.date >= yearAgo && a.date <= today && a.summary && COMPETITOR_WORDS.test(a.summary));
  for (const a of mentions.slice(-COMPETITOR_NOTES_SHOWN).reverse()) notes.push(`${formatDate(a.date, locale)} · ${a.summary}`);
  if (mentions.length) sources.push(sourceOf(mentions[0].source, ['date', 'summary'], locale));
  for (const [id, answer] of plan.answers) {
    if (!id.startsWith('competitors.')) continue;
    const question = plan.set.questions.find((q) => q.id === id)?.text ?? id;
    notes.push(`${question} — ${answer}`);
  }
  if ([...plan.answers.keys()].some((id) => id.startsWith('competitors.'))) sources.push({ ref: t.qbr.brief.planCompetitorsSource });

  if (!risks.length && !notes.length) {
    b.text(t.qbr.brief.noRisks);
    return;
  }
  b.list(risks.length ? risks : [t.qbr.brief.noRiskSignals], t.qbr.brief.riskSignals);
  b.list(notes.length ? notes : [t.qbr.brief.noCompetitorNotes], t.qbr.brief.competitorNotes);
  b.sources(sources);
}
