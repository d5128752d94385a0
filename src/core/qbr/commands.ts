/** What `/qbr-prep <account> …` asks for. */
export type QbrCommand =
  | { kind: 'brief'; account: string; format: 'reply' | 'md' }
  | { kind: 'book'; account: string; when: string }
  | { kind: 'cancel'; account: string }
  | { kind: 'cadence'; account: string; months: string }
  | { kind: 'when'; account: string };

const verbs: [RegExp, QbrCommand['kind'] | 'md'][] = [
  [/^(schedule|book|move|reschedule|set|zaplanuj|przełóż|przeloz|umów|umow|termin)$/i, 'book'],
  [/^(cancel|odwołaj|odwolaj|anuluj)$/i, 'cancel'],
  [/^(cadence|every|cykl|co)$/i, 'cadence'],
  [/^(md|markdown|export|eksport)$/i, 'md'],
  [/^(when|next|status|kiedy)$/i, 'when'],
];

/**
 * Reads the arguments of /qbr-prep: an account name (which may have spaces), then
 * optionally what to do: `schedule <date>`, `cancel`, `cadence <months>`, `md`
 * (or `--format md`), `when`. Without a verb it is the brief.
 */
export function readQbrPrep(args: string): QbrCommand {
  let text = args.trim();
  let format: 'reply' | 'md' = 'reply';
  const flag = /(?:^|\s)--format(?:=|\s+)(md|markdown)\b/i.exec(text);
  if (flag) {
    format = 'md';
    text = `${text.slice(0, flag.index)} ${text.slice(flag.index + flag[0].length)}`.trim();
  }
  const words = text.split(/\s+/).filter(Boolean);
  // The first word is always part of the name, so an account called "Next" still works.
  for (let i = 1; i < words.length; i++) {
    const kind = verbs.find(([re]) => re.test(words[i]))?.[1];
    if (!kind) continue;
    const account = words.slice(0, i).join(' ');
    const rest = words.slice(i + 1).join(' ');
    switch (kind) {
      case 'book':
        return { kind: 'book', account, when: rest };
      case 'cancel':
        return { kind: 'cancel', account };
      case 'cadence':
        return { kind: 'cadence', account, months: rest.replace(/\s*(months?|miesi\w*|mies\.?)$/i, '') };
      case 'md':
        return { kind: 'brief', account, format: 'md' };
      case 'when':
        return { kind: 'when', account };
    }
  }
  return { kind: 'brief', account: words.join(' '), format };
}
