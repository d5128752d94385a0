/** Text for Slack: the core's Markdown subset in Slack's mrkdwn, and cutting text to Slack's lengths without breaking it. */

/** Slack reads &, < and > as markup (links, mentions); the rest passes as typed. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The core's **bold** is Slack's *bold*; _italic_ and `code` are written the same in both. */
export function toMrkdwn(text: string): string {
  return escapeSlack(text).replace(/\*\*(.+?)\*\*/g, '*$1*');
}

/** Text cut to `max` characters, ending with an ellipsis when something was cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${safeCut(text, max - 1).trimEnd()}…`;
}

/**
 * Text in pieces of at most `max` characters, broken at a line end where there is
 * one, else at a space, so that long answers are split rather than refused.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = safeCut(rest, max);
    const newline = window.lastIndexOf('\n');
    const space = window.lastIndexOf(' ');
    const at = newline > max / 2 ? newline : space > max / 2 ? space : window.length;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^[\n ]/, '');
  }
  if (rest.length || !pieces.length) pieces.push(rest);
  return pieces;
}

/** The longest prefix of at most `max` characters that does not end inside an escape (&amp;) or a surrogate pair. */
function safeCut(text: string, max: number): string {
  let cut = text.slice(0, max);
  const amp = cut.lastIndexOf('&');
  if (amp >= 0 && !cut.slice(amp).includes(';') && /^&(amp|lt|gt);/.test(text.slice(amp))) cut = cut.slice(0, amp);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}
