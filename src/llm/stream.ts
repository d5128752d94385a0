import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import type { ModelTurn, ToolCall } from './model.js';

/**
 * Gathers a streamed answer: text as it comes (reported after each piece), tool calls
 * assembled from their fragments, and the usage the last chunk carries.
 */
export async function readStream(chunks: AsyncIterable<ChatCompletionChunk>, onText: (textSoFar: string) => void): Promise<ModelTurn> {
  let content = '';
  let finishReason = 'unknown';
  let usage: ModelTurn['usage'];
  const calls: ToolCall[] = [];
  for await (const chunk of chunks) {
    if (chunk.usage) usage = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
    const choice = chunk.choices[0];
    if (!choice) continue;
    if (choice.finish_reason) finishReason = choice.finish_reason;
    const delta = choice.delta;
    if (delta.content) {
      content += delta.content;
      onText(content);
    }
    for (const part of delta.tool_calls ?? []) {
      const call = (calls[part.index] ??= { id: '', name: '', arguments: '' });
      if (part.id) call.id = part.id;
      if (part.function?.name) call.name += part.function.name;
      if (part.function?.arguments) call.arguments += part.function.arguments;
    }
  }
  return { content, toolCalls: calls.filter((c) => c.name), finishReason, ...(usage ? { usage } : {}) };
}
