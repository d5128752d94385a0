import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { Progress, Turn } from '../core/conversation.js';
import type { Source } from '../core/reply.js';
import { Deadline } from './deadline.js';
import type { Model, ModelRequest, ModelTurn, ToolCall } from './model.js';
import { ModelFailure, withRetries } from './retry.js';
import type { LlmSettings } from './settings.js';
import type { Tool, ToolContext, ToolResult } from './tool.js';
import { toolsFor } from './tool-choice.js';
import { estimateRequest, TokenTally } from './usage.js';

/** The core's progress callbacks: a channel that can show progress passes them with its input. */
export type { Progress };

/** What one question cost and what it touched, answered or not. */
export interface AgentTrace {
  rounds: number;
  tokens: TokenTally;
  /** The tools called, in order. */
  toolsCalled: string[];
  /** Accounts the tool results were about, in order, repeated as often as they were read. */
  accountIds: string[];
  sources: Source[];
}

export type AgentOutcome = ({ ok: true; text: string } | { ok: false; failure: ModelFailure }) & AgentTrace;

export interface AgentDeps {
  model: Model;
  settings: LlmSettings;
  tools: readonly Tool[];
  context: ToolContext;
  systemPrompt: string;
}

/** A tool result larger than this is refused rather than cut, so that what the model reads is always whole JSON. */
const MAX_TOOL_RESULT_CHARS = 16_000;

/**
 * Answers one question through the model and the tools: the model asks for tools, the
 * tools run with the asker's permissions, their results go back as JSON data, until the
 * model answers, the rounds or the token budget run out, or the deadline passes.
 */
export async function runAgent(turn: Turn, question: string, deps: AgentDeps, progress: Progress = {}): Promise<AgentOutcome> {
  const { settings, model } = deps;
  const offered = toolsFor(question, deps.tools, settings.toolChoice);
  const messages: ChatCompletionMessageParam[] = [
    { role: 'system', content: deps.systemPrompt },
    { role: 'user', content: question },
  ];
  const trace: AgentTrace = { rounds: 0, tokens: new TokenTally(), toolsCalled: [], accountIds: [], sources: [] };
  const deadline = new Deadline(settings.timeoutMs);
  const fail = (kind: ModelFailure['kind'], detail: string): AgentOutcome => ({ ok: false, failure: new ModelFailure(kind, detail), ...trace });
  progress.onStatus?.(turn.t.llmThinking);
  try {
    while (trace.rounds < settings.maxRounds) {
      const last = trace.rounds === settings.maxRounds - 1;
      const request: ModelRequest = { messages, tools: offered.map((t) => t.definition), toolChoice: last ? 'none' : 'auto' };
      if (trace.tokens.total + estimateRequest(request) > settings.tokenBudget) {
        return fail('budget', `${trace.tokens.total} tokens used, the next request needs about ${estimateRequest(request)}`);
      }
      const reply = await withRetries(
        () => model.complete(request, { signal: deadline.signal, timeoutMs: deadline.remaining(), ...(progress.onPartial ? { onText: progress.onPartial } : {}) }),
        {
          retries: settings.retries,
          backoffMs: settings.backoffMs,
          deadline,
          onRetry: (attempt, waitMs, error) => turn.logger.warn({ event: 'llm_retry', attempt, waitMs, reason: error.detail }, 'retrying the language model'),
        },
      );
      trace.rounds++;
      trace.tokens.add(request, reply);
      if (!reply.toolCalls.length) {
        const text = reply.content.trim();
        return text ? { ok: true, text, ...trace } : fail('refused', `empty answer (finish reason ${reply.finishReason})`);
      }
      if (last) return fail('rounds', `still asking for tools after ${trace.rounds} rounds`);
      messages.push(assistantMessage(reply));
      for (const [i, call] of reply.toolCalls.entries()) {
        const tool = offered.find((t) => t.name === call.name) ?? deps.tools.find((t) => t.name === call.name);
        progress.onStatus?.(turn.t.llmLookingUp(turn.t.llmLookups[call.name] ?? call.name));
        const result: ToolResult = tool ? await tool.invoke(turn, call.arguments, deps.context) : { data: { error: 'unknown_tool', tool: call.name }, sources: [] };
        trace.toolsCalled.push(call.name);
        if (result.accountId) trace.accountIds.push(result.accountId);
        trace.sources.push(...result.sources);
        messages.push({ role: 'tool', tool_call_id: callId(call, i), content: asJsonData(result.data, settings.json) });
      }
      progress.onStatus?.(turn.t.llmWriting);
    }
    return fail('rounds', `no answer after ${trace.rounds} rounds`);
  } catch (error) {
    if (error instanceof ModelFailure) return { ok: false, failure: error, ...trace };
    throw error;
  } finally {
    deadline.dispose();
  }
}

function assistantMessage(reply: ModelTurn): ChatCompletionMessageParam {
  return {
    role: 'assistant',
    content: reply.content || null,
    tool_calls: reply.toolCalls.map((call, i) => ({ id: callId(call, i), type: 'function' as const, function: { name: call.name, arguments: call.arguments } })),
  };
}

/** Some compatible servers leave tool call ids out; the reply must still name the call it answers. */
const callId = (call: ToolCall, index: number) => call.id || `call_${index}`;

/** A tool's result as the model reads it: JSON, so that text inside it stays quoted data. */
function asJsonData(data: unknown, format: LlmSettings['json']): string {
  const json = format === 'indented' ? JSON.stringify(data, null, 2) : JSON.stringify(data);
  if (json === undefined) return '{}';
  if (json.length > MAX_TOOL_RESULT_CHARS) return JSON.stringify({ error: 'too_large', detail: 'ask for a shorter period or fewer items' });
  return json;
}
