/**
 * "What's on my plate this week?": over the next seven days (today included), the QBRs booked and the
 * asker's own open plan items falling due (or overdue); the renewals within the digest's
 * window (90 days by default) with their health; and the accounts that slipped since last
 * week. Each part is the same figure the question about it gives; only the accounts the
 * asker may see.
 */
import { portfolioIndexOf, visibleSetOf } from '../accounts/portfolio-index.js';
import type { Feature, Turn, Understanding } from '../conversation.js';
import { addDays, daysBetween } from '../dates.js';
import { formatDate } from '../i18n/format.js';
import { openItemsDue } from '../plan/open-items.js';
import { questionSetFor, type PlanSetup } from '../plan/setup.js';
import { calendarSources, visibleCalendars } from '../qbr/answers.js';
import { accountSource } from '../qa/answers/format.js';
import { reply, type Reply, type Source } from '../reply.js';
import { bandRank, todayFor, visibleHealthOf, type RiskSettings } from '../risk/index.js';
import { reasonText, scoreText } from '../risk/wording.js';
import { normalize } from '../text.js';

const DAYS = 7;
const SHOWN = 10;

const asks = [
  /^(?:what s|whats|what is) (?:on )?my (?:plate|agenda|schedule)(?: (?:today|this week))?$/,
  /^(?:show (?:me )?)?my (?:week|agenda)$/,
  /^what (?:should|do|must) (?:i|we) (?:do|prepare|focus on|work on|have on)(?: for| on)? (?:today|this week)$/,
  /^(?:what s|whats|what is) (?:coming up|due|on) (?:for me )?this week$/,
  /^(?:what are )?my (?:tasks|to dos|todos|priorities)(?: (?:for )?(?:today|this week))?$/,
  /^co (?:mam|mnie czeka|jest do zrobienia) (?:dzis|dzisiaj|w tym tygodniu)$/,
  /^(?:pokaz (?:mi )?)?moj (?:tydzien|plan na tydzien)$/,
  /^(?:jakie sa )?moje (?:zadania|priorytety)(?: (?:na )?(?:dzis|ten tydzien))?$/,
];

/** True for "what's on my plate this week?" and its kin, in English and Polish. */
export const asksForWeek = (text: string): boolean => asks.some((p) => p.test(normalize(text)));

export function agendaFeature(plan: PlanSetup, settingsOf: () => RiskSettings): Feature {
  return {
    name: 'agenda',
    understand(turn, text): Understanding[] {
      if (!asksForWeek(text)) return [];
      return [{ intent: 'agenda.week', confidence: 0.9, answer: async () => [await weekReply(turn, plan, settingsOf())] }];
    },
    help: (t) => ({ commands: [], examples: [t.agenda.helpExample] }),
  };
}

async function weekReply(turn: Turn, plan: PlanSetup, settings: RiskSettings): Promise<Reply> {
  const { t, locale } = turn;
  const a = t.agenda;
  const today = todayFor(turn);
  // Seven calendar days, today included.
  const until = addDays(today, DAYS - 1);
  const date = (iso: string) => formatDate(iso, locale);
  const visible = turn.visible();
  const r = reply().heading(a.heading(date(today), date(until)));
  const sources: Source[] = [];
  let anything = false;

  const calendars = await visibleCalendars(turn, visible);
  const booked = calendars
    .filter((x) => x.calendar.next && x.calendar.next.date >= today && x.calendar.next.date <= until)
    .sort((x, y) => x.calendar.next!.date.localeCompare(y.calendar.next!.date));
  if (booked.length) {
    anything = true;
    r.list(booked.map((x) => a.qbrLine(date(x.calendar.next!.date), daysBetween(today, x.calendar.next!.date), x.account.name)), a.qbrs);
    sources.push(...calendarSources(turn, booked.map((x) => x.calendar)));
  }
  const overdue = calendars.filter((x) => x.calendar.status === 'overdue').length;
  if (overdue) r.text(a.qbrsOverdue(overdue));

  // Every visible account's health once: the renewals show theirs, and what slipped is read from all of them.
  const all = await visibleHealthOf(turn, settings);
  const healthOf = new Map(all.map((h) => [h.account.id, h]));
  const renewing = portfolioIndexOf(turn.portfolio).renewingBetween(today, addDays(today, settings.renewalDays), visibleSetOf(turn.portfolio, visible), SHOWN);
  if (renewing.shown.length) {
    anything = true;
    r.list(
      renewing.shown.map((account) => {
        const h = healthOf.get(account.id);
        return a.renewalLine(account.name, date(account.renewalDate!), daysBetween(today, account.renewalDate!), h ? scoreText(t, h.score, h.band) : '');
      }),
      a.renewals(settings.renewalDays),
    );
    if (renewing.total > renewing.shown.length) r.context(t.moreItems(renewing.total - renewing.shown.length));
    sources.push(accountSource(turn, renewing.shown[0], ['renewal_date']));
  }

  const me = turn.user.email.toLowerCase();
  const seen = new Set(visible.map((x) => x.id));
  const items = (await openItemsDue(turn.state, until)).filter((i) => i.owner?.toLowerCase() === me && seen.has(i.accountId));
  if (items.length) {
    anything = true;
    const set = questionSetFor(plan, locale);
    r.list(
      items.slice(0, SHOWN).map((i) => a.openItemLine(turn.portfolio.accounts.get(i.accountId)!.name, set.questions.find((q) => q.id === i.questionId)?.text ?? i.questionId, date(i.due!), daysBetween(today, i.due!))),
      a.openItems,
    );
    if (items.length > SHOWN) r.context(t.moreItems(items.length - SHOWN));
  }

  // Not healthy now, and new to that or worse than last week (a healthy account that lost points is not on the list).
  const slipped = all.filter((h) => bandRank(h.band) > 0 && (h.change?.kind === 'new' || h.change?.kind === 'worse'));
  if (slipped.length) {
    anything = true;
    r.list(
      slipped.slice(0, SHOWN).map((h) => `**${h.account.name}** ${scoreText(t, h.score, h.band)}${h.reasons[0] ? ` — ${reasonText(locale, h.reasons[0].explanation)}` : ''}`),
      a.slipped,
    );
  }

  if (!anything) r.text(a.nothing(settings.renewalDays));
  if (booked.length) r.buttons(booked.slice(0, 3).map((x) => ({ label: a.briefButton(x.account.name), action: { id: 'ask', value: `/qbr-prep ${x.account.id}` } })));
  return r.sources(sources).build();
}
