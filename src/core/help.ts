import type { Feature } from './conversation.js';
import { reply } from './reply.js';

/** `/acre help`, and `/acre <question>` for people who reach for the app's own command first. */
export function helpFeature(lines: (t: Parameters<NonNullable<Feature['help']>>[0]) => { commands: string[]; examples: string[] }): Feature {
  return {
    name: 'help',
    commands: {
      acre: async (turn, args) => {
        const rest = args.trim();
        if (rest && !/^(help|pomoc|\?)$/i.test(rest)) return turn.ask(rest);
        const all = lines(turn.t);
        return [
          reply()
            .heading(turn.t.helpTitle)
            .text(turn.t.helpIntro)
            .list([...all.commands, turn.t.helpCommands[1]])
            .list(all.examples.map((e) => `"${e}"`), turn.t.helpExamplesTitle)
            .onlyForAsker()
            .build(),
        ];
      },
    },
    understand(turn, text) {
      if (!/^(help|pomoc|\?|what can you do\??|co potrafisz\??|hi|hello|hey|cześć|czesc|dzień dobry)$/i.test(text.trim())) return [];
      return [{ intent: 'help', confidence: 0.9, answer: () => turn.ask('/acre help') }];
    },
  };
}
