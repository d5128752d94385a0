import { formatDate, formatPercent } from '../i18n/format.js';
import type { Messages } from '../i18n/index.js';
import type { Portfolio } from '../portfolio.js';
import { todayIn } from '../dates.js';
import { nameOf } from './format.js';
import type { PlanDocument } from './document.js';

export type ExportFormat = 'md' | 'json';

export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

/** The plan as a Markdown document a KAM can share: each category, each answer with its author and date, earlier versions, open items. */
export function planMarkdown(doc: PlanDocument, t: Messages, portfolio: Portfolio, timezone = 'UTC'): string {
  const { locale } = doc;
  const day = (iso: string) => formatDate(todayIn(new Date(iso), timezone), locale);
  const lines: string[] = [
    `# ${t.plan.doc.title(doc.account.name)}`,
    '',
    `${t.tiers[doc.account.tier] ?? doc.account.tier} · ${t.plan.doc.owner(nameOf(doc.account.owner, portfolio))} · ${t.plan.doc.exported(day(doc.exportedAt))}`,
    '',
    t.plan.overall(doc.counts.answered, doc.counts.total, formatPercent(doc.completeness, locale).replace(/^\+/, ''), doc.counts.skipped, doc.counts.unknown),
  ];
  for (const c of doc.categories) {
    lines.push('', `## ${c.title}`, '', `_${t.plan.answeredOf(c.counts.answered, c.counts.total)}_`);
    for (const q of c.questions) {
      lines.push('', `### ${q.text}`, '');
      if (q.status === 'open') {
        lines.push(`_${t.plan.doc.notYet}_`);
        continue;
      }
      lines.push(q.answer ?? '', '', `_${q.byName ?? q.by}, ${day(q.at!)}${q.from ? ` · ${t.plan.doc.fromCrm(q.from)}` : ''}_`);
      if (q.history.length) {
        lines.push('', `${t.plan.doc.earlier}:`);
        for (const v of q.history) lines.push(`- ${day(v.at)}, ${nameOf(v.by, portfolio)}: ${v.answer ?? ''}`);
      }
    }
  }
  lines.push('', `## ${t.plan.openItemsTitle}`, '');
  if (!doc.openItems.length) lines.push(`_${t.plan.doc.noOpenItems}_`);
  for (const i of doc.openItems) {
    const who = i.owner ? t.plan.ownerDue(i.ownerName ?? i.owner, i.due ? formatDate(i.due, locale) : '—') : t.plan.noOwnerYet;
    lines.push(`- ${i.question} — ${who}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The plan as a file: Markdown to read, JSON for other tools (structured values, authors, times, history). */
export function planFile(doc: PlanDocument, format: ExportFormat, t: Messages, portfolio: Portfolio, timezone = 'UTC'): ExportFile {
  const base = `account-plan-${doc.account.id}-${todayIn(new Date(doc.exportedAt), timezone)}`;
  return format === 'json'
    ? { filename: `${base}.json`, mimeType: 'application/json', content: `${JSON.stringify(doc, null, 2)}\n` }
    : { filename: `${base}.md`, mimeType: 'text/markdown', content: planMarkdown(doc, t, portfolio, timezone) };
}
