import type { Fallback, Turn } from '../core/conversation.js';
import type { Account } from '../core/model.js';
import { loadQuestionSets, type Question, type QuestionSets } from '../core/plan/questions.js';
import type { ParseContext, Parsed } from '../core/plan/values.js';
import type { Reply } from '../core/reply.js';
import { defaultRiskSettings, type RiskSettings } from '../core/risk/index.js';
import { runAgent, type AgentOutcome, type Progress } from './agent.js';
import { openAiModel, type Model } from './model.js';
import { planAnswerFromText } from './plan-answer.js';
import { promptsFolder, readSystemPrompt, systemPromptFor } from './prompt.js';
import { answerReplies, fallbackReplies } from './render.js';
import type { LlmSettings } from './settings.js';
import type { Tool, ToolContext } from './tool.js';
import { allTools } from './tools/index.js';

export interface LlmAnswer {
  replies: Reply[];
  outcome: AgentOutcome;
}

export interface Llm {
  /**
   * Answers a free question through the model and Acre's tools, with the asker's
   * permissions. Never throws for a model failure: the replies are then Acre's own answer
   * with a note. With onPartial the answer is streamed.
   */
  answer(turn: Turn, text: string, progress?: Progress): Promise<LlmAnswer>;
  /** The router's fallback; `progressOf` finds the progress callbacks of a turn (the channel's, from its input). */
  fallback(progressOf?: (turn: Turn) => Progress | undefined): Fallback;
  /** A plan answer the parser could not read, as the structured answer to the question (see plan-answer.ts). */
  planAnswer(turn: Turn, question: Question, text: string, context: ParseContext): Promise<Parsed | undefined>;
  /** A short summary of an account's plan, through the plan_answers tool, in the user's language. */
  summarisePlan(turn: Turn, account: Account, progress?: Progress): Promise<LlmAnswer>;
}

export interface LlmOptions {
  /** Another model than the openai client (tests, other SDKs). */
  model?: Model;
  tools?: readonly Tool[];
  /** The system prompt template; prompts/llm-system.md by default. */
  systemPrompt?: string;
  /** The plan questions the app loaded; read from prompts/ when first needed otherwise. */
  questionSets?: QuestionSets;
  /** Health weights and rules as configured; the defaults otherwise. */
  risk?: RiskSettings;
}

export function createLlm(settings: LlmSettings, options: LlmOptions = {}): Llm {
  const model = options.model ?? openAiModel(settings);
  const tools = options.tools ?? allTools;
  const template = options.systemPrompt ?? readSystemPrompt();
  let questionSets = options.questionSets;
  const context: ToolContext = {
    questionSets: () => (questionSets ??= loadQuestionSets(promptsFolder)),
    risk: options.risk ?? defaultRiskSettings,
  };

  const answer: Llm['answer'] = async (turn, text, progress = {}) => {
    const started = performance.now();
    const outcome = await runAgent(turn, text, { model, settings, tools, context, systemPrompt: systemPromptFor(template, turn) }, progress);
    turn.logger.info(
      {
        event: 'llm_answer',
        model: settings.model,
        ok: outcome.ok,
        ...(outcome.ok ? {} : { failure: outcome.failure.kind, detail: outcome.failure.detail }),
        rounds: outcome.rounds,
        promptTokens: outcome.tokens.promptTokens,
        completionTokens: outcome.tokens.completionTokens,
        tokensEstimated: outcome.tokens.estimated,
        tools: outcome.toolsCalled,
        ms: Math.round(performance.now() - started),
      },
      outcome.ok ? 'answered through the language model' : 'the language model gave no answer',
    );
    if (!outcome.ok) return { replies: await fallbackReplies(turn, text, outcome), outcome };
    const subjects = new Set(outcome.accountIds);
    if (subjects.size === 1) turn.remember({ accountId: [...subjects][0], topic: 'llm' });
    return { replies: answerReplies(turn, outcome), outcome };
  };

  return {
    answer,
    fallback: (progressOf) => async (turn, text) => (await answer(turn, text, progressOf?.(turn))).replies,
    planAnswer: (turn, question, text, parseContext) => planAnswerFromText(model, settings, turn, question, text, parseContext),
    summarisePlan: (turn, account, progress) =>
      answer(turn, `Summarise the account plan of ${account.name} (${account.id}): what it says, what is missing, the open items.`, progress),
  };
}
