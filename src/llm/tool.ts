import { zodFunction } from 'openai/helpers/zod';
import type { ChatCompletionFunctionTool } from 'openai/resources/chat/completions';
import type { z } from 'zod';
import type { Turn } from '../core/conversation.js';
import type { QuestionSets } from '../core/plan/questions.js';
import type { Source } from '../core/reply.js';
import type { RiskSettings } from '../core/risk/index.js';

/** What a tool hands back: data for the model, and where it came from for the reader. */
export interface ToolResult {
  /** Plain JSON the model reads. Free text in it (notes, summaries) is data, never instructions. */
  data: unknown;
  /** The files and fields the facts come from, for the answer's sources line. */
  sources: Source[];
  /** The one account the result is about, if any: it becomes the subject of follow-up questions. */
  accountId?: string;
}

/** What tools share beyond the turn: how Acre was set up. */
export interface ToolContext {
  /** The account-plan questions, as the app loaded them. */
  questionSets: () => QuestionSets;
  /** Health weights and critical rules, as configured. */
  risk: RiskSettings;
}

/** A tool as its file declares it: one zod schema for its arguments and one handler. */
export interface ToolSpec<S extends z.ZodObject> {
  name: string;
  description: string;
  parameters: S;
  /**
   * Words of a question (English and Polish) that make this tool worth offering.
   * Without topics the tool is offered with every question.
   */
  topics?: RegExp;
  /** Runs with the asker's permissions: every account it reads comes through turn.visible(). */
  run(turn: Turn, args: z.infer<S>, context: ToolContext): ToolResult | Promise<ToolResult>;
}

/** A tool as the agent uses it: the definition sent to the model and a runner for raw arguments. */
export interface Tool {
  name: string;
  definition: ChatCompletionFunctionTool;
  topics?: RegExp;
  /** Parses the model's JSON arguments with the tool's schema; bad arguments come back as data the model can correct. */
  invoke(turn: Turn, argumentsJson: string, context: ToolContext): Promise<ToolResult>;
}

export function defineTool<S extends z.ZodObject>(spec: ToolSpec<S>): Tool {
  const parsed = zodFunction({ name: spec.name, description: spec.description, parameters: spec.parameters });
  // The $schema line costs tokens on every request and tells the model nothing.
  const { $schema: _schema, ...parameters } = (parsed.function.parameters ?? {}) as Record<string, unknown>;
  return {
    name: spec.name,
    definition: {
      type: 'function',
      function: { name: spec.name, description: spec.description, parameters, strict: true },
    },
    ...(spec.topics ? { topics: spec.topics } : {}),
    async invoke(turn, argumentsJson, context) {
      let raw: unknown;
      try {
        raw = argumentsJson.trim() ? JSON.parse(argumentsJson) : {};
      } catch {
        return { data: { error: 'bad_arguments', detail: 'arguments must be a JSON object' }, sources: [] };
      }
      const args = spec.parameters.safeParse(withNulls(raw, spec.parameters));
      if (!args.success) {
        const detail = args.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ');
        return { data: { error: 'bad_arguments', detail }, sources: [] };
      }
      return spec.run(turn, args.data, context);
    },
  };
}

/** Models and servers that ignore strict mode leave out optional fields; they mean null. */
function withNulls(raw: unknown, schema: z.ZodObject): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const filled: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const key of Object.keys(schema.shape)) if (!(key in filled)) filled[key] = null;
  return filled;
}
