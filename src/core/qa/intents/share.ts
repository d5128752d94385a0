import { reply } from '../../reply.js';
import { defineIntent } from '../intent.js';

/** "Share it", "udostępnij": in a channel, the last answer again, this time for everyone there. */
export const shareIntent = defineIntent({
  name: 'conversation.share',
  subject: 'none',
  keepsTopic: true,
  cues: [{ say: ['share it', 'share this', 'share that', 'share with everyone', 'share in channel', 'share with the channel', 'post it', 'udostepnij*', 'pokaz wszystkim'], weight: 0.9 }],
  async answer(turn) {
    const qa = turn.memory.qa;
    const last = qa && typeof qa === 'object' && 'question' in qa && typeof qa.question === 'string' ? qa.question : undefined;
    if (!turn.input.shared) return [reply().text(turn.t.qa.nothingToShareHere).build()];
    if (!last) return [reply().text(turn.t.qa.nothingToShare).onlyForAsker().build()];
    const replies = await turn.ask(last);
    return replies.map((r) => (r.visibility === 'asker' ? r : { ...r, visibility: 'everyone' as const }));
  },
});
