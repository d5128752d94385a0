/** Answers through a language model and tools over Acre's data; optional, loaded only when configured. */
export { createLlm, type Llm, type LlmAnswer, type LlmOptions } from './llm.js';
export { llmSettingsFrom, type LlmSettings } from './settings.js';
export type { Progress, AgentOutcome } from './agent.js';
export type { Model, ModelRequest, ModelTurn } from './model.js';
export { defineTool, type Tool, type ToolResult } from './tool.js';
export { allTools } from './tools/index.js';
