/**
 * The health signals' explanations, in the reader's language, with dates and amounts
 * written the way the reader writes them. Keys and params come from the health module
 * (src/core/health/explain-en.ts lists them); a key without wording here falls back to
 * the module's plain English.
 */
import { explainKeyEn, type Explanation, type ParamValue } from '../health/index.js';
import type { Locale } from '../model.js';
import { formatDate, formatNumber, plural } from './format.js';

type P = Record<string, ParamValue>;
type Wording = Record<string, (p: P) => string>;

const n = (v: ParamValue) => Number(v);
const signed = (v: ParamValue) => (n(v) > 0 ? `+${v}` : `${v}`);

const enDays = (v: ParamValue) => plural(n(v), 'en', { one: '# day', other: '# days' });
const enMonths = (v: ParamValue) => plural(n(v), 'en', { one: '# month', other: '# months' });
const enDate = (v: ParamValue) => formatDate(String(v), 'en');
const enBasis = (p: P) => (p.basis === 'year_ago' ? 'a year earlier' : 'the months before');

const en: Wording = {
  'health.recency.on_rhythm': (p) => `Last order ${enDays(p.daysSince)} ago (${enDate(p.lastOrder)}); usually orders ${p.atLeast ? 'at least ' : ''}every ${enDays(p.usualGapDays)}.`,
  'health.recency.overdue': (p) =>
    `No order for ${enDays(p.daysSince)} (since ${enDate(p.lastOrder)}); usually orders ${p.atLeast ? 'at least ' : ''}every ${enDays(p.usualGapDays)}, so this is ${p.ratio}× ${p.atLeast ? 'that gap' : 'the usual gap'}.`,
  'health.recency.single_order': (p) => `Only one order so far, ${enDays(p.daysSince)} ago (${enDate(p.lastOrder)}): no buying rhythm to judge by yet.`,
  'health.trend.growing': (p) => `Revenue of the last ${enMonths(p.months)} is ${signed(p.changePct)}% on ${enBasis(p)}.`,
  'health.trend.stable': (p) => `Revenue of the last ${enMonths(p.months)} is steady (${signed(p.changePct)}%) on ${enBasis(p)}.`,
  'health.trend.falling': (p) =>
    `Revenue of the last ${enMonths(p.months)} fell ${Math.abs(n(p.changePct))}% on ${enBasis(p)} (${formatNumber(n(p.recent), 'en')} against ${formatNumber(n(p.earlier), 'en')}).`,
  'health.regularity.x': (p) => `Buys steadily (X): revenue in ${p.activeMonths} of ${enMonths(p.months)}, varying by ${p.cv} of its mean.`,
  'health.regularity.y': (p) => `Buys regularly with swings (Y): revenue in ${p.activeMonths} of ${enMonths(p.months)}, variation ${p.cv}.`,
  'health.regularity.z': (p) => `Buys irregularly (Z): revenue in ${p.activeMonths} of ${enMonths(p.months)}, variation ${p.cv}.`,
  'health.regularity.no_revenue': (p) => `No revenue in the last ${enMonths(p.months)}.`,
  'health.volume.large': (p) => `Bought ${formatNumber(n(p.revenue), 'en')} in the last ${enMonths(p.months)}, more than ${p.sharePct}% of the portfolio's ${p.accounts} accounts.`,
  'health.volume.small': (p) =>
    `A small buyer: ${formatNumber(n(p.revenue), 'en')} in the last ${enMonths(p.months)}, ${n(p.sharePct) > 0 ? `more than only ${p.sharePct}% of` : 'the least of'} the portfolio's ${p.accounts} accounts.`,
  'health.volume.none': (p) => `Bought nothing in the last ${enMonths(p.months)}.`,
  'health.renewal.far': (p) => `Renewal on ${enDate(p.renewalDate)}, in ${enDays(p.daysToRenewal)}.`,
  'health.renewal.near_healthy': (p) => `Renewal on ${enDate(p.renewalDate)}, in ${enDays(p.daysToRenewal)}; the rest of the account looks sound (${p.otherHealth}/100).`,
  'health.renewal.near_at_risk': (p) => `Renewal on ${enDate(p.renewalDate)}, in ${enDays(p.daysToRenewal)}, while the rest of the account scores ${p.otherHealth}/100.`,
  'health.renewal.passed': (p) => `The renewal date ${enDate(p.renewalDate)} passed ${enDays(p.daysSinceRenewal)} ago with no new date; the rest scores ${p.otherHealth}/100.`,
  'health.threading.none': (p) => `None of the ${p.left} known contacts is still at the customer.`,
  'health.threading.single': (p) => `Single-threaded: ${p.name} is the only contact at the customer.`,
  'health.threading.few': () => 'Only two contacts at the customer.',
  'health.threading.multi': (p) => `${p.contacts} contacts at the customer.`,
  'health.champion.active': (p) => `Champion in place: ${p.name}.`,
  'health.champion.left': (p) => `Champion ${p.name} left the company and nobody has taken the role.`,
  'health.champion.none': () => 'No champion named at the customer.',
  'health.decision_maker.recent': (p) => `Last contact with a decision maker (${p.name}) ${enDays(p.daysSince)} ago.`,
  'health.decision_maker.stale': (p) => `No contact with a decision maker for ${enDays(p.daysSince)} (last: ${p.name}); the limit is ${enDays(p.limitDays)}.`,
  'health.decision_maker.none': () => 'No decision maker or sponsor on record at the customer.',
  'health.qbr.on_time': (p) => `Last QBR on ${enDate(p.lastQbr)}, ${enDays(p.daysSince)} ago (one every ${enMonths(p.cadenceMonths)}).`,
  'health.qbr.overdue': (p) => `QBR overdue by ${enDays(p.daysOverdue)}: the last was on ${enDate(p.lastQbr)}, one is due every ${enMonths(p.cadenceMonths)}.`,
  'health.qbr.never': (p) => `No QBR on record; one is due every ${enMonths(p.cadenceMonths)}.`,
  'health.qbr.not_due': (p) => `First QBR not due yet (contract since ${enDate(p.contractStart)}, one every ${enMonths(p.cadenceMonths)}).`,
  'health.nps.strong': (p) => `NPS ${p.nps}.`,
  'health.nps.lukewarm': (p) => `Lukewarm NPS: ${p.nps}.`,
  'health.nps.negative': (p) => `Negative NPS: ${p.nps}.`,
  'health.escalations.none': (p) => `No escalations or complaints in the last ${enDays(p.days)}.`,
  'health.escalations.some': (p) =>
    `${plural(n(p.escalations), 'en', { one: '# escalation', other: '# escalations' })} and ${plural(n(p.complaints), 'en', { one: '# complaint', other: '# complaints' })} in the last ${enDays(p.days)} (${p.previous} in the period before).`,
  'health.escalations.rising': (p) =>
    `Rising: ${plural(n(p.escalations), 'en', { one: '# escalation', other: '# escalations' })} and ${plural(n(p.complaints), 'en', { one: '# complaint', other: '# complaints' })} in the last ${enDays(p.days)}, against ${p.previous} in the period before.`,
  'health.plan.complete': (p) => `Account plan ${p.completenessPct}% complete.`,
  'health.plan.gaps': (p) => `Account plan only ${p.completenessPct}% complete.`,
  'health.missing.no_orders': () => 'No orders on record.',
  'health.missing.short_history': (p) => `Only ${enMonths(p.months)} of purchase history; ${p.minMonths} needed.`,
  'health.missing.no_baseline': (p) => `No revenue in the ${enMonths(p.months)} to compare with.`,
  'health.missing.few_orders': (p) =>
    `Too few orders to read a revenue trend: ${p.recentOrders} in the last ${enMonths(p.months)} and ${p.earlierOrders} in ${p.basis === 'year_ago' ? 'the same months a year earlier' : 'the months before'}; ${p.minRecent === p.minEarlier ? `${p.minRecent} in each needed` : `${p.minRecent} and ${p.minEarlier} needed`}.`,
  'health.missing.few_accounts': (p) => `Too few accounts with revenue to compare its size with (${p.accounts}; ${p.minAccounts} needed).`,
  'health.missing.no_renewal_date': () => 'No renewal date on record.',
  'health.missing.no_contacts': () => 'No contacts on record.',
  'health.missing.no_roles': () => 'Contacts have no roles (champion, decision maker…) on record.',
  'health.missing.no_contact_dates': () => 'No dates of the last contact with decision makers on record.',
  'health.missing.no_qbr_cadence': () => 'No QBR cadence and no QBR on record.',
  'health.missing.no_nps': () => 'No NPS on record.',
  'health.missing.no_activities': () => 'No activities on record.',
  'health.missing.no_plan': () => 'No account plan on record.',
};

const plDays = (v: ParamValue) => plural(n(v), 'pl', { one: '# dzień', few: '# dni', many: '# dni', other: '# dnia' });
const plMonths = (v: ParamValue) => plural(n(v), 'pl', { one: '# miesiąc', few: '# miesiące', many: '# miesięcy', other: '# miesiąca' });
const plEveryMonths = (v: ParamValue) => (n(v) === 1 ? 'co miesiąc' : `co ${plMonths(v)}`);
const plDate = (v: ParamValue) => formatDate(String(v), 'pl');
const plBasis = (p: P) => (p.basis === 'year_ago' ? 'rok wcześniej' : 'poprzednich miesięcy');
const plCount = (v: ParamValue, one: string, few: string, many: string) => plural(n(v), 'pl', { one: `# ${one}`, few: `# ${few}`, many: `# ${many}`, other: `# ${few}` });

const pl: Wording = {
  'health.recency.on_rhythm': (p) => `Ostatnie zamówienie ${plDays(p.daysSince)} temu (${plDate(p.lastOrder)}); zwykle zamawia ${p.atLeast ? 'co najmniej raz na' : 'co'} ${plDays(p.usualGapDays)}.`,
  'health.recency.overdue': (p) =>
    `Brak zamówień od ${plDays(p.daysSince)} (od ${plDate(p.lastOrder)}); zwykle zamawia ${p.atLeast ? 'co najmniej raz na' : 'co'} ${plDays(p.usualGapDays)}, to ${formatNumber(n(p.ratio), 'pl', 1)}× ${p.atLeast ? 'ta przerwa' : 'zwykła przerwa'}.`,
  'health.recency.single_order': (p) => `Dotąd tylko jedno zamówienie, ${plDays(p.daysSince)} temu (${plDate(p.lastOrder)}): jeszcze nie widać rytmu zakupów.`,
  'health.trend.growing': (p) => `Przychód z ostatnich ${plMonths(p.months)}: ${signed(p.changePct)}% względem ${plBasis(p)}.`,
  'health.trend.stable': (p) => `Przychód z ostatnich ${plMonths(p.months)} stabilny (${signed(p.changePct)}%) względem ${plBasis(p)}.`,
  'health.trend.falling': (p) =>
    `Przychód z ostatnich ${plMonths(p.months)} spadł o ${Math.abs(n(p.changePct))}% względem ${plBasis(p)} (${formatNumber(n(p.recent), 'pl')} wobec ${formatNumber(n(p.earlier), 'pl')}).`,
  'health.regularity.x': (p) => `Kupuje równo (X): przychód w ${p.activeMonths} z ${plMonths(p.months)}, zmienność ${formatNumber(n(p.cv), 'pl', 2)} średniej.`,
  'health.regularity.y': (p) => `Kupuje regularnie, z wahaniami (Y): przychód w ${p.activeMonths} z ${plMonths(p.months)}, zmienność ${formatNumber(n(p.cv), 'pl', 2)}.`,
  'health.regularity.z': (p) => `Kupuje nieregularnie (Z): przychód w ${p.activeMonths} z ${plMonths(p.months)}, zmienność ${formatNumber(n(p.cv), 'pl', 2)}.`,
  'health.regularity.no_revenue': (p) => `Brak przychodu w ostatnich ${plMonths(p.months)}.`,
  'health.volume.large': (p) => `Przychód z ostatnich ${plMonths(p.months)}: ${formatNumber(n(p.revenue), 'pl')}, więcej niż u ${p.sharePct}% z ${p.accounts} kont portfela.`,
  'health.volume.small': (p) =>
    `Niewielki klient: przychód z ostatnich ${plMonths(p.months)} to ${formatNumber(n(p.revenue), 'pl')}, ${n(p.sharePct) > 0 ? `więcej niż u zaledwie ${p.sharePct}%` : 'najmniej ze wszystkich'} z ${p.accounts} kont portfela.`,
  'health.volume.none': (p) => `Żadnych zakupów w ostatnich ${plMonths(p.months)}.`,
  'health.renewal.far': (p) => `Odnowienie ${plDate(p.renewalDate)}, za ${plDays(p.daysToRenewal)}.`,
  'health.renewal.near_healthy': (p) => `Odnowienie ${plDate(p.renewalDate)}, za ${plDays(p.daysToRenewal)}; reszta konta wygląda dobrze (${p.otherHealth}/100).`,
  'health.renewal.near_at_risk': (p) => `Odnowienie ${plDate(p.renewalDate)}, za ${plDays(p.daysToRenewal)}, a reszta konta ma tylko ${p.otherHealth}/100.`,
  'health.renewal.passed': (p) => `Termin odnowienia ${plDate(p.renewalDate)} minął ${plDays(p.daysSinceRenewal)} temu bez nowej daty; reszta ma ${p.otherHealth}/100.`,
  'health.threading.none': (p) => `Żaden z ${p.left} znanych kontaktów nie pracuje już u klienta.`,
  'health.threading.single': (p) => `Jedna nić: ${p.name} to jedyny kontakt u klienta.`,
  'health.threading.few': () => 'Tylko dwa kontakty u klienta.',
  'health.threading.multi': (p) => `${plCount(p.contacts, 'kontakt', 'kontakty', 'kontaktów')} u klienta.`,
  'health.champion.active': (p) => `Orędownik na miejscu: ${p.name}.`,
  'health.champion.left': (p) => `Orędownik ${p.name} odszedł z firmy i nikt nie przejął tej roli.`,
  'health.champion.none': () => 'U klienta nie wskazano orędownika.',
  'health.decision_maker.recent': (p) => `Ostatni kontakt z decydentem (${p.name}) ${plDays(p.daysSince)} temu.`,
  'health.decision_maker.stale': (p) => `Brak kontaktu z decydentem od ${plDays(p.daysSince)} (ostatnio: ${p.name}); limit to ${plDays(p.limitDays)}.`,
  'health.decision_maker.none': () => 'W danych nie ma u klienta decydenta ani sponsora.',
  'health.qbr.on_time': (p) => `Ostatni QBR ${plDate(p.lastQbr)}, ${plDays(p.daysSince)} temu (${plEveryMonths(p.cadenceMonths)}).`,
  'health.qbr.overdue': (p) => `QBR zaległy o ${plDays(p.daysOverdue)}: ostatni ${plDate(p.lastQbr)}, powinien być ${plEveryMonths(p.cadenceMonths)}.`,
  'health.qbr.never': (p) => `Brak QBR w danych; powinien być ${plEveryMonths(p.cadenceMonths)}.`,
  'health.qbr.not_due': (p) => `Pierwszy QBR jeszcze nie wypada (umowa od ${plDate(p.contractStart)}, ${plEveryMonths(p.cadenceMonths)}).`,
  'health.nps.strong': (p) => `NPS ${p.nps}.`,
  'health.nps.lukewarm': (p) => `Letni NPS: ${p.nps}.`,
  'health.nps.negative': (p) => `Ujemny NPS: ${p.nps}.`,
  'health.escalations.none': (p) => `Brak eskalacji i reklamacji w ostatnich ${plDays(p.days)}.`,
  'health.escalations.some': (p) =>
    `${plCount(p.escalations, 'eskalacja', 'eskalacje', 'eskalacji')} i ${plCount(p.complaints, 'reklamacja', 'reklamacje', 'reklamacji')} w ostatnich ${plDays(p.days)} (${p.previous} w okresie wcześniej).`,
  'health.escalations.rising': (p) =>
    `Rośnie: ${plCount(p.escalations, 'eskalacja', 'eskalacje', 'eskalacji')} i ${plCount(p.complaints, 'reklamacja', 'reklamacje', 'reklamacji')} w ostatnich ${plDays(p.days)}, wobec ${p.previous} w okresie wcześniej.`,
  'health.plan.complete': (p) => `Plan konta wypełniony w ${p.completenessPct}%.`,
  'health.plan.gaps': (p) => `Plan konta wypełniony tylko w ${p.completenessPct}%.`,
  'health.missing.no_orders': () => 'Brak zamówień w danych.',
  'health.missing.short_history': (p) => `Tylko ${plMonths(p.months)} historii zakupów; potrzeba ${p.minMonths}.`,
  'health.missing.no_baseline': (p) => `Brak przychodu w ${plMonths(p.months)} do porównania.`,
  'health.missing.few_orders': (p) =>
    `Za mało zamówień, by ocenić trend przychodu: ${p.recentOrders} w ostatnim okresie (${plMonths(p.months)}) i ${p.earlierOrders} w ${p.basis === 'year_ago' ? 'tym samym okresie rok wcześniej' : 'okresie przed nim'}; potrzeba ${p.minRecent === p.minEarlier ? `${p.minRecent} w każdym z nich` : `${p.minRecent} i ${p.minEarlier}`}.`,
  'health.missing.few_accounts': (p) => `Za mało kont z przychodem, by porównać wielkość (${p.accounts}; potrzeba ${p.minAccounts}).`,
  'health.missing.no_renewal_date': () => 'Brak daty odnowienia w danych.',
  'health.missing.no_contacts': () => 'Brak kontaktów w danych.',
  'health.missing.no_roles': () => 'Kontakty nie mają ról (orędownik, decydent…) w danych.',
  'health.missing.no_contact_dates': () => 'Brak dat ostatniego kontaktu z decydentami.',
  'health.missing.no_qbr_cadence': () => 'Brak rytmu QBR i żadnego QBR w danych.',
  'health.missing.no_nps': () => 'Brak NPS w danych.',
  'health.missing.no_activities': () => 'Brak działań w danych.',
  'health.missing.no_plan': () => 'Brak planu konta w danych.',
};

export const signalWordings: Record<Locale, Wording> = { en, pl };

/** A signal's explanation in the reader's language (the module's English for a key this file does not know). */
export function explainSignal(e: Explanation, locale: Locale): string {
  const f = signalWordings[locale][e.key] ?? en[e.key];
  return f ? f(e.params) : explainKeyEn(e);
}
