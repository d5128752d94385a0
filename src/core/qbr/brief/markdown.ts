import { formatSource, type Reply } from '../../reply.js';

/**
 * A reply as a Markdown document: the first heading is the title, later ones are
 * sections, fields become bold labels, lists bullets, sources an italic line. The
 * reply's own markup (**bold**, _italic_, `code`) is Markdown already. Buttons are
 * left out: a file has nothing to press.
 */
export function replyToMarkdown(reply: Reply, sourcesLabel: string): string {
  const out: string[] = [];
  let headings = 0;
  for (const b of reply.blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${headings++ === 0 ? '#' : '##'} ${b.text}`, '');
        break;
      case 'text':
        out.push(b.text, '');
        break;
      case 'fields':
        out.push(...b.fields.map((f) => `- **${f.label}:** ${f.value}`), '');
        break;
      case 'list':
        if (b.title) out.push(`**${b.title}**`, '');
        out.push(...b.items.map((item) => (/^\d+\.\s/.test(item) ? item : `- ${item}`)), '');
        break;
      case 'context':
        out.push(`_${b.text}_`, '');
        break;
      case 'sources':
        out.push(`_${sourcesLabel}: ${b.sources.map(formatSource).join('; ')}_`, '');
        break;
      case 'divider':
        out.push('---', '');
        break;
      case 'buttons':
        break;
    }
  }
  return `${out.join('\n').trim()}\n`;
}
