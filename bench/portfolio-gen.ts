/**
 * A synthetic portfolio for benchmarks: any number of accounts with realistic
 * names, contacts, two years of orders and activity, owned by KAMs of about 50
 * accounts each under managers, plus one admin. Deterministic for a given seed.
 */
import { addDays } from '../src/core/dates.js';
import type { Account, Activity, ActivityType, Contact, ContactRole, PortfolioData, Transaction, User } from '../src/core/model.js';
import { seededRandom } from '../scripts/seeded-random.js';

export interface PortfolioShape {
  accounts: number;
  accountsPerKam?: number;
  kamsPerManager?: number;
  /** Today: orders and activity lead up to it, renewals follow it. */
  today?: string;
  seed?: number;
}

export const BENCH_ADMIN = 'admin@bench.example';
export const kamEmail = (i: number) => `kam${String(i).padStart(4, '0')}@bench.example`;

const syllables = ['al', 'ar', 'bel', 'bor', 'cal', 'cor', 'dan', 'del', 'em', 'fal', 'fen', 'gal', 'gor', 'hal', 'ix', 'jor', 'kal', 'kor', 'lan', 'lor', 'mar', 'mer', 'nor', 'nov', 'or', 'pal', 'per', 'quin', 'ral', 'ren', 'sal', 'sen', 'tal', 'tor', 'ul', 'val', 'ver', 'wen', 'xan', 'yor', 'zan', 'zen'];
const endings = ['a', 'ia', 'ex', 'on', 'is', 'ar', 'um', 'o', 'ix', 'en', 'ora', 'eth'];
const kinds = ['Logistics', 'Foods', 'Energy', 'Pharma', 'Industries', 'Retail', 'Systems', 'Healthcare', 'Manufacturing', 'Textiles', 'Chemicals', 'Motors', 'Software', 'Mining', 'Shipping'];
const legal = ['Ltd', 'Inc.', 'GmbH', 'S.A.', 'Sp. z o.o.', 'B.V.', '', '', ''];
const firstNames = ['Anna', 'Piotr', 'Maria', 'John', 'Emma', 'Lukas', 'Sofia', 'Marek', 'Olivia', 'Jan', 'Chloe', 'David', 'Ewa', 'Tom', 'Laura', 'Pavel', 'Ines', 'Karl', 'Nina', 'Omar'];
const lastNames = ['Nowak', 'Smith', 'Müller', 'Kowalski', 'Garcia', 'Novák', 'Rossi', 'Dubois', 'Jansen', 'Wiśniewska', 'Brown', 'Schmidt', 'Lewandowski', 'Martin', 'Bakker', 'Moreau', 'Weber', 'Kim', 'Silva', 'Horvat'];
const roles: ContactRole[] = ['decision_maker', 'champion', 'sponsor', 'influencer', 'user', 'blocker'];
const currencies = ['EUR', 'USD', 'GBP', 'PLN', 'CHF'];
const activityTypes: ActivityType[] = ['meeting', 'call', 'email', 'call', 'email', 'qbr', 'note', 'ticket', 'complaint', 'escalation'];


export function generatePortfolio(shape: PortfolioShape): PortfolioData {
  const rnd = seededRandom(shape.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const today = shape.today ?? '2026-11-25';
  const importedAt = `${today}T06:00:00.000Z`;
  const perKam = shape.accountsPerKam ?? 50;
  const kams = Math.max(1, Math.ceil(shape.accounts / perKam));
  const perManager = shape.kamsPerManager ?? 20;
  const managers = Math.max(1, Math.ceil(kams / perManager));
  const noCustom = {};
  const src = (file: string) => ({ file: `bench/${file}`, importedAt });
  const [usersSrc, accountsSrc, contactsSrc, txSrc, actSrc] = ['users.csv', 'accounts.csv', 'contacts.csv', 'transactions.csv', 'activities.csv'].map(src);

  const users: User[] = [{ email: BENCH_ADMIN, role: 'admin', name: 'Bench Admin', custom: noCustom, source: usersSrc }];
  for (let m = 0; m < managers; m++) users.push({ email: `manager${m}@bench.example`, role: 'manager', name: `Manager ${m}`, custom: noCustom, source: usersSrc });
  for (let k = 0; k < kams; k++) {
    users.push({ email: kamEmail(k), role: 'kam', name: `${pick(firstNames)} ${pick(lastNames)}`, managerEmail: `manager${Math.floor(k / perManager)}@bench.example`, locale: k % 3 === 0 ? 'pl' : 'en', custom: noCustom, source: usersSrc });
  }

  const names = new Set<string>();
  const accounts: Account[] = [];
  const contacts: Contact[] = [];
  const transactions: Transaction[] = [];
  const activities: Activity[] = [];
  for (let i = 0; i < shape.accounts; i++) {
    let name = '';
    while (!name || names.has(name)) {
      const word = (pick(syllables) + (rnd() < 0.6 ? pick(syllables) : '') + pick(endings)).replace(/^./, (c) => c.toUpperCase());
      name = [word, pick(kinds), pick(legal)].filter(Boolean).join(' ');
    }
    names.add(name);
    const id = `acc-${i}`;
    const owner = kamEmail(i % kams);
    const arr = Math.round(50_000 + rnd() * 3_000_000);
    accounts.push({
      id, name, ownerEmail: owner, teamEmails: rnd() < 0.2 ? [kamEmail((i + 7) % kams)] : [], tier: pick(['strategic', 'normal', 'normal', 'prospect'] as const),
      arr, currency: pick(currencies), renewalDate: addDays(today, Math.floor(rnd() * 730) - 30), contractStart: addDays(today, -Math.floor(365 + rnd() * 1500)),
      qbrCadenceMonths: 3, lastQbrDate: addDays(today, -Math.floor(rnd() * 150)), ...(rnd() < 0.6 ? { nextQbrDate: addDays(today, Math.floor(rnd() * 90)) } : {}),
      custom: noCustom, source: { ...accountsSrc, line: i + 2 },
    });
    for (let c = 0; c < 4; c++) {
      contacts.push({
        id: `${id}-c${c}`, accountId: id, name: `${pick(firstNames)} ${pick(lastNames)}`, title: 'Manager', role: roles[(c + i) % roles.length], influence: 1 + Math.floor(rnd() * 5),
        lastContactDate: addDays(today, -Math.floor(rnd() * 200)), leftCompany: rnd() < 0.05, custom: noCustom, source: { ...contactsSrc, line: contacts.length + 2 },
      });
    }
    // Weekly, fortnightly or monthly buyers over two years; a few stopped buying months ago.
    const gap = pick([7, 14, 14, 30, 30, 30]);
    const stopped = rnd() < 0.05 ? Math.floor(60 + rnd() * 200) : 0;
    for (let day = 730; day > stopped; day -= gap) {
      transactions.push({ id: `${id}-t${day}`, accountId: id, date: addDays(today, -day), amount: Math.round((arr / (365 / gap)) * (0.7 + rnd() * 0.6)), custom: noCustom, source: txSrc });
    }
    for (let a = 0; a < 6; a++) {
      activities.push({ id: `${id}-a${a}`, accountId: id, date: addDays(today, -Math.floor(rnd() * 365)), type: pick(activityTypes), summary: 'Synthetic activity', custom: noCustom, source: actSrc });
    }
  }
  return { users, accounts, contacts, transactions, activities };
}
