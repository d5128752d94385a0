import { createInterface } from 'node:readline';
import type { Acre } from '../../core/acre.js';
import type { Input } from '../../core/conversation.js';
import { messagesFor } from '../../core/i18n/index.js';
import type { Button } from '../../core/reply.js';
import { renderForTerminal } from './render.js';

export interface ConsoleOptions {
  acre: Acre;
  asEmail: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal: a prompt and colour. Piped input gets neither, and one reply per line read. */
  interactive: boolean;
  banner?: string;
}

/**
 * The terminal channel: a conversation with Acre without Slack or Teams. Works
 * interactively and with piped input (one message per line; exits at end of input).
 * A number typed after a reply with buttons presses that button.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { acre, asEmail, output, interactive } = options;
  const portfolio = await acre.portfolio();
  const locale = portfolio.user(asEmail)?.locale ?? 'en';
  const sourcesLabel = messagesFor(locale).sources;
  let buttons: Button[] = [];
  const rl = createInterface({ input: options.input, terminal: interactive, ...(interactive ? { output } : {}) });
  if (options.banner) output.write(`${options.banner}\n\n`);
  const prompt = () => {
    if (interactive) {
      rl.setPrompt('you › ');
      rl.prompt();
    }
  };
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) {
      prompt();
      continue;
    }
    if (interactive && /^(exit|quit|\/exit|\/quit)$/i.test(line)) break;
    const pressed = /^\d{1,2}$/.test(line) ? buttons[Number(line) - 1] : undefined;
    const message: Input = {
      channel: 'console',
      identity: { email: asEmail },
      conversationId: 'console',
      shared: false,
      ...(pressed ? { action: pressed.action } : { text: line }),
    };
    const replies = await acre.handle(message);
    const rendered = renderForTerminal(replies, { color: interactive, sourcesLabel });
    buttons = rendered.buttons;
    output.write(interactive ? `\nacre › ${rendered.text}\n` : `${rendered.text}\n`);
    prompt();
  }
  rl.close();
}
