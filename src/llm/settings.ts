import type { Config } from '../config.js';

/** How Acre talks to the language model, and the limits on each question. */
export interface LlmSettings {
  /** OpenAI by default; Azure OpenAI's v1 endpoint, vLLM, LM Studio, Ollama… when set. */
  baseURL?: string;
  /** Local servers need no key; the client still sends a placeholder. */
  apiKey?: string;
  model: string;
  /** The whole question, every round trip and retry included. */
  timeoutMs: number;
  /** Requests to the model per question; the last one may not ask for more tools. */
  maxRounds: number;
  /** Prompt and completion tokens per question. */
  tokenBudget: number;
  /** Retries of one request after a 429, a 5xx or a dropped connection. */
  retries: number;
  /** The first wait before a retry; each next one doubles, with jitter. */
  backoffMs: number;
  /** Which tools each request offers: those the question's words call for, or every tool. */
  toolChoice: 'relevant' | 'all';
  /** Tool results as compact JSON, or indented (for comparison in the benchmark). */
  json: 'compact' | 'indented';
}

/** The settings from the configuration, with the defaults that keep a typical question within 2 round trips. */
export function llmSettingsFrom(config: Config): LlmSettings {
  return {
    ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
    ...(config.OPENAI_API_KEY ? { apiKey: config.OPENAI_API_KEY } : {}),
    model: config.OPENAI_MODEL,
    timeoutMs: config.ACRE_LLM_TIMEOUT_MS,
    maxRounds: config.ACRE_LLM_MAX_ROUNDS,
    tokenBudget: config.ACRE_LLM_TOKEN_BUDGET,
    retries: config.ACRE_LLM_RETRIES,
    backoffMs: 500,
    toolChoice: 'relevant',
    json: 'compact',
  };
}
