import type { Tool } from './tool.js';

/**
 * The tools worth offering for a question: those without topics, and those whose
 * topics the question mentions. A question that mentions no topic gets every tool,
 * since nothing says which it needs. Fewer schemas per request keep prompts short.
 */
export function toolsFor(question: string, tools: readonly Tool[], mode: 'relevant' | 'all'): Tool[] {
  if (mode === 'all') return [...tools];
  const topical = tools.filter((t) => t.topics?.test(question));
  if (!topical.length) return [...tools];
  return tools.filter((t) => !t.topics || topical.includes(t));
}
