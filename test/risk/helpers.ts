import { seededRandom } from '../../scripts/seeded-random.js';
import type { Account, PortfolioData, Transaction, User } from '../../src/core/model.js';
import type { KeyValueStore, Messenger, Recipient } from '../../src/core/ports.js';
import { plainText, type Reply } from '../../src/core/reply.js';
import { demoPortfolio } from '../../src/store/demo.js';
import { TEST_NOW } from '../helpers/app.js';

export interface Delivery {
  to: Recipient;
  replies: Reply[];
  text: string;
}

/** A messenger that records what it was asked to send; it refuses the first `failures` sends. */
export function recordingMessenger(failures = 0): Messenger & { sent: Delivery[]; attempts: number } {
  const messenger = {
    channel: 'slack',
    sent: [] as Delivery[],
    attempts: 0,
    async send(to: Recipient, replies: Reply[]) {
      messenger.attempts++;
      if (messenger.attempts <= failures) return { delivered: false, detail: 'Slack answered 503' };
      messenger.sent.push({ to, replies, text: replies.map((r) => plainText(r)).join('\n') });
      return { delivered: true };
    },
  };
  return messenger;
}

export const MARIA = 'maria.nowak@acre.example';
export const ANNA = 'anna.kowalska@acre.example';
export const BEN = 'ben.carter@acre.example';
export const CHLOE = 'chloe.martin@acre.example';
export const NINA = 'nina.ross@acre.example';

/**
 * The demo portfolio with a second manager: Nina Ross in New York, who manages Chloe.
 * Maria (Warsaw) keeps Anna and Ben. Two managers in two zones, two teams to keep apart.
 */
export function demoWithTwoManagers(): PortfolioData {
  const data = demoPortfolio(TEST_NOW);
  const source = data.users[0].source;
  const nina: User = { email: NINA, role: 'manager', name: 'Nina Ross', timezone: 'America/New_York', locale: 'en', custom: {}, source };
  return { ...data, users: [...data.users.map((u) => (u.email === CHLOE ? { ...u, managerEmail: NINA } : u)), nina] };
}

/** `n` accounts owned by one KAM whose manager gets the digest; about a third stopped buying months ago. */
export function syntheticPortfolio(n: number): PortfolioData {
  const rnd = seededRandom(7); // the same synthetic portfolio every run
  const source = { file: 'synthetic.csv', importedAt: TEST_NOW.toISOString() };
  const users: User[] = [
    { email: 'boss@synthetic.example', role: 'manager', name: 'Boss', timezone: 'UTC', locale: 'en', custom: {}, source },
    { email: 'kam@synthetic.example', role: 'kam', name: 'Kam', managerEmail: 'boss@synthetic.example', timezone: 'UTC', locale: 'en', custom: {}, source },
  ];
  const accounts: Account[] = [];
  const transactions: Transaction[] = [];
  const day = (d: number) => new Date(TEST_NOW.getTime() - d * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < n; i++) {
    const id = `acc-${String(i).padStart(5, '0')}`;
    const stoppedDaysAgo = rnd() < 0.35 ? 60 + Math.floor(rnd() * 300) : 0;
    accounts.push({
      id, name: `Synthetic Account With A Long Name Number ${i}`, ownerEmail: 'kam@synthetic.example', teamEmails: [], currency: 'EUR',
      arr: Math.round(10_000 + rnd() * 2_000_000), renewalDate: day(-Math.floor(rnd() * 200)), nps: Math.round(rnd() * 200 - 100), custom: {}, source,
    });
    for (let d = 720; d > stoppedDaysAgo; d -= 20 + Math.floor(rnd() * 20)) {
      transactions.push({ id: `${id}-${d}`, accountId: id, date: day(d), amount: Math.round(1000 + rnd() * 5000), custom: {}, source });
    }
  }
  return { users, accounts, contacts: [], transactions, activities: [] };
}

/** A store in memory, for reading digests without the app around them. */
export function memoryStore(): KeyValueStore {
  const map = new Map<string, unknown>();
  return {
    get: async <T>(key: string) => map.get(key) as T | undefined,
    set: async (key, value) => void map.set(key, value),
    delete: async (key) => map.delete(key),
    claim: async (key) => (map.has(key) ? false : (map.set(key, true), true)),
    release: async (key) => void map.delete(key),
    update: async <T>(key: string, change: (current: T | undefined) => T | Promise<T>) => {
      const next = await change(map.get(key) as T | undefined);
      map.set(key, next);
      return next;
    },
  };
}
