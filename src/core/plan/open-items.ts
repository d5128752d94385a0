import type { KeyValueStore } from '../ports.js';

/** Something the plan does not know yet, and who finds it out by when. */
export interface OpenItem {
  accountId: string;
  questionId: string;
  raisedBy: string;
  raisedAt: string;
  /** E-mail of the person who finds out. */
  owner?: string;
  /** YYYY-MM-DD. */
  due?: string;
  assignedBy?: string;
  /** Set when the question gets a real answer. */
  closedAt?: string;
}

/**
 * All open items of all plans under one key: there are few of them, and a reminder
 * job must be able to list them without knowing which accounts have plans.
 */
const OPEN_ITEMS = 'plan:open-items';
const itemKey = (accountId: string, questionId: string) => `${accountId} ${questionId}`;
type OpenItems = Record<string, OpenItem>;

/** Puts a question on the open-items list (again, if it was closed), keeping its owner and due date. */
export async function raiseOpenItem(state: KeyValueStore, accountId: string, questionId: string, by: string, at: string): Promise<void> {
  await state.update<OpenItems>(OPEN_ITEMS, (items = {}) => {
    const existing = items[itemKey(accountId, questionId)];
    const { closedAt: _closed, ...open } = existing ?? { accountId, questionId, raisedBy: by, raisedAt: at };
    return { ...items, [itemKey(accountId, questionId)]: open };
  });
}

export async function assignOpenItem(
  state: KeyValueStore, accountId: string, questionId: string, assignment: { owner: string; due: string; by: string },
): Promise<OpenItem | undefined> {
  let assigned: OpenItem | undefined;
  await state.update<OpenItems>(OPEN_ITEMS, (items = {}) => {
    const existing = items[itemKey(accountId, questionId)];
    if (!existing) return items;
    assigned = { ...existing, owner: assignment.owner, due: assignment.due, assignedBy: assignment.by };
    return { ...items, [itemKey(accountId, questionId)]: assigned };
  });
  return assigned;
}

/** Closes the item of a question that has just been answered; nothing happens when there is none. */
export async function closeOpenItem(state: KeyValueStore, accountId: string, questionId: string, at: string): Promise<void> {
  const items = await state.get<OpenItems>(OPEN_ITEMS);
  const existing = items?.[itemKey(accountId, questionId)];
  if (!existing || existing.closedAt) return;
  await state.update<OpenItems>(OPEN_ITEMS, (current = {}) => {
    const item = current[itemKey(accountId, questionId)];
    return item ? { ...current, [itemKey(accountId, questionId)]: { ...item, closedAt: at } } : current;
  });
}

/** The items of one account's plan that are still open, in the order they were raised. */
export async function openItemsOf(state: KeyValueStore, accountId: string): Promise<OpenItem[]> {
  const items = Object.values((await state.get<OpenItems>(OPEN_ITEMS)) ?? {});
  return items.filter((i) => i.accountId === accountId && !i.closedAt).sort((a, b) => a.raisedAt.localeCompare(b.raisedAt));
}

/**
 * Open items with an owner that are due on or before a date (YYYY-MM-DD), soonest first:
 * what a reminder job sends each owner.
 */
export async function openItemsDue(state: KeyValueStore, date: string): Promise<OpenItem[]> {
  const items = Object.values((await state.get<OpenItems>(OPEN_ITEMS)) ?? {});
  return items
    .filter((i) => !i.closedAt && i.owner && i.due && i.due <= date)
    .sort((a, b) => a.due!.localeCompare(b.due!) || a.accountId.localeCompare(b.accountId));
}
