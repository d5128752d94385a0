import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/core/plan/answers/index.js';
import { loadQuestionSets, type Question } from '../../src/core/plan/questions.js';
import type { ParseContext, Parsed } from '../../src/core/plan/values.js';

const sets = loadQuestionSets(join(import.meta.dirname, '..', '..', 'prompts'));
const question = (id: string, locale: 'en' | 'pl' = 'en'): Question => sets[locale].questions.find((q) => q.id === id)!;
const en: ParseContext = { locale: 'en', today: '2026-11-25', currency: 'USD', me: { name: 'Ben Carter', email: 'ben.carter@acre.example' } };
const pl: ParseContext = { ...en, locale: 'pl', currency: 'PLN', me: { name: 'Anna Kowalska', email: 'anna.kowalska@acre.example' } };
const value = (r: Parsed) => (r.ok ? r.value : r.problem);
const read = (id: string, text: string, ctx = en) => value(parseAnswer(text, question(id, ctx.locale), ctx));

describe('reading typed answers', () => {
  it('reads amounts with multipliers, separators and currencies', () => {
    expect(read('needs.wallet', '250k')).toEqual({ kind: 'money', amount: 250_000, currency: 'USD' });
    expect(read('needs.wallet', '€1.2m')).toEqual({ kind: 'money', amount: 1_200_000, currency: 'EUR' });
    expect(read('needs.wallet', '1,2 mln zł', pl)).toEqual({ kind: 'money', amount: 1_200_000, currency: 'PLN' });
    expect(read('needs.wallet', '1,2 mln zł')).toEqual({ kind: 'money', amount: 1_200_000, currency: 'PLN' });
    expect(read('needs.wallet', '$3,500,000')).toEqual({ kind: 'money', amount: 3_500_000, currency: 'USD' });
    expect(read('needs.wallet', 'about 900 tys. EUR a year')).toEqual({ kind: 'money', amount: 900_000, currency: 'EUR' });
    expect(read('needs.wallet', '1 250 000 PLN', pl)).toEqual({ kind: 'money', amount: 1_250_000, currency: 'PLN' });
    expect(read('needs.wallet', '2bn')).toEqual({ kind: 'money', amount: 2e9, currency: 'USD' });
    expect(read('needs.wallet', 'a lot')).toEqual({ kind: 'not_money' });
    expect(read('needs.wallet', '€2m or £1m')).toEqual({ kind: 'not_money' });
  });

  it('reads numbers and keeps filled fields within their limits', () => {
    expect(read('insights.nps', '-30')).toEqual({ kind: 'number', value: -30 });
    expect(read('insights.nps', '130')).toEqual({ kind: 'out_of_range', min: -100, max: 100 });
    expect(read('unknowns.review_cadence', '3 months')).toEqual({ kind: 'number', value: 3 });
    expect(read('unknowns.review_cadence', 'often')).toEqual({ kind: 'not_number' });
  });

  it('reads percentages', () => {
    expect(read('our_team.time_share', '25%')).toEqual({ kind: 'percent', value: 25 });
    expect(read('trends.revenue_growth', '-5 %')).toEqual({ kind: 'percent', value: -5 });
    expect(read('trends.revenue_growth', '12,5 procent', pl)).toEqual({ kind: 'percent', value: 12.5 });
    expect(read('trends.revenue_growth', 'growing')).toEqual({ kind: 'not_percent' });
  });

  it('reads dates in both languages, the next one from today when the year is left out', () => {
    expect(read('insights.renewal_date', '2027-03-31')).toEqual({ kind: 'date', date: '2027-03-31' });
    expect(read('insights.renewal_date', 'end of March')).toEqual({ kind: 'date', date: '2027-03-31' });
    expect(read('insights.renewal_date', '31.03.2027')).toEqual({ kind: 'date', date: '2027-03-31' });
    expect(read('insights.renewal_date', 'koniec marca', pl)).toEqual({ kind: 'date', date: '2027-03-31' });
    expect(read('insights.renewal_date', '15 grudnia', pl)).toEqual({ kind: 'date', date: '2026-12-15' });
    expect(read('insights.renewal_date', '15 grudnia 2027', pl)).toEqual({ kind: 'date', date: '2027-12-15' });
    expect(read('insights.renewal_date', 'Q1 2027')).toEqual({ kind: 'date', date: '2027-03-31' });
    expect(read('insights.renewal_date', 'I kwartał', pl)).toEqual({ kind: 'date', date: '2027-03-31' });
    expect(read('insights.renewal_date', 'za 3 miesiące', pl)).toEqual({ kind: 'date', date: '2027-02-25' });
    expect(read('insights.renewal_date', 'in 2 weeks')).toEqual({ kind: 'date', date: '2026-12-09' });
    expect(read('insights.renewal_date', 'end of the year')).toEqual({ kind: 'date', date: '2026-12-31' });
    expect(read('insights.renewal_date', 'September 2027')).toEqual({ kind: 'date', date: '2027-09-01' });
    expect(read('insights.renewal_date', 'sometime soon')).toEqual({ kind: 'not_date' });
    expect(read('insights.renewal_date', '2027-02-30')).toEqual({ kind: 'not_date' });
  });

  it('reads yes and no with a note', () => {
    expect(read('customer_team.leadership_access', 'yes')).toEqual({ kind: 'yes_no', value: true });
    expect(read('customer_team.leadership_access', 'Yes, the CFO takes our calls')).toEqual({ kind: 'yes_no', value: true, note: 'the CFO takes our calls' });
    expect(read('customer_team.leadership_access', 'nie', pl)).toEqual({ kind: 'yes_no', value: false });
    expect(read('customer_team.leadership_access', 'Tak — prezes nas zna', pl)).toEqual({ kind: 'yes_no', value: true, note: 'prezes nas zna' });
    expect(read('customer_team.leadership_access', 'perhaps')).toEqual({ kind: 'not_yes_no' });
  });

  it('reads the scale', () => {
    expect(read('insights.health', '4')).toEqual({ kind: 'scale', value: 4 });
    expect(read('insights.health', '4/10')).toEqual({ kind: 'scale', value: 4 });
    expect(read('insights.health', 'four')).toEqual({ kind: 'scale', value: 4 });
    expect(read('insights.health', '3 z 10', pl)).toEqual({ kind: 'scale', value: 3 });
    expect(read('insights.health', '12')).toEqual({ kind: 'out_of_range', min: 1, max: 10 });
  });

  it('reads choices by number or by words of the label', () => {
    expect(read('our_team.internal_review', '3')).toEqual({ kind: 'choice', choices: ['monthly'] });
    expect(read('our_team.internal_review', 'monthly')).toEqual({ kind: 'choice', choices: ['monthly'] });
    expect(read('our_team.internal_review', 'co miesiąc', pl)).toEqual({ kind: 'choice', choices: ['monthly'] });
    expect(read('our_team.internal_review', '1, 3')).toEqual({ kind: 'one_choice_only' });
    expect(read('our_team.internal_review', 'daily')).toEqual({ kind: 'no_such_choice', piece: 'daily' });
    expect(read('our_team.role_gaps', '1, 5')).toEqual({ kind: 'choice', choices: ['technical_expert', 'innovator'] });
    expect(read('our_team.role_gaps', 'innovator and technical expert')).toEqual({ kind: 'choice', choices: ['technical_expert', 'innovator'] });
    expect(read('our_team.role_gaps', 'none')).toEqual({ kind: 'choice', choices: [] });
    expect(read('our_team.role_gaps', 'all').kind).toBe('choice');
  });

  it('reads lists of people with title, role and attitude', () => {
    expect(read('customer_team.decision_makers', 'Jan Kowalski, CFO, decision maker, supporter; Ewa Nowak, CTO')).toEqual({
      kind: 'people',
      people: [
        { name: 'Jan Kowalski', title: 'CFO', role: 'decision_maker', attitude: 'supporter' },
        { name: 'Ewa Nowak', title: 'CTO' },
      ],
    });
    expect(read('customer_team.decision_makers', 'Piotr Nowak (Dyrektor Finansowy), decydent, neutralny', pl)).toEqual({
      kind: 'people', people: [{ name: 'Piotr Nowak', title: 'Dyrektor Finansowy', role: 'decision_maker', attitude: 'neutral' }],
    });
    expect(read('customer_team.champions', 'Jan Kowalski, Head of Procurement, Ewa Nowak')).toEqual({
      kind: 'people', people: [{ name: 'Jan Kowalski', title: 'Head of Procurement' }, { name: 'Ewa Nowak' }],
    });
    expect(read('our_team.relationship_lead', 'me, KAM')).toEqual({ kind: 'people', people: [{ name: 'Ben Carter', email: 'ben.carter@acre.example', title: 'KAM' }] });
    expect(read('customer_team.sponsor', 'nobody')).toEqual({ kind: 'people', people: [] });
    expect(read('customer_team.sponsor', ', ,')).toEqual({ kind: 'no_people' });
  });

  it('keeps text as written and refuses an empty answer', () => {
    expect(read('trends.market_trends', '  Nearshoring to Mexico; EV demand.  ')).toEqual({ kind: 'text', text: 'Nearshoring to Mexico; EV demand.' });
    expect(read('trends.market_trends', '...')).toEqual({ kind: 'empty' });
  });
});
