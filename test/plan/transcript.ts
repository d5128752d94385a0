import { expect } from 'vitest';
import type { TestApp } from '../helpers/app.js';

/** What a reply must say: text it contains, a pattern it matches, or `{ not }` for what it must not say. */
export type Expectation = string | RegExp | { not: string | RegExp };

/** One exchange: what the person says, then what Acre's answer must contain. */
export type Step = [said: string, ...expected: Expectation[]];

/** Plays a conversation and checks every answer; returns the last answer for further checks. */
export async function converse(app: TestApp, email: string, steps: Step[]): Promise<string> {
  let last = '';
  for (const [said, ...expected] of steps) {
    last = await app.say(email, said);
    for (const e of expected) {
      const where = `after "${said}", Acre said:\n${last}\n`;
      if (typeof e === 'string') expect(last, where).toContain(e);
      else if (e instanceof RegExp) expect(last, where).toMatch(e);
      else if (typeof e.not === 'string') expect(last, where).not.toContain(e.not);
      else expect(last, where).not.toMatch(e.not);
    }
  }
  return last;
}
