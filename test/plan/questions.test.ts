import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  answerTypes, loadQuestionSet, loadQuestionSets, questionFile, questionsFor, QuestionSetError,
  type QuestionSet,
} from '../../src/core/plan/questions.js';
import { Tier } from '../../src/core/model.js';

const prompts = join(import.meta.dirname, '..', '..', 'prompts');
const categoryIds = ['our_team', 'customer_team', 'trends', 'needs', 'insights', 'competitors', 'value', 'unknowns'];

describe('the account-plan questions', () => {
  const sets = loadQuestionSets(prompts);

  it.each(['en', 'pl'] as const)('%s has 57 questions in the 8 categories, none empty', (locale) => {
    const set = sets[locale];
    expect(set.locale).toBe(locale);
    expect(set.questions).toHaveLength(57);
    expect(set.categories.map((c) => c.id)).toEqual(categoryIds);
    for (const id of categoryIds) expect(set.questions.filter((q) => q.category === id).length).toBeGreaterThan(0);
  });

  it.each(['en', 'pl'] as const)('%s gives every question a short help or example', (locale) => {
    expect(sets[locale].questions.filter((q) => !q.help?.trim()).map((q) => q.id)).toEqual([]);
  });

  it('uses every answer type at least twice', () => {
    for (const type of answerTypes) expect(sets.en.questions.filter((q) => q.type === type).length, type).toBeGreaterThanOrEqual(2);
  });

  it('applies all questions to strategic accounts, a core to normal ones and a few to prospects', () => {
    expect(questionsFor(sets.en, 'strategic')).toHaveLength(57);
    const normal = questionsFor(sets.en, 'normal').length;
    const prospect = questionsFor(sets.en, 'prospect').length;
    expect(normal).toBeGreaterThanOrEqual(15);
    expect(normal).toBeLessThanOrEqual(25);
    expect(prospect).toBeGreaterThanOrEqual(8);
    expect(prospect).toBeLessThanOrEqual(12);
  });

  it('keeps questions in file order for each tier', () => {
    const all = sets.en.questions.map((q) => q.id);
    for (const tier of Tier.options) {
      const ids = questionsFor(sets.en, tier).map((q) => q.id);
      expect(ids).toEqual(all.filter((id) => ids.includes(id)));
    }
  });

  it('has the same structure in both languages, with translated wording', () => {
    const shape = (set: QuestionSet) => set.questions.map((q) => ({
      id: q.id, category: q.category, type: q.type, tiers: q.tiers, fills: q.fills, choices: q.choices?.map((c) => c.id),
    }));
    expect(shape(sets.pl)).toEqual(shape(sets.en));
    sets.en.questions.forEach((q, i) => expect(sets.pl.questions[i].text, q.id).not.toBe(q.text));
  });

  it('covers the four competitor pillars and records the customer-side people as contacts', () => {
    const ids = sets.en.questions.map((q) => q.id);
    for (const pillar of ['strength', 'strategy', 'staff', 'support']) expect(ids).toContain(`competitors.${pillar}`);
    for (const role of ['decision_makers', 'sponsor', 'champions', 'blockers']) {
      expect(sets.en.questions.find((q) => q.id === `customer_team.${role}`)?.fills).toBe('contacts');
    }
  });

  it('gives choices exactly to choice questions', () => {
    for (const q of sets.en.questions) expect(Boolean(q.choices), q.id).toBe(q.type === 'single_choice' || q.type === 'multiple_choice');
  });
});

describe('broken question files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'acre-questions-'));
    for (const locale of ['en', 'pl'] as const) copyFileSync(questionFile(prompts, locale), questionFile(dir, locale));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const edit = (locale: 'en' | 'pl', from: string | RegExp, to: string) => {
    const path = questionFile(dir, locale);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(from, to);
    expect(after, 'the edit applies').not.toBe(before);
    writeFileSync(path, after);
    return path;
  };
  const failure = (load: () => unknown): QuestionSetError => {
    try {
      load();
    } catch (e) {
      if (e instanceof QuestionSetError) return e;
      throw e;
    }
    throw new Error('expected the file to be rejected');
  };
  const indexOf = (id: string) => loadQuestionSet(questionFile(prompts, 'en')).questions.findIndex((q) => q.id === id) + 1;

  it('reports a YAML syntax error with its line and column', () => {
    const path = edit('en', 'text: Which industry and segment is the customer in?', 'text: "Which industry and segment is the customer in?\n    help: [oops');
    const error = failure(() => loadQuestionSet(path));
    expect(error.message).toContain('account-plan.en.yaml');
    expect(error.message).toMatch(/line \d+, column \d+/);
    expect(error.message).toContain('not valid YAML');
    expect(error.problems[0].line).toBeGreaterThan(1);
  });

  it('reports an unknown answer type, naming the question, the field and the allowed types', () => {
    const path = edit('en', /(id: needs\.wallet[\s\S]*?type: )money/, '$1money2');
    const error = failure(() => loadQuestionSet(path));
    expect(error.message).toContain(`account-plan.en.yaml, question ${indexOf('needs.wallet')} (needs.wallet)`);
    expect(error.message).toContain("'type' must be one of text, long_text, number, money");
    expect(error.message).toContain("got 'money2'");
    expect(error.problems[0].line).toBeGreaterThan(1);
  });

  it('reports a duplicate id', () => {
    const path = edit('en', 'id: needs.urgency', 'id: needs.wallet');
    const error = failure(() => loadQuestionSet(path));
    expect(error.message).toContain(`question ${indexOf('needs.urgency')} (needs.wallet)`);
    expect(error.message).toContain(`'id' 'needs.wallet' is already used by question ${indexOf('needs.wallet')}`);
  });

  it('reports missing choices on a choice question, and choices on a non-choice one', () => {
    const path = edit('en', /(id: trends\.market_direction[\s\S]*?type: single_choice\n)    choices:\n(      .*\n)+/, '$1');
    const error = failure(() => loadQuestionSet(path));
    expect(error.message).toContain(`question ${indexOf('trends.market_direction')} (trends.market_direction)`);
    expect(error.message).toContain("'choices' is missing; a single_choice question needs a list");

    const again = edit('en', /(id: trends\.revenue_growth[\s\S]*?type: )percent/, '$1single_choice');
    expect(failure(() => loadQuestionSet(again)).message).toContain('(trends.revenue_growth)');
  });

  it('reports an empty tier list and a category that does not exist', () => {
    edit('en', /(id: value\.reference[\s\S]*?tiers: )\[strategic\]/, '$1[]');
    const path = edit('en', /(id: value\.reference\n    category: )value/, '$1valeu');
    const message = failure(() => loadQuestionSet(path)).message;
    expect(message).toMatch(/question \d+ \(value\.reference\), line \d+: 'tiers' must list at least 1 item/);
    const fixed = edit('en', /(id: value\.reference[\s\S]*?tiers: )\[\]/, '$1[strategic]');
    expect(failure(() => loadQuestionSet(fixed)).message).toMatch(/\(value\.reference\), line \d+: 'category' must be one of the categories listed at the top of the file \(our_team, .*\); got 'valeu'/);
  });

  it('reports a misspelt field name', () => {
    const path = edit('en', /(id: value\.reference[\s\S]*?)tiers:/, '$1teirs:');
    const message = failure(() => loadQuestionSet(path)).message;
    expect(message).toContain("(value.reference), line");
    expect(message).toContain("'teirs' is not a field Acre knows");
    expect(message).toContain("'tiers' is missing");
  });

  it('reports a category that differs between the languages, in the translated file', () => {
    edit('pl', /(id: needs\.wallet\n    category: )needs/, '$1value');
    const error = failure(() => loadQuestionSets(dir));
    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain(`account-plan.pl.yaml, question ${indexOf('needs.wallet')} (needs.wallet)`);
    expect(error.message).toContain("'category' must match the en file (needs); got 'value'");
  });

  it('reports tiers, fills, choice ids and order that differ between the languages', () => {
    edit('pl', /(id: insights\.health[\s\S]*?tiers: )\[strategic, normal\]/, '$1[strategic]');
    edit('pl', '\n    fills: nps', '');
    edit('pl', 'id: can_pay', 'id: affordable');
    const message = failure(() => loadQuestionSets(dir)).message;
    expect(message).toContain("(insights.health), line");
    expect(message).toMatch(/\(insights\.health\), line \d+: 'tiers' must match the en file \(\[strategic, normal\]\)/);
    expect(message).toContain("(insights.nps)");
    expect(message).toContain("'fills' must match the en file (nps); got nothing");
    expect(message).toMatch(/\(needs\.qualification\), line \d+: 'choices' must match the en file \(choice ids need, can_pay, can_decide\); got need, affordable, can_decide/);
  });

  it('reports a question missing from one language', () => {
    edit('pl', /  - id: value\.reference\n(    .*\n)+/, '');
    const message = failure(() => loadQuestionSets(dir)).message;
    expect(message).toContain("account-plan.pl.yaml");
    expect(message).toContain("'questions' is missing 'value.reference'");
  });

  it('reports a file whose locale does not match its name', () => {
    edit('pl', 'locale: pl', 'locale: en');
    expect(failure(() => loadQuestionSets(dir)).message).toMatch(/account-plan\.pl\.yaml, line \d+: 'locale' must be 'pl' to match the file name; got 'en'/);
  });

  it('reports a missing file', () => {
    rmSync(questionFile(dir, 'pl'));
    expect(failure(() => loadQuestionSets(dir)).message).toContain('account-plan.pl.yaml: cannot be read: the file does not exist');
  });
});
