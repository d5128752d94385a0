import { afterAll, describe, expect, it } from 'vitest';
import { emptyPortfolioData, type PortfolioData } from '../../src/core/model.js';
import { KeyValuePortfolioRepository } from '../../src/store/portfolio-repository.js';
import { backends } from './backends.js';

const provenance = { file: 'accounts.csv', importedAt: '2026-11-25T10:00:00.000Z' };

function portfolioWith(accounts: number, transactions: number): PortfolioData {
  const data = emptyPortfolioData();
  data.users.push({ email: 'kate@northco.example', role: 'kam', custom: {}, source: provenance });
  for (let i = 0; i < accounts; i++) {
    data.accounts.push({ id: `a${i}`, name: `Account ${i}`, ownerEmail: 'kate@northco.example', teamEmails: [], currency: 'EUR', custom: {}, source: provenance });
  }
  for (let i = 0; i < transactions; i++) {
    data.transactions.push({ id: `t${i}`, accountId: `a${i % accounts}`, date: '2026-01-01', amount: i, custom: {}, source: provenance });
  }
  return data;
}

for (const backend of backends()) {
  if (backend.skipped) process.stderr.write(`store tests on ${backend.name} skipped: ${backend.skipped}\n`);
  describe.skipIf(Boolean(backend.skipped))(`the store on ${backend.name}${backend.skipped ? ` — skipped: ${backend.skipped}` : ''}`, () => {
    afterAll(() => backend.cleanup());

    it('keeps values, with and without expiry, and deletes them', async () => {
      const store = await backend.open();
      try {
        await store.set('plan:blue', { answered: 3, who: 'kate' });
        expect(await store.get('plan:blue')).toEqual({ answered: 3, who: 'kate' });
        await store.set('memory:x', { accountId: 'blue' }, 50);
        await new Promise((r) => setTimeout(r, 120));
        expect(await store.get('memory:x')).toBeUndefined();
        expect(await store.delete('plan:blue')).toBe(true);
        expect(await store.get('plan:blue')).toBeUndefined();
      } finally {
        await store.close();
      }
    });

    it('lets exactly one of many concurrent claimants win, across two connections', async () => {
      const a = await backend.open('claims_shared');
      const b = await backend.open('claims_shared');
      try {
        const key = `digest:maria:${Date.now()}:${Math.random()}`;
        const results = await Promise.all([...Array(10)].map((_, i) => (i % 2 ? a : b).claim(key, 60_000)));
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await a.claim(key, 60_000)).toBe(false);
      } finally {
        await a.close();
        await b.close();
      }
    });

    it('lets a claim be taken again once it has expired', async () => {
      const store = await backend.open();
      try {
        const key = `lock:${Math.random()}`;
        expect(await store.claim(key, 40)).toBe(true);
        expect(await store.claim(key, 40)).toBe(false);
        await new Promise((r) => setTimeout(r, 80));
        expect(await store.claim(key, 40)).toBe(true);
      } finally {
        await store.close();
      }
    });

    it('loses no update when two writers change one value at the same time', async () => {
      const a = await backend.open('updates_shared');
      const b = await backend.open('updates_shared');
      try {
        const key = `plan:counter:${Math.random()}`;
        await Promise.all([...Array(20)].map((_, i) => (i % 2 ? a : b).update<number>(key, (n) => (n ?? 0) + 1)));
        expect(await a.get(key)).toBe(20);
      } finally {
        await a.close();
        await b.close();
      }
    });

    it('stores a whole portfolio, replaces it as a whole, and reads back what was written', async () => {
      const store = await backend.open();
      try {
        const repo = new KeyValuePortfolioRepository(store);
        expect((await repo.load()).version).toBe(0);
        await repo.replace(portfolioWith(3, 45_000));
        const second = portfolioWith(2, 10);
        await repo.replace(second);
        const loaded = await repo.load();
        expect(loaded.version).toBe(2);
        expect(loaded.accounts.size).toBe(2);
        expect(loaded.data.transactions).toHaveLength(10);
        expect(loaded.transactionsOf('a1').map((t) => t.id)).toEqual(['t1', 't3', 't5', 't7', 't9']);
        // The first version's chunks are gone: only the pointer and version 2 remain.
        expect(await store.get('portfolio:v1:transactions:2')).toBeUndefined();
      } finally {
        await store.close();
      }
    });
  });
}
