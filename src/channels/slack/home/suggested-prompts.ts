import type { Identity } from '../../../core/conversation.js';
import { slackWords } from '../strings.js';
import { readerOf, type GlanceDeps } from './accounts-glance.js';

/** Slack shows at most four prompts in the assistant pane. */
const MAX_PROMPTS = 4;

export interface SuggestedPrompts {
  title: string;
  prompts: { title: string; message: string }[];
}

/** Prompts for a new assistant thread: the accounts renewing soonest, and what Acre can do. Words the core understands. */
export async function suggestedPrompts(deps: GlanceDeps, identity: Identity): Promise<SuggestedPrompts> {
  const { locale, t, accounts } = await readerOf(deps, identity);
  const w = slackWords[locale];
  const prompts = accounts.slice(0, MAX_PROMPTS - 1).map((a) => ({ title: a.name, message: w.tellMeAbout(a.name) }));
  return { title: t.helpExamplesTitle, prompts: [...prompts, { title: w.whatCanYouDo, message: w.whatCanYouDo }] };
}
