import { describe, expect, it } from 'vitest';
import type { Account, Activity } from '../../src/core/model.js';
import { qbrCalendarOf, withQbrCalendar } from '../../src/core/qbr/calendar.js';
import type { QbrChange } from '../../src/core/qbr/changes.js';

const IMPORTED = '2026-11-20T08:00:00.000Z';
const source = { file: 'accounts.csv', line: 2, importedAt: IMPORTED };

function account(fields: Partial<Account> = {}): Account {
  return { id: 'acc-globex', name: 'Globex', ownerEmail: 'ben@acre.example', teamEmails: [], currency: 'USD', custom: {}, source, ...fields };
}
const qbrActivity = (date: string): Activity => ({ id: `a-${date}`, accountId: 'acc-globex', date, type: 'qbr', custom: {}, source: { file: 'activities.csv', line: 9, importedAt: IMPORTED } });
const booked = (next: string, at = '2026-11-25T10:00:00.000Z', importNext?: string): QbrChange => ({
  booking: { next, by: 'ben@acre.example', at, ...(importNext ? { importNext } : {}) },
});

describe('the QBR calendar of an account', () => {
  it('reads last, next, cadence and due date from the import', () => {
    const c = qbrCalendarOf(account({ lastQbrDate: '2026-10-14', nextQbrDate: '2027-01-20', qbrCadenceMonths: 3 }), [], '2026-11-25');
    expect(c.last?.date).toBe('2026-10-14');
    expect(c.next?.date).toBe('2027-01-20');
    expect(c.due?.date).toBe('2027-01-14');
    expect(c.status).toBe('scheduled');
    expect(c.overdueDays).toBe(0);
    expect(c.next?.origin).toMatchObject({ kind: 'import', field: 'next_qbr_date' });
  });

  it('takes a later QBR activity over the imported last date, and counts from it', () => {
    const c = qbrCalendarOf(account({ lastQbrDate: '2026-05-20', qbrCadenceMonths: 3 }), [qbrActivity('2026-09-01')], '2026-11-25');
    expect(c.last?.date).toBe('2026-09-01');
    expect(c.last?.origin.kind).toBe('activity');
    expect(c.due?.date).toBe('2026-12-01');
    expect(c.status).toBe('unscheduled');
  });

  it('is overdue when the due date has passed with nothing held since, by the days since it was due', () => {
    const c = qbrCalendarOf(account({ lastQbrDate: '2026-05-20', qbrCadenceMonths: 3 }), [], '2026-11-25');
    expect(c.status).toBe('overdue');
    expect(c.due?.date).toBe('2026-08-20');
    expect(c.overdueDays).toBe(97);
  });

  it('is quarterly by default once a QBR is on record, and untracked with no cadence and no QBR', () => {
    expect(qbrCalendarOf(account({ lastQbrDate: '2026-10-01' }), [], '2026-11-25')).toMatchObject({ cadenceMonths: 3, cadenceOrigin: { kind: 'default' }, due: { date: '2027-01-01' } });
    expect(qbrCalendarOf(account(), [], '2026-11-25')).toMatchObject({ status: 'untracked', overdueDays: 0 });
  });

  it('dates a first QBR from the contract start', () => {
    const c = qbrCalendarOf(account({ qbrCadenceMonths: 6, contractStart: '2026-06-01', nextQbrDate: '2026-12-08' }), [], '2026-11-25');
    expect(c.last).toBeUndefined();
    expect(c.due?.date).toBe('2026-12-01');
    expect(c.next?.date).toBe('2026-12-08');
  });

  it('lets a date set in chat override the import', () => {
    const c = qbrCalendarOf(account({ nextQbrDate: '2027-01-20', qbrCadenceMonths: 3 }), [], '2026-11-25', booked('2026-12-10', '2026-11-25T10:00:00.000Z', '2027-01-20'));
    expect(c.next).toEqual({ date: '2026-12-10', origin: { kind: 'chat', by: 'ben@acre.example', at: '2026-11-25T10:00:00.000Z' } });
  });

  it('keeps the chat date against a newer import that says the same as before, and yields to one that says otherwise', () => {
    const change = booked('2026-12-10', '2026-11-25T10:00:00.000Z', '2027-01-20');
    const reimported = { ...source, importedAt: '2026-11-26T08:00:00.000Z' };
    const same = qbrCalendarOf(account({ nextQbrDate: '2027-01-20', source: reimported }), [], '2026-11-26', change);
    expect(same.next?.date).toBe('2026-12-10');
    const moved = qbrCalendarOf(account({ nextQbrDate: '2027-01-27', source: reimported }), [], '2026-11-26', change);
    expect(moved.next).toMatchObject({ date: '2027-01-27', origin: { kind: 'import' } });
  });

  it('drops the imported date after a cancellation, and says what was cancelled', () => {
    const change: QbrChange = { booking: { cancelled: '2027-01-20', importNext: '2027-01-20', by: 'ben@acre.example', at: '2026-11-25T10:00:00.000Z' } };
    const c = qbrCalendarOf(account({ lastQbrDate: '2026-10-14', nextQbrDate: '2027-01-20', qbrCadenceMonths: 3 }), [], '2026-11-25', change);
    expect(c.next).toBeUndefined();
    expect(c.status).toBe('unscheduled');
    expect(c.cancelled).toEqual({ date: '2027-01-20', by: 'ben@acre.example', at: '2026-11-25T10:00:00.000Z' });
  });

  it('counts a booked date that has passed as the last QBR, and keeps it when the next one is booked', () => {
    const passed = qbrCalendarOf(account({ qbrCadenceMonths: 3 }), [], '2026-12-11', booked('2026-12-10'));
    expect(passed.last).toMatchObject({ date: '2026-12-10', origin: { kind: 'chat' } });
    expect(passed.next).toBeUndefined();
    expect(passed.due?.date).toBe('2027-03-10');
    const change: QbrChange = { held: [{ date: '2026-12-10', by: 'ben@acre.example', at: '2026-11-25T10:00:00.000Z' }], ...booked('2027-03-05', '2026-12-11T10:00:00.000Z') };
    const later = qbrCalendarOf(account({ qbrCadenceMonths: 3 }), [], '2026-12-11', change);
    expect(later.last?.date).toBe('2026-12-10');
    expect(later.next?.date).toBe('2027-03-05');
  });

  it('uses a cadence set in chat, and hands health the calendar\'s last QBR and cadence', () => {
    const change: QbrChange = { cadence: { months: 2, importMonths: 3, by: 'ben@acre.example', at: '2026-11-25T10:00:00.000Z' } };
    const base = account({ lastQbrDate: '2026-10-14', qbrCadenceMonths: 3 });
    const c = qbrCalendarOf(base, [qbrActivity('2026-10-20')], '2026-11-25', change);
    expect(c.cadenceMonths).toBe(2);
    expect(c.due?.date).toBe('2026-12-20');
    expect(withQbrCalendar(base, c)).toMatchObject({ lastQbrDate: '2026-10-20', qbrCadenceMonths: 2 });
  });
});
