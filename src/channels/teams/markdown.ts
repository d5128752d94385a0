/**
 * The core writes a small Markdown subset (**bold**, _italic_, `code`, line breaks).
 * Teams renders it in two dialects, and these functions translate to each.
 */

/**
 * For Adaptive Card TextBlocks and FactSets: bold and italic render as written, but
 * cards have no inline code, so backticks would show literally; a single newline
 * is not reliably a line break in Teams' card renderer, a blank line is.
 */
export function cardMarkdown(text: string): string {
  return text.replace(/`([^`\n]+)`/g, '$1').replace(/\r\n?/g, '\n').replace(/\n+/g, '\n\n');
}

/** Card list items: Teams draws a bulleted list only from "- " lines separated by \r. */
export function cardList(items: string[]): string {
  return items.map((item) => `- ${cardMarkdown(item).replace(/\n+/g, ' ')}`).join('\r');
}

/** For a plain message's `text` (textFormat markdown): Teams supports the core's subset as is; only line breaks need to be paragraph breaks. */
export function messageMarkdown(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n+/g, '\n\n');
}

/** Splits text into pieces of at most `max` characters, preferring line and then word boundaries. */
export function chunkText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const line = window.lastIndexOf('\n');
    const word = window.lastIndexOf(' ');
    const at = line > max / 2 ? line : word > max / 2 ? word : max;
    chunks.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).replace(/^\s+/, '');
  }
  if (rest.length || !chunks.length) chunks.push(rest);
  return chunks;
}
