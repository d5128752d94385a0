import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { accountsGlance } from '../home/accounts-glance.js';
import { HomeOpened } from '../payloads.js';
import { identityOf, wordsFor } from '../people.js';
import { saveStashedActions } from '../render/actions.js';
import { renderHomeView } from '../render/block-kit.js';
import type { SlackRuntime } from '../runtime.js';

/** The App Home tab, rebuilt from the current data each time the person opens it. */
export function appHomeOpened(rt: SlackRuntime) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    const parsed = HomeOpened.safeParse(event);
    if (!parsed.success || parsed.data.tab !== 'home') return;
    rt.later('home', async () => {
      const identity = await identityOf(rt, client, parsed.data.user, context.teamId);
      const glance = await accountsGlance(rt, identity);
      const { view, stashes } = renderHomeView(glance, (await wordsFor(rt, identity)).t);
      await saveStashedActions(rt.store, stashes);
      await client.views.publish({ user_id: parsed.data.user, view });
    });
  };
}
