import OpenAI from 'openai';
import type { ChatCompletionFunctionTool, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { LlmSettings } from './settings.js';
import { readStream } from './stream.js';

export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

export interface Usage {
  promptTokens: number;
  completionTokens: number;
}

/** One request to the model: the conversation so far and the tools it may call. */
export interface ModelRequest {
  messages: ChatCompletionMessageParam[];
  tools: ChatCompletionFunctionTool[];
  /** 'none' on the last round allowed: answer with what you have. */
  toolChoice: 'auto' | 'none';
}

/** What the model said back: text, tool calls, or both. */
export interface ModelTurn {
  content: string;
  toolCalls: ToolCall[];
  finishReason: string;
  /** As the server reports it; absent when a server reports none. */
  usage?: Usage;
}

export interface CallOptions {
  signal: AbortSignal;
  timeoutMs: number;
  /** Given: the answer is streamed and this is called with the text so far. */
  onText?: (textSoFar: string) => void;
}

/** The port to any Chat Completions model. */
export interface Model {
  complete(request: ModelRequest, options: CallOptions): Promise<ModelTurn>;
}

/**
 * The Chat Completions API through the openai client: OpenAI, Azure OpenAI's v1
 * endpoint, or any compatible server. Retries are Acre's own (see retry.ts), so the
 * client's are off.
 */
export function openAiModel(settings: LlmSettings): Model {
  const client = new OpenAI({
    // Local servers (vLLM, LM Studio, Ollama) need no key, but the client insists on one.
    apiKey: settings.apiKey ?? 'none',
    ...(settings.baseURL ? { baseURL: settings.baseURL } : {}),
    maxRetries: 0,
    timeout: settings.timeoutMs,
  });
  return {
    async complete(request, options) {
      const body = {
        model: settings.model,
        messages: request.messages,
        ...(request.tools.length ? { tools: request.tools, tool_choice: request.toolChoice } : {}),
      };
      const requestOptions = { signal: options.signal, timeout: options.timeoutMs };
      if (options.onText) {
        const stream = await client.chat.completions.create({ ...body, stream: true, stream_options: { include_usage: true } }, requestOptions);
        return readStream(stream, options.onText);
      }
      const completion = await client.chat.completions.create({ ...body, stream: false }, requestOptions);
      const choice = completion.choices[0];
      const toolCalls: ToolCall[] = [];
      for (const call of choice?.message.tool_calls ?? []) {
        if (call.type === 'function') toolCalls.push({ id: call.id, name: call.function.name, arguments: call.function.arguments });
      }
      return {
        content: choice?.message.content ?? '',
        toolCalls,
        finishReason: choice?.finish_reason ?? 'unknown',
        ...(completion.usage ? { usage: { promptTokens: completion.usage.prompt_tokens, completionTokens: completion.usage.completion_tokens } } : {}),
      };
    },
  };
}
