import { normalize } from '../../text.js';
import { parsed, problem, type Parsed } from '../values.js';

const yes = ['yes', 'y', 'yeah', 'yep', 'yup', 'sure', 'true', 'correct', 'definitely', 'of course', 'absolutely', 'i think so', 'mostly yes',
  'tak', 'jasne', 'oczywiscie', 'owszem', 'zgadza sie', 'raczej tak', 'pewnie', 'no tak'];
const no = ['no', 'n', 'nope', 'nah', 'false', 'not really', 'never', 'not yet', 'mostly no', 'i don t think so',
  'nie', 'raczej nie', 'niestety nie', 'jeszcze nie', 'nigdy', 'wcale'];

/** Yes or no in either language, with whatever follows a comma or dash kept as a note: "yes, the CFO likes us". */
export function parseYesNo(text: string): Parsed {
  const trimmed = text.trim();
  const [head, ...tail] = trimmed.split(/\s*[,;:—–-]\s+|\s*[,;:]\s*|\.\s+/);
  const said = normalize(head ?? '');
  const note = tail.join(', ').trim();
  const value = yes.includes(said) ? true : no.includes(said) ? false : undefined;
  if (value === undefined) return problem({ kind: 'not_yes_no' });
  return parsed({ kind: 'yes_no', value, ...(note ? { note } : {}) });
}
