import { describe, expect, it } from 'vitest';
import { AccountNameIndex } from '../../src/core/accounts/name-index.js';
import type { Account } from '../../src/core/model.js';
import { isEveryday } from '../../src/core/qa/nlu/common-words.js';
import { Lexicon } from '../../src/core/qa/nlu/lexicon.js';
import { daysIn, findNumbers } from '../../src/core/qa/nlu/numbers.js';
import { findPeriod, type TimeDirection } from '../../src/core/qa/nlu/periods.js';
import { stemOf, tokenize } from '../../src/core/qa/nlu/tokens.js';

const today = '2026-11-25';
const source = { file: 'accounts.csv', importedAt: '2026-11-25T00:00:00Z' };
const account = (id: string, name: string): Account => ({ id, name, ownerEmail: 'kam@acre.example', teamEmails: [], currency: 'EUR', custom: {}, source });
const period = (text: string, direction: TimeDirection = 'past') => {
  const found = findPeriod(tokenize(text), today, direction)?.period;
  return found ? `${found.from}..${found.until}` : undefined;
};

describe('the tokeniser', () => {
  it('drops the possessive and diacritics, and stems Polish cases to one form', () => {
    expect(tokenize("Globex's ARR").map((t) => t.word)).toEqual(['globex', 'arr']);
    expect(['Wisła', 'Wisły', 'Wiśle', 'Wisłę'].map((w) => stemOf(tokenize(w)[0].word))).toEqual(['wisl', 'wisl', 'wisl', 'wisl']);
    expect(stemOf('lodzkiej')).toBe(stemOf('lodzka'));
    expect(stemOf('globeksu')).toBe('globex');
  });
});

describe('a lexicon of phrases', () => {
  const lexicon = new Lexicon({ renewal: ['renew*', 'odnow*'], contacts: ['contact*'], contract: ['contract*'], lastOrder: ['last order'] });
  const keys = (text: string) => [...lexicon.match(tokenize(text)).keys].sort();

  it('matches prefixes, Polish inflections and typos', () => {
    expect(keys('when does Globex renew?')).toEqual(['renewal']);
    expect(keys('kiedy odnowienie?')).toEqual(['renewal']);
    expect(keys('contoso renwal')).toEqual(['renewal']);
  });

  it('lets a phrase skip a word or two, and prefers what a word means as typed over a typo', () => {
    expect(keys('their last big order')).toEqual(['lastOrder']);
    expect(keys('key contacts')).toEqual(['contacts']);
  });

  it('knows everyday words, which never name an account on their own', () => {
    expect(isEveryday('which')).toBe(true);
    expect(isEveryday('klientow')).toBe(true);
    expect(isEveryday('globex')).toBe(false);
  });
});

describe('periods in English and Polish', () => {
  it('reads calendar periods looking back', () => {
    expect(period('how much this year')).toBe('2026-01-01..2026-12-31');
    expect(period('revenue last year')).toBe('2025-01-01..2025-12-31');
    expect(period('last month')).toBe('2026-10-01..2026-10-31');
    expect(period('in Q3')).toBe('2026-07-01..2026-09-30');
    expect(period('in the third quarter of 2025')).toBe('2025-07-01..2025-09-30');
    expect(period('in 2025')).toBe('2025-01-01..2025-12-31');
    expect(period('ytd')).toBe('2026-01-01..2026-11-25');
  });

  it('reads rolling periods: the last 90 days include today, the next 90 end 90 days from now', () => {
    expect(period('in the last 12 months')).toBe('2025-11-26..2026-11-25');
    expect(period('in the last 90 days')).toBe('2026-08-28..2026-11-25');
    expect(period('in the next 90 days', 'future')).toBe('2026-11-25..2027-02-23');
    expect(period('over the past year')).toBe('2025-11-26..2026-11-25');
  });

  it('reads months with chrono, the right year for the direction of the question', () => {
    expect(period('in October')).toBe('2026-10-01..2026-10-31');
    expect(period('in December')).toBe('2025-12-01..2025-12-31');
    expect(period('in December', 'future')).toBe('2026-12-01..2026-12-31');
    expect(period('since March')).toBe('2026-03-01..2026-11-25');
    expect(period('before March', 'future')).toBe('2026-11-25..2027-02-28');
    expect(period('between January and March 2025')).toBe('2025-01-01..2025-03-31');
  });

  it('reads Polish by mapping its period words onto the English ones', () => {
    expect(period('ile w tym roku')).toBe('2026-01-01..2026-12-31');
    expect(period('w zeszłym roku')).toBe('2025-01-01..2025-12-31');
    expect(period('w październiku')).toBe('2026-10-01..2026-10-31');
    expect(period('w ostatnich 12 miesiącach')).toBe('2025-11-26..2026-11-25');
    expect(period('od marca')).toBe('2026-03-01..2026-11-25');
    expect(period('w III kwartale')).toBe('2026-07-01..2026-09-30');
    expect(period('w ciągu 60 dni', 'future')).toBe('2026-11-25..2027-01-24');
    expect(period('od początku roku')).toBe('2026-01-01..2026-11-25');
  });

  it('forgives a typo in a period word, and finds no period where there is none', () => {
    expect(period('this yeer')).toBe('2026-01-01..2026-12-31');
    expect(period('and the next one?', 'future')).toBeUndefined();
    expect(period('list my accounts')).toBeUndefined();
  });
});

describe('numbers', () => {
  it('finds numbers in digits and words with their unit, and turns them into days', () => {
    expect(findNumbers(tokenize('in 90 days'))).toEqual([{ value: 90, unit: 'day', tokens: [1, 2] }]);
    expect(findNumbers(tokenize('od trzech miesięcy'))).toEqual([{ value: 3, unit: 'month', tokens: [1, 2] }]);
    expect(daysIn(2, 'week', today)).toBe(14);
    expect(daysIn(3, 'month', today)).toBe(92);
  });
});

describe('the account name index', () => {
  const index = new AccountNameIndex([
    account('nt', 'Northwind Traders'),
    account('nl', 'Northwind Logistics'),
    account('wf', 'Wisła Foods Sp. z o.o.'),
    account('le', 'Łódzka Energetyka S.A.'),
    account('gx', 'Globex Corporation'),
    account('nx', 'Next'),
  ]);
  const mentions = (text: string) => index.mentions(tokenize(text), isEveryday).map((m) => `${m.text}=${m.candidates.map((c) => c.account.id).join('|')}`);

  it('finds names with typos and Polish cases, several in one question', () => {
    expect(mentions('tell me abut globx')).toEqual(['globx=gx']);
    expect(mentions('porównaj Wisłę i Łódzką Energetykę')).toEqual(['Wisłę=wf', 'Łódzką Energetykę=le']);
  });

  it('keeps a name that fits two accounts unclear, and the longer name when one is spelled out', () => {
    expect(mentions('when does northwind renew?')).toEqual(['northwind=nl|nt']);
    expect(mentions('northwind traders renewal')).toEqual(['northwind traders=nt']);
  });

  it('does not take an everyday word for an account name', () => {
    expect(mentions('renewals in the next 90 days')).toEqual([]);
  });

  it('suggests the nearest names by shared letters', () => {
    expect(index.closest('nortwind').map((a) => a.id).sort()).toEqual(['nl', 'nt']);
  });
});
