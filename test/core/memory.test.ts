import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Acre } from '../../src/core/acre.js';
import { ConversationMemory } from '../../src/core/memory.js';
import { FixedClock, silentLogger, type KeyValueStore, type Logger } from '../../src/core/ports.js';
import { features } from '../../src/features.js';
import { loadConfig } from '../../src/config.js';
import { loadQuestionSets } from '../../src/core/plan/questions.js';
import { demoPortfolio } from '../../src/store/demo.js';
import { openStore } from '../../src/store/keyv-store.js';
import { KeyValuePortfolioRepository } from '../../src/store/portfolio-repository.js';
import { TEST_NOW, testApp } from '../helpers/app.js';
import { backends } from '../store/backends.js';

const TTL = 2 * 60 * 60 * 1000;
const BEN = 'ben.carter@acre.example';

/** A logger that keeps what it was told, to see the warning a failed write leaves. */
function recordingLogger(): Logger & { lines: { level: string; obj: object }[] } {
  const lines: { level: string; obj: object }[] = [];
  const logger = {
    lines,
    debug: (obj: object) => void lines.push({ level: 'debug', obj }),
    info: (obj: object) => void lines.push({ level: 'info', obj }),
    warn: (obj: object) => void lines.push({ level: 'warn', obj }),
    error: (obj: object) => void lines.push({ level: 'error', obj }),
    child: () => logger,
  };
  return logger;
}

for (const backend of backends()) {
  describe.skipIf(Boolean(backend.skipped))(`conversation memory on ${backend.name}${backend.skipped ? ` — skipped: ${backend.skipped}` : ''}`, () => {
    afterAll(() => backend.cleanup());

    for (const keepCopies of [true, false]) {
      it(`${keepCopies ? 'keeping copies' : 'reading the store each turn'}: the next turn sees a write at once, and the store gets the last one`, async () => {
        const store = await backend.open();
        try {
          const memory = new ConversationMemory(store, new FixedClock(TEST_NOW), silentLogger, { ttlMs: TTL, keepCopies });
          memory.write('memory:console:c1:ben', { accountId: 'acc-acme' });
          memory.write('memory:console:c1:ben', { accountId: 'acc-globex' });
          memory.write('memory:console:c1:ben', { accountId: 'acc-globex', lastIntent: 'renewal.date' });
          // Asked again before any write has landed: the newest is what the conversation is about.
          expect(await memory.read('memory:console:c1:ben')).toEqual({ accountId: 'acc-globex', lastIntent: 'renewal.date' });
          await memory.settle();
          expect(await store.get('memory:console:c1:ben')).toEqual({ accountId: 'acc-globex', lastIntent: 'renewal.date' });
          // Another process (or a restart) reads it from the store.
          const elsewhere = new ConversationMemory(store, new FixedClock(TEST_NOW), silentLogger, { ttlMs: TTL, keepCopies });
          expect(await elsewhere.read('memory:console:c1:ben')).toEqual({ accountId: 'acc-globex', lastIntent: 'renewal.date' });
          expect(await elsewhere.read('memory:console:other:ben')).toEqual({});
        } finally {
          await store.close();
        }
      });
    }

    it('hands each turn its own copy: what one turn changes without remembering is not seen by the next', async () => {
      const store = await backend.open();
      try {
        const memory = new ConversationMemory(store, new FixedClock(TEST_NOW), silentLogger, { ttlMs: TTL, keepCopies: true });
        memory.write('memory:console:c2:ben', { accountId: 'acc-acme' });
        const first = await memory.read('memory:console:c2:ben');
        first.accountId = 'acc-initech';
        expect(await memory.read('memory:console:c2:ben')).toEqual({ accountId: 'acc-acme' });
        await memory.settle();
      } finally {
        await store.close();
      }
    });
  });
}

describe('conversation memory: expiry and failures', () => {
  const dirs: string[] = [];
  const sqlite = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'acre-memory-'));
    dirs.push(dir);
    return openStore({ dataDir: dir });
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('forgets a conversation after two hours without a turn, as the store does', async () => {
    const store = await sqlite();
    try {
      const clock = new FixedClock(TEST_NOW);
      const memory = new ConversationMemory(store, clock, silentLogger, { ttlMs: TTL, keepCopies: true });
      memory.write('memory:console:c3:ben', { accountId: 'acc-acme' });
      await memory.settle();
      clock.advance(TTL - 1000);
      expect(await memory.read('memory:console:c3:ben')).toEqual({ accountId: 'acc-acme' });
      clock.advance(2000);
      // The copy has expired; what the store says counts (it expires by its own clock, so it still has it here).
      await store.delete('memory:console:c3:ben');
      expect(await memory.read('memory:console:c3:ben')).toEqual({});
    } finally {
      await store.close();
    }
  });

  it('turns faster than the store do not queue up writes: only the newest memory waits for the one on its way', async () => {
    const store = await sqlite();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const written: unknown[] = [];
    const slow: KeyValueStore = Object.create(store, {
      set: { value: async (key: string, value: unknown, ttl?: number) => {
        written.push(value);
        await gate;
        return store.set(key, value, ttl);
      } },
    });
    try {
      const memory = new ConversationMemory(slow, new FixedClock(TEST_NOW), silentLogger, { ttlMs: TTL, keepCopies: false });
      for (let turn = 1; turn <= 50; turn++) memory.write('memory:console:c6:ben', { lastQuestion: `question ${turn}` });
      expect(await Promise.race([memory.read('memory:console:c6:ben').then(() => 'read'), new Promise((r) => setTimeout(() => r('waiting'), 50))])).toBe('waiting');
      release();
      await memory.settle();
      expect(written).toEqual([{ lastQuestion: 'question 1' }, { lastQuestion: 'question 50' }]);
      expect(await memory.read('memory:console:c6:ben')).toEqual({ lastQuestion: 'question 50' });
    } finally {
      release();
      await store.close();
    }
  });

  it('a write the store refuses is logged, and the conversation goes on from the copy in this process', async () => {
    const store = await sqlite();
    const logger = recordingLogger();
    const memory = new ConversationMemory(store, new FixedClock(TEST_NOW), logger, { ttlMs: TTL, keepCopies: true });
    await store.close(); // the database is gone from under it
    memory.write('memory:console:c4:ben', { accountId: 'acc-globex' });
    await memory.settle();
    expect(logger.lines.filter((l) => l.level === 'warn').map((l) => (l.obj as { event?: string }).event)).toEqual(['memory_not_saved']);
    expect(await memory.read('memory:console:c4:ben')).toEqual({ accountId: 'acc-globex' });
  });

  it("answers without waiting for the store to write the turn's memory, and the follow-up still knows the account", async () => {
    const store = await sqlite();
    // The real store, with its writes held back until the test lets them through: a slow disk.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const held: string[] = [];
    const slow: KeyValueStore = Object.create(store, {
      set: { value: async (key: string, value: unknown, ttl?: number) => {
        held.push(key);
        await gate;
        return store.set(key, value, ttl);
      } },
    });
    const clock = new FixedClock(TEST_NOW);
    const portfolio = new KeyValuePortfolioRepository(store, () => clock.now());
    const config = loadConfig({ ACRE_DATA_DIR: '.', ACRE_DEMO: 'off' }, join(tmpdir(), 'no.env'));
    const acre: Acre = new Acre({
      portfolio,
      state: slow,
      clock,
      logger: silentLogger,
      features: features(() => acre, { questionSets: loadQuestionSets(join(import.meta.dirname, '..', '..', 'prompts')) }, config),
      keepMemoryInProcess: true,
    });
    try {
      await acre.replacePortfolio(demoPortfolio(clock.now()));
      const ask = async (text: string) =>
        (await acre.handle({ channel: 'console', identity: { email: BEN }, conversationId: 'c5', shared: false, text })).map((r) => JSON.stringify(r.blocks)).join('\n');
      expect(await ask('when does Globex renew?')).toContain('Globex');
      expect(held).toEqual([`memory:console:c5:${BEN}`]);
      expect(await ask('and its ARR?')).toContain('2,400,000');
      release();
      await acre.settle();
      expect(await store.get(`memory:console:c5:${BEN}`)).toMatchObject({ accountId: 'acc-globex' });
    } finally {
      release();
      await acre.settle();
      await store.close();
    }
  });

  it('what a conversation was about survives a restart: closing the app waits for the write', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'acre-memory-app-'));
    dirs.push(dataDir);
    const first = await testApp({ data: 'demo', dataDir });
    expect(await first.say(BEN, 'when does Globex renew?')).toContain('Globex');
    await first.close();
    const second = await testApp({ data: 'demo', dataDir });
    try {
      expect(await second.say(BEN, 'and its ARR?')).toContain('$2,400,000');
    } finally {
      await second.close();
    }
  });
});
