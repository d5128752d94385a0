import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelOf, IncomingActivity, isShared, spokenText } from '../../src/channels/teams/activity.js';
import { channelMention, personalMessage, piotrMention, recordedIds } from './activities.js';

const parse = (activity: unknown) => IncomingActivity.parse(activity);

describe('reading a Teams activity', () => {
  it('takes the @mention of Acre out of what was said, and keeps other people by name', () => {
    expect(spokenText(parse(channelMention('http://x/', 'account bluefin')))).toBe('account bluefin');
    expect(spokenText(parse(piotrMention('http://x/', 'qbr-prep zorza')))).toBe('qbr-prep zorza');
    const withColleague = channelMention('http://x/', 'who signs at <at>Tom Rigby</at>&nbsp;Bluefin?');
    expect(spokenText(parse(withColleague))).toBe('who signs at Tom Rigby Bluefin?');
    expect(spokenText(parse(personalMessage('http://x/', '  account   oak \n next line ')))).toBe('account oak \n next line');
  });

  it('tells a personal chat from a channel or group chat', () => {
    expect(isShared(parse(personalMessage('http://x/', 'hi')))).toBe(false);
    expect(isShared(parse(channelMention('http://x/', 'hi')))).toBe(true);
    const group = personalMessage('http://x/', 'hi');
    group.conversation = { id: '19:group@thread.v2', conversationType: 'groupChat' };
    expect(isShared(parse(group))).toBe(true);
    // The Emulator sends no conversation type: a personal chat.
    const emulator = personalMessage('http://x/', 'hi');
    emulator.conversation = { id: 'emulator-1' };
    expect(isShared(parse(emulator))).toBe(false);
  });

  it('finds the channel a thread belongs to', () => {
    expect(channelOf(recordedIds.channelThread)).toBe(recordedIds.channel);
    expect(channelOf(recordedIds.personalConversation)).toBe(recordedIds.personalConversation);
  });

  it('refuses an activity without the fields Acre relies on', () => {
    const { from: _from, ...anonymous } = personalMessage('http://x/', 'hi');
    expect(IncomingActivity.safeParse(anonymous).success).toBe(false);
  });
});

describe('the boundary around botbuilder', () => {
  it('keeps every botbuilder import inside src/channels/teams, so its successor SDK is a change of that folder only', () => {
    const src = join(import.meta.dirname, '..', '..', 'src');
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
    const outside = files(src)
      .filter((f) => f.endsWith('.ts') && !relative(src, f).startsWith(join('channels', 'teams')))
      .filter((f) => /from ['"]botbuilder|import\(['"]botbuilder|require\(['"]botbuilder|from ['"]botframework-/.test(readFileSync(f, 'utf8')));
    expect(outside).toEqual([]);
  });
});
