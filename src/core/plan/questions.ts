import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { Locale, Tier } from '../model.js';

/**
 * The account-plan questionnaire (prompts/account-plan.<locale>.yaml): questions in categories, each tagged with
 * the account tiers it applies to. Admins edit these files, so every problem names the file, the question, the
 * field, what was expected and what was found.
 */

export const answerTypes = [
  'text', 'long_text', 'number', 'money', 'percent', 'date',
  'single_choice', 'multiple_choice', 'people', 'scale', 'yes_no',
] as const;
export const AnswerType = z.enum(answerTypes);
export type AnswerType = z.infer<typeof AnswerType>;

/** Answers of type scale run from 1 (low) to 10 (high); each question's help says what the ends mean. */
export const scaleRange = { min: 1, max: 10 } as const;

const choiceTypes: readonly AnswerType[] = ['single_choice', 'multiple_choice'];

/** Account fields an answer can fill in, and the answer types that fit each. */
const fillTypes = {
  contacts: ['people'],
  competitors: ['text', 'long_text'],
  arr: ['money'],
  renewal_date: ['date'], contract_start: ['date'], last_qbr_date: ['date'], next_qbr_date: ['date'],
  nps: ['number'], qbr_cadence_months: ['number'],
  industry: ['text', 'single_choice'],
  region: ['text', 'single_choice'],
} as const satisfies Record<string, readonly AnswerType[]>;
type FillName = keyof typeof fillTypes;
export const Fill = z.enum(Object.keys(fillTypes) as [FillName, ...FillName[]]);
export type Fill = z.infer<typeof Fill>;

const Id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _ (e.g. our_team)');
const Words = z.string().trim().min(1);

export const Choice = z.strictObject({ id: Id, label: Words });
export type Choice = z.infer<typeof Choice>;

export const Category = z.strictObject({ id: Id, title: Words, intro: Words.optional() });
export type Category = z.infer<typeof Category>;

export const Question = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/, 'category_id.short_name (e.g. needs.budget)'),
  category: Id,
  text: Words,
  help: Words.optional(),
  type: AnswerType,
  choices: z.array(Choice).min(2).optional(),
  tiers: z.array(Tier).min(1),
  fills: Fill.optional(),
});
export type Question = z.infer<typeof Question>;

export const QuestionSet = z.strictObject({
  version: z.literal(1),
  locale: Locale,
  categories: z.array(Category).min(1),
  questions: z.array(Question).min(1),
});
export type QuestionSet = z.infer<typeof QuestionSet>;

export type QuestionSets = Record<Locale, QuestionSet>;

type Path = readonly PropertyKey[];

/** One thing to fix, located so that someone editing the file can find it. */
export interface QuestionSetProblem {
  file: string;
  line?: number;
  column?: number;
  /** E.g. "question 12 (needs.budget)" or "category 3 (trends)"; absent for the file as a whole. */
  where?: string;
  /** E.g. "'type'" or "'choices' item 2 'id'". */
  field?: string;
  message: string;
}

export class QuestionSetError extends Error {
  constructor(readonly problems: QuestionSetProblem[]) {
    super(problems.map(describeProblem).join('\n'));
    this.name = 'QuestionSetError';
  }
}

export function describeProblem(p: QuestionSetProblem): string {
  const at = [p.file, p.where, p.line === undefined ? undefined : `line ${p.line}${p.column === undefined ? '' : `, column ${p.column}`}`];
  return `${at.filter(Boolean).join(', ')}: ${p.field ? `${p.field} ` : ''}${p.message}`;
}

/** A parsed file together with what is needed to point at its lines. */
interface Source { file: string; doc: Document; lines: LineCounter; raw: unknown }

const shown = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
};

function readSource(path: string): Source | QuestionSetProblem[] {
  const file = shown(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : String(e);
    return [{ file, message: `cannot be read: ${reason}` }];
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  // Later syntax errors are mostly knock-on effects of the first, so only the first is reported.
  const [e] = doc.errors;
  if (e) {
    const reason = e.message.split(/ at line \d+/)[0];
    const hint = "check the indentation, and put text that contains ': ' or ' #' in double quotes";
    return [{ file, line: e.linePos?.[0].line, column: e.linePos?.[0].col, message: `is not valid YAML (${reason}); ${hint}` }];
  }
  return { file, doc, lines, raw: doc.toJS() };
}

const valueAt = (raw: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), raw);

const show = (v: unknown) => (typeof v === 'string' ? `'${v}'` : v === undefined ? 'nothing' : JSON.stringify(v));

const plainType: Record<string, string> = { string: 'text (put numbers in double quotes)', number: 'a number', array: 'a list', object: 'a set of fields' };

/** Locates a problem at a path inside a file: question or category, field and line. */
function problemAt(src: Source, path: Path, message: string): QuestionSetProblem {
  const [list, index, ...rest] = path;
  let where: string | undefined;
  let fieldPath: readonly PropertyKey[] = path;
  if ((list === 'questions' || list === 'categories') && typeof index === 'number') {
    const id = valueAt(src.raw, [list, index, 'id']);
    where = `${list === 'questions' ? 'question' : 'category'} ${index + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
    fieldPath = rest;
  }
  const field = fieldPath.map((k) => (typeof k === 'number' ? `item ${k + 1}` : `'${String(k)}'`)).join(' ') || undefined;
  let line: number | undefined;
  for (let n = path.length; n >= 0 && line === undefined; n--) {
    const node = src.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) line = src.lines.linePos(node.range[0]).line;
  }
  return { file: src.file, line, where, field, message };
}

function explain(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'is missing' : `must be ${plainType[issue.expected] ?? issue.expected}; got ${show(value)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${show(issue.values[0])}; got ${show(value)}`
        : `must be one of ${issue.values.map(String).join(', ')}; got ${show(value)}`;
    case 'too_small':
      return issue.origin === 'array' ? `must list at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'item' : 'items'}` : 'must not be empty';
    case 'invalid_format':
      return `must look like ${issue.message}; got ${show(value)}`;
    default:
      return issue.message;
  }
}

/** Rules that span several fields or entries, checked once each entry has the right shape. */
function crossCheck(set: QuestionSet): { path: Path; message: string }[] {
  const out: { path: Path; message: string }[] = [];
  const categoryIds = set.categories.map((c) => c.id);
  categoryIds.forEach((id, i) => {
    const first = categoryIds.indexOf(id);
    if (first !== i) out.push({ path: ['categories', i, 'id'], message: `'${id}' is already used by category ${first + 1}; ids must be unique` });
    else if (!set.questions.some((q) => q.category === id)) out.push({ path: ['categories', i], message: 'has no questions; add some or remove the category' });
  });
  const seen = new Map<string, number>();
  const filled = new Map<string, number>();
  set.questions.forEach((q, i) => {
    const at = (...rest: PropertyKey[]): Path => ['questions', i, ...rest];
    const first = seen.get(q.id);
    if (first !== undefined) out.push({ path: at('id'), message: `'${q.id}' is already used by question ${first + 1}; ids must be unique` });
    else seen.set(q.id, i);
    if (!categoryIds.includes(q.category)) {
      out.push({ path: at('category'), message: `must be one of the categories listed at the top of the file (${categoryIds.join(', ')}); got '${q.category}'` });
    }
    const isChoice = choiceTypes.includes(q.type);
    if (isChoice && !q.choices) out.push({ path: at('choices'), message: `is missing; a ${q.type} question needs a list of at least two choices, each with an id and a label` });
    if (!isChoice && q.choices) out.push({ path: at('choices'), message: `only belongs to single_choice and multiple_choice questions; remove it or change 'type' (now ${q.type})` });
    const choiceIds = (q.choices ?? []).map((c) => c.id);
    choiceIds.forEach((id, k) => {
      if (choiceIds.indexOf(id) !== k) out.push({ path: at('choices', k, 'id'), message: `'${id}' appears twice in this question; choice ids must be unique` });
    });
    q.tiers.forEach((tier, k) => {
      if (q.tiers.indexOf(tier) !== k) out.push({ path: at('tiers', k), message: `lists '${tier}' twice` });
    });
    if (q.fills) {
      const fits: readonly AnswerType[] = fillTypes[q.fills];
      if (!fits.includes(q.type)) out.push({ path: at('fills'), message: `'${q.fills}' needs an answer of type ${fits.join(' or ')}; this question's type is ${q.type}` });
      const other = filled.get(q.fills);
      if (q.fills !== 'contacts' && other !== undefined) out.push({ path: at('fills'), message: `'${q.fills}' is already filled by question ${other + 1}; only one question may fill it` });
      filled.set(q.fills, other ?? i);
    }
  });
  return out;
}

function validate(src: Source): QuestionSet | QuestionSetProblem[] {
  const parsed = QuestionSet.safeParse(src.raw);
  if (!parsed.success) {
    return parsed.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => problemAt(src, [...issue.path, key], 'is not a field Acre knows; check the spelling or remove it'))
        : [problemAt(src, issue.path, explain(issue, valueAt(src.raw, issue.path)))]);
  }
  const problems = crossCheck(parsed.data).map((p) => problemAt(src, p.path, p.message));
  return problems.length > 0 ? problems : parsed.data;
}

function load(path: string): { src?: Source; set?: QuestionSet; problems: QuestionSetProblem[] } {
  const src = readSource(path);
  if (Array.isArray(src)) return { problems: src };
  const fields = "must contain the fields 'version', 'locale', 'categories' and 'questions'";
  if (src.raw === null || typeof src.raw !== 'object' || Array.isArray(src.raw)) return { src, problems: [{ file: src.file, message: fields }] };
  const result = validate(src);
  return Array.isArray(result) ? { src, problems: result } : { src, set: result, problems: [] };
}

/** Reads one questions file and checks it; throws QuestionSetError listing every problem found. */
export function loadQuestionSet(path: string): QuestionSet {
  const { set, problems } = load(path);
  if (!set) throw new QuestionSetError(problems);
  return set;
}

export const questionFile = (dir: string, locale: Locale): string => join(dir, `account-plan.${locale}.yaml`);

const same = (a: readonly string[] | undefined, b: readonly string[] | undefined) => (a ?? []).join(',') === (b ?? []).join(',');

/** Checks that a translation has the same categories and questions, in the same order, with the same structure. */
function compare(reference: QuestionSet, src: Source, set: QuestionSet): QuestionSetProblem[] {
  const out: QuestionSetProblem[] = [];
  const [refCats, cats] = [reference.categories, set.categories].map((list) => list.map((c) => c.id).join(', '));
  if (cats !== refCats) out.push(problemAt(src, ['categories'], `must have the ids ${refCats}, in this order, as in the ${reference.locale} file; got ${cats}`));
  const ids = set.questions.map((q) => q.id);
  const missing = reference.questions.filter((q) => !ids.includes(q.id)).map((q) => q.id);
  if (missing.length > 0) out.push(problemAt(src, ['questions'], `is missing ${missing.map((id) => `'${id}'`).join(', ')}, which the ${reference.locale} file has`));
  let outOfOrder = false;
  set.questions.forEach((q, i) => {
    const ref = reference.questions[i];
    const match = reference.questions.find((r) => r.id === q.id);
    if (!match) {
      out.push(problemAt(src, ['questions', i, 'id'], `'${q.id}' does not exist in the ${reference.locale} file; ids must be the same in every language`));
      return;
    }
    if (ref?.id !== q.id && !outOfOrder) {
      outOfOrder = true; // one reordering shifts every question after it; the first is enough to find it
      out.push(problemAt(src, ['questions', i, 'id'], `is out of order: question ${i + 1} must be '${ref?.id ?? '(none)'}', as in the ${reference.locale} file`));
    }
    const checks: [string, boolean, string][] = [
      ['category', q.category === match.category, match.category],
      ['type', q.type === match.type, match.type],
      ['tiers', same(q.tiers, match.tiers), `[${match.tiers.join(', ')}]`],
      ['fills', q.fills === match.fills, match.fills ?? 'nothing'],
      ['choices', same(q.choices?.map((c) => c.id), match.choices?.map((c) => c.id)), `choice ids ${(match.choices ?? []).map((c) => c.id).join(', ') || 'none'}`],
    ];
    for (const [field, ok, expected] of checks) {
      if (ok) continue;
      const got = field === 'choices' ? (q.choices ?? []).map((c) => c.id).join(', ') || 'none' : show(valueAt(src.raw, ['questions', i, field]));
      out.push(problemAt(src, ['questions', i, field], `must match the ${reference.locale} file (${expected}); got ${got}. Only text, help and labels differ between languages`));
    }
  });
  return out;
}

/** Reads account-plan.en.yaml and account-plan.pl.yaml from a folder, checks each, and checks they agree. */
export function loadQuestionSets(dir: string): QuestionSets {
  const loaded = Locale.options.map((locale) => ({ locale, ...load(questionFile(dir, locale)) }));
  const problems = loaded.flatMap((l) => l.problems);
  for (const l of loaded) {
    if (l.set && l.src && l.set.locale !== l.locale) {
      problems.push(problemAt(l.src, ['locale'], `must be '${l.locale}' to match the file name; got '${l.set.locale}'`));
    }
  }
  const [reference, ...others] = loaded;
  if (reference?.set) {
    for (const other of others) if (other.set && other.src) problems.push(...compare(reference.set, other.src, other.set));
  }
  if (problems.length > 0) throw new QuestionSetError(problems);
  return Object.fromEntries(loaded.map((l) => [l.locale, l.set])) as QuestionSets;
}

/** The questions that apply to an account of the given tier, in file order. */
export function questionsFor(set: QuestionSet, tier: Tier): Question[] {
  return set.questions.filter((q) => q.tiers.includes(tier));
}
