import type { Button, Reply } from '../../core/reply.js';
import { formatSource, stripMarkup } from '../../core/reply.js';

export interface Rendered {
  text: string;
  /** The buttons, numbered from 1, so that typing a number presses one. */
  buttons: Button[];
}

const bold = (s: string, color: boolean) => (color ? `\x1b[1m${s}\x1b[0m` : s);
const dim = (s: string, color: boolean) => (color ? `\x1b[2m${s}\x1b[0m` : s);

/** Replies as terminal text: headings, "label: value" fields, bullet lists, numbered buttons, sources last. */
export function renderForTerminal(replies: Reply[], options: { color: boolean; sourcesLabel: string }): Rendered {
  const lines: string[] = [];
  const buttons: Button[] = [];
  for (const r of replies) {
    for (const b of r.blocks) {
      switch (b.kind) {
        case 'heading':
          lines.push(bold(stripMarkup(b.text), options.color));
          break;
        case 'text':
          lines.push(stripMarkup(b.text));
          break;
        case 'fields': {
          const width = Math.max(...b.fields.map((f) => f.label.length));
          for (const f of b.fields) lines.push(`  ${f.label.padEnd(width)}  ${stripMarkup(f.value)}`);
          break;
        }
        case 'list':
          if (b.title) lines.push(bold(stripMarkup(b.title), options.color));
          for (const item of b.items) lines.push(`  • ${stripMarkup(item)}`);
          break;
        case 'buttons':
          lines.push(b.buttons.map((btn) => `[${buttons.push(btn)}] ${btn.label}`).join('   '));
          break;
        case 'context':
          lines.push(dim(stripMarkup(b.text), options.color));
          break;
        case 'sources':
          lines.push(dim(`${options.sourcesLabel}: ${b.sources.map(formatSource).join('; ')}`, options.color));
          break;
        case 'divider':
          lines.push(dim('─'.repeat(40), options.color));
          break;
      }
    }
    if (r.attachment) lines.push(dim(`(${r.attachment.filename})`, options.color), r.attachment.content);
    lines.push('');
  }
  return { text: lines.join('\n'), buttons };
}
