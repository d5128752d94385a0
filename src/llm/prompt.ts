import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Turn } from '../core/conversation.js';
import { todayIn } from '../core/dates.js';
import type { Locale } from '../core/model.js';
import { accountIn } from '../core/accounts/access.js';

/** Where the question sets and prompts live. */
export const promptsFolder = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'prompts');
export const systemPromptFile = join(promptsFolder, 'llm-system.md');

const languages: Record<Locale, string> = { en: 'English', pl: 'Polish' };

/** The system prompt template, read once per Acre from prompts/llm-system.md so that admins can tune it. */
export function readSystemPrompt(file = systemPromptFile): string {
  return readFileSync(file, 'utf8').trim();
}

/** The system prompt for one question: who asks, today in their time zone, their language, and the account in focus. */
export function systemPromptFor(template: string, turn: Turn): string {
  const focus = turn.memory.accountId ? accountIn(turn.visible(), turn.memory.accountId) : undefined;
  const values: Record<string, string> = {
    user: turn.user.name ?? turn.user.email,
    role: turn.user.role === 'kam' ? 'key account manager' : turn.user.role,
    today: todayIn(turn.now, turn.timezone),
    timezone: turn.timezone,
    language: languages[turn.locale],
    subject: focus ? ` The conversation so far was about ${focus.name} (${focus.id}).` : '',
  };
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
