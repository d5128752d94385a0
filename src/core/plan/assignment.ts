import type { Account, User } from '../model.js';
import type { Portfolio } from '../portfolio.js';
import { normalize } from '../text.js';
import { readDate } from './answers/date.js';

/** Who finds an open item out and by when, as typed: "owner anna, due 2026-12-15", "właściciel ja, termin koniec stycznia". */
export type Assignment =
  | { ok: true; owner: User; due: string }
  | { ok: false; problem: 'format' | 'no_owner' | 'no_due' | 'past_due' }
  | { ok: false; problem: 'unknown_owner'; name: string }
  | { ok: false; problem: 'ambiguous_owner'; name: string; candidates: User[] };

const ownerWords = /^(?:owner|assign(?:ed)? to|assignee|who|wlasciciel|wlascicielka|osoba|odpowiada|przypisz do|kto)\s*:?\s+/;
const dueWords = /^(?:due|by|deadline|until|before|termin|do|na|najpozniej)\s*:?\s+/;
const me = new Set(['me', 'myself', 'i', 'ja', 'mnie', 'moje']);

/** The Acre user a typed name means: an e-mail, its first part, a full or first name, or "me"; people on the account first. */
export function findPerson(
  typed: string, portfolio: Portfolio, account: Account, self: User,
): { kind: 'found'; user: User } | { kind: 'none' } | { kind: 'ambiguous'; users: User[] } {
  const said = normalize(typed);
  if (me.has(said)) return { kind: 'found', user: self };
  const users = [...portfolio.users.values()];
  const byEmail = users.find((u) => u.email.toLowerCase() === typed.trim().toLowerCase());
  if (byEmail) return { kind: 'found', user: byEmail };
  const matches = users.filter((u) => {
    const name = normalize(u.name ?? '');
    const local = normalize(u.email.split('@')[0]);
    return name === said || local === said || name.split(' ')[0] === said || local.split(' ')[0] === said || (said.length >= 3 && name.startsWith(said));
  });
  if (matches.length === 1) return { kind: 'found', user: matches[0] };
  if (!matches.length) return { kind: 'none' };
  const team = new Set([account.ownerEmail, ...account.teamEmails].map((e) => e.toLowerCase()));
  const onTeam = matches.filter((u) => team.has(u.email.toLowerCase()));
  return onTeam.length === 1 ? { kind: 'found', user: onTeam[0] } : { kind: 'ambiguous', users: matches };
}

/** Reads an owner and a due date, labelled ("owner anna, due 15 Dec") or just in that order ("anna, 15 grudnia"). */
export function readAssignment(text: string, context: { portfolio: Portfolio; account: Account; self: User; today: string }): Assignment {
  const parts = text.split(/\s*[,;]\s*|\s+(?=(?:due|by|deadline|termin|do)\s)/i).map((p) => p.trim()).filter(Boolean);
  if (!parts.length) return { ok: false, problem: 'format' };
  let ownerText: string | undefined;
  let dueText: string | undefined;
  for (const part of parts) {
    const said = normalize(part);
    if (ownerWords.test(said)) ownerText = said.replace(ownerWords, '');
    else if (dueWords.test(said)) dueText = part.replace(/^\S+\s*:?\s+/, '');
    else if (ownerText === undefined) ownerText = part;
    else if (dueText === undefined) dueText = part;
    else return { ok: false, problem: 'format' };
  }
  if (!ownerText) return { ok: false, problem: 'no_owner' };
  const found = findPerson(ownerText, context.portfolio, context.account, context.self);
  if (found.kind === 'none') return { ok: false, problem: 'unknown_owner', name: ownerText };
  if (found.kind === 'ambiguous') return { ok: false, problem: 'ambiguous_owner', name: ownerText, candidates: found.users };
  if (!dueText) return { ok: false, problem: 'no_due' };
  const due = readDate(dueText, context.today);
  if (!due) return { ok: false, problem: 'no_due' };
  if (due < context.today) return { ok: false, problem: 'past_due' };
  return { ok: true, owner: found.user, due };
}
