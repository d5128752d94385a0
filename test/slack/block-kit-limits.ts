import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
const listed = (JSON.parse(readFileSync(join(FIXTURES, 'slack-block-kit-limits', 'block-kit-limits.json'), 'utf8')) as { limits: { what: string; max: number | number[]; min?: number }[] }).limits;

function limit(what: string): number {
  const found = listed.find((l) => l.what === what);
  if (!found || typeof found.max !== 'number') throw new Error(`no limit "${what}" in block-kit-limits.json`);
  return found.max;
}

/** The limits as the fixture states them, read by name so that a changed number changes the check. */
export const LIMITS = {
  blocksPerMessage: limit('blocks per message'),
  blocksPerView: limit('blocks per modal or Home tab view'),
  sectionText: limit('section.text length'),
  sectionFields: limit('section.fields items'),
  fieldText: limit('section.fields[].text length'),
  blockId: limit('block_id length (all blocks)'),
  actionsElements: limit('actions.elements items'),
  headerText: limit('header.text length'),
  contextElements: limit('context.elements items'),
  messageText: limit('message text (chat.postMessage) truncation'),
  // Not in the fixture; from Slack's button element reference (text 75, value 2000, action_id 255).
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
};

type Json = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const arr = (v: unknown) => (Array.isArray(v) ? (v as Json[]) : []);

/** Everything in a message or view that Slack would refuse, as readable problems; empty when it is fine. */
export function blockKitProblems(payload: { text?: unknown; blocks?: unknown }, surface: 'message' | 'view' = 'message'): string[] {
  const problems: string[] = [];
  const blocks = arr(typeof payload.blocks === 'string' ? JSON.parse(payload.blocks) : payload.blocks);
  const maxBlocks = surface === 'view' ? LIMITS.blocksPerView : LIMITS.blocksPerMessage;
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks (max ${maxBlocks})`);
  if (surface === 'message') {
    const text = str(payload.text);
    if (!text.trim()) problems.push('no plain-text fallback');
    if (text.length > LIMITS.messageText) problems.push(`fallback text ${text.length} chars`);
  }
  const actionIds = new Set<string>();
  blocks.forEach((b, i) => {
    const at = `block ${i} (${str(b.type)})`;
    if (str(b.block_id).length > LIMITS.blockId) problems.push(`${at}: block_id too long`);
    switch (b.type) {
      case 'header': {
        const t = str((b.text as Json)?.text);
        if (!t || t.length > LIMITS.headerText) problems.push(`${at}: header text ${t.length} chars`);
        break;
      }
      case 'section': {
        const t = b.text as Json | undefined;
        const fields = arr(b.fields);
        if (!t && !fields.length) problems.push(`${at}: neither text nor fields`);
        if (t && (str(t.text).length < 1 || str(t.text).length > LIMITS.sectionText)) problems.push(`${at}: text ${str(t.text).length} chars`);
        if (fields.length > LIMITS.sectionFields) problems.push(`${at}: ${fields.length} fields`);
        for (const f of fields) if (str(f.text).length > LIMITS.fieldText || !str(f.text)) problems.push(`${at}: field of ${str(f.text).length} chars`);
        break;
      }
      case 'actions': {
        const elements = arr(b.elements);
        if (!elements.length || elements.length > LIMITS.actionsElements) problems.push(`${at}: ${elements.length} elements`);
        for (const e of elements) {
          const label = str((e.text as Json)?.text);
          if (!label || label.length > LIMITS.buttonText) problems.push(`${at}: button text ${label.length} chars`);
          if (str(e.value).length > LIMITS.buttonValue) problems.push(`${at}: button value ${str(e.value).length} chars`);
          const id = str(e.action_id);
          if (!id || id.length > LIMITS.actionId) problems.push(`${at}: action_id ${id.length} chars`);
          if (actionIds.has(id)) problems.push(`${at}: action_id ${id} repeated`);
          actionIds.add(id);
        }
        break;
      }
      case 'context': {
        const elements = arr(b.elements);
        if (!elements.length || elements.length > LIMITS.contextElements) problems.push(`${at}: ${elements.length} elements`);
        for (const e of elements) if (!str(e.text) || str(e.text).length > LIMITS.sectionText) problems.push(`${at}: element of ${str(e.text).length} chars`);
        break;
      }
      case 'divider':
        break;
      default:
        problems.push(`${at}: a block type Acre does not render`);
    }
  });
  return problems;
}
