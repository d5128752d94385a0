import type { ModelRequest, ModelTurn, Usage } from './model.js';

/** Tokens by the rule of thumb of four characters each: for budgeting ahead, and where a server reports no usage. */
export const estimateTokens = (text: string): number => Math.ceil(text.length / 4);

/** The size of a request as the model will see it, estimated from its JSON. */
export const estimateRequest = (request: ModelRequest): number => estimateTokens(JSON.stringify({ messages: request.messages, tools: request.tools }));

/** The tokens one question has used, across its round trips. */
export class TokenTally {
  promptTokens = 0;
  completionTokens = 0;
  /** True when some round trip's usage had to be estimated because the server gave none. */
  estimated = false;

  add(request: ModelRequest, reply: ModelTurn): void {
    const usage: Usage = reply.usage ?? {
      promptTokens: estimateRequest(request),
      completionTokens: estimateTokens(reply.content + reply.toolCalls.map((c) => c.name + c.arguments).join('')),
    };
    if (!reply.usage) this.estimated = true;
    this.promptTokens += usage.promptTokens;
    this.completionTokens += usage.completionTokens;
  }

  get total(): number {
    return this.promptTokens + this.completionTokens;
  }
}
