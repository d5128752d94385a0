/**
 * The neutral message model. The core speaks only in these; each channel renders
 * them natively (Block Kit, Adaptive Cards, terminal text).
 *
 * Text uses a small Markdown subset that every channel can render:
 * **bold**, _italic_, `code`, and line breaks.
 */

/** Where a fact comes from: the data (file and field, or activity) and as of when. */
export interface Source {
  ref: string;
  asOf?: string;
}

/** A button or choice that comes back to the core as an action. */
export interface Action {
  id: string;
  value?: string;
}

export interface Button {
  label: string;
  action: Action;
  style?: 'primary' | 'danger';
}

export interface Field {
  label: string;
  value: string;
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'fields'; fields: Field[] }
  | { kind: 'list'; title?: string; items: string[] }
  | { kind: 'buttons'; buttons: Button[] }
  | { kind: 'context'; text: string }
  | { kind: 'sources'; sources: Source[] }
  | { kind: 'divider' };

export interface Reply {
  blocks: Block[];
  /** Who should see it in a shared place: everyone, or only the person who asked. */
  visibility?: 'everyone' | 'asker';
  /** A file to attach, for exports (Markdown or JSON). */
  attachment?: { filename: string; mimeType: string; content: string };
}

/** Builds a reply a block at a time, so that features read like the message they produce. */
export class ReplyBuilder {
  private readonly blocks: Block[] = [];
  private visibility: Reply['visibility'];
  private attachment: Reply['attachment'];

  heading(text: string): this {
    this.blocks.push({ kind: 'heading', text });
    return this;
  }
  text(text: string): this {
    this.blocks.push({ kind: 'text', text });
    return this;
  }
  fields(fields: Field[]): this {
    const present = fields.filter((f) => f.value !== '');
    if (present.length) this.blocks.push({ kind: 'fields', fields: present });
    return this;
  }
  list(items: string[], title?: string): this {
    if (items.length) this.blocks.push({ kind: 'list', items, ...(title ? { title } : {}) });
    return this;
  }
  buttons(buttons: Button[]): this {
    if (buttons.length) this.blocks.push({ kind: 'buttons', buttons });
    return this;
  }
  context(text: string): this {
    this.blocks.push({ kind: 'context', text });
    return this;
  }
  sources(sources: Source[]): this {
    const unique = dedupeSources(sources);
    if (unique.length) this.blocks.push({ kind: 'sources', sources: unique });
    return this;
  }
  divider(): this {
    this.blocks.push({ kind: 'divider' });
    return this;
  }
  onlyForAsker(): this {
    this.visibility = 'asker';
    return this;
  }
  attach(attachment: NonNullable<Reply['attachment']>): this {
    this.attachment = attachment;
    return this;
  }
  build(): Reply {
    return {
      blocks: [...this.blocks],
      ...(this.visibility ? { visibility: this.visibility } : {}),
      ...(this.attachment ? { attachment: this.attachment } : {}),
    };
  }
}

export const reply = () => new ReplyBuilder();

export const textReply = (text: string, visibility?: Reply['visibility']): Reply => ({
  blocks: [{ kind: 'text', text }],
  ...(visibility ? { visibility } : {}),
});

function dedupeSources(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.ref}|${s.asOf ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A plain-text rendering of a reply: the fallback every channel sends along, and the console's output. */
export function plainText(r: Reply, sourcesLabel = 'Sources'): string {
  const lines: string[] = [];
  for (const b of r.blocks) {
    switch (b.kind) {
      case 'heading':
        lines.push(stripMarkup(b.text).toUpperCase() === stripMarkup(b.text) ? stripMarkup(b.text) : `== ${stripMarkup(b.text)} ==`);
        break;
      case 'text':
        lines.push(stripMarkup(b.text));
        break;
      case 'fields':
        for (const f of b.fields) lines.push(`${f.label}: ${stripMarkup(f.value)}`);
        break;
      case 'list':
        if (b.title) lines.push(stripMarkup(b.title));
        for (const item of b.items) lines.push(`  • ${stripMarkup(item)}`);
        break;
      case 'buttons':
        lines.push(b.buttons.map((btn) => `[${btn.label}]`).join(' '));
        break;
      case 'context':
        lines.push(stripMarkup(b.text));
        break;
      case 'sources':
        lines.push(`${sourcesLabel}: ${b.sources.map(formatSource).join('; ')}`);
        break;
      case 'divider':
        lines.push('—'.repeat(20));
        break;
    }
  }
  return lines.join('\n');
}

export const formatSource = (s: Source) => (s.asOf ? `${s.ref} (${s.asOf})` : s.ref);

export function stripMarkup(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/(^|\W)_(.+?)_(?=\W|$)/g, '$1$2').replace(/`([^`]+)`/g, '$1');
}
