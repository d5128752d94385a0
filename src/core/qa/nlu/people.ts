import type { Account, Contact } from '../../model.js';
import type { Portfolio } from '../../portfolio.js';
import { TypoIndex } from './fuzzy.js';
import { tokenize, type Token } from './tokens.js';

/** Contacts a span of the question may name, best first. */
export interface PersonMention {
  start: number;
  end: number;
  text: string;
  candidates: Contact[];
}

interface Posting {
  contact: number;
  position: number;
}

/** The contacts of a set of accounts, indexed by the words of their names (typos and Polish cases forgiven). */
export class PeopleIndex {
  private readonly words = new TypoIndex<Posting>();
  private readonly stems = new TypoIndex<Posting>();
  private readonly contacts: Contact[] = [];
  private readonly sizes: number[] = [];

  constructor(portfolio: Portfolio, accounts: readonly Account[]) {
    for (const account of accounts) {
      for (const contact of portfolio.contactsOf(account.id)) {
        const i = this.contacts.length;
        this.contacts.push(contact);
        const words = tokenize(contact.name);
        this.sizes.push(words.length);
        words.forEach((w, position) => {
          this.words.add(w.word, { contact: i, position });
          this.stems.add(w.stem, { contact: i, position });
        });
      }
    }
  }

  /** The people named in a question; `common` words ("will", "may") never start a name on their own. */
  mentions(tokens: readonly Token[], common: (word: string) => boolean): PersonMention[] {
    const out: PersonMention[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = this.longestAt(tokens, i, common);
      if (!found) {
        i++;
        continue;
      }
      out.push({ start: i, end: found.end, text: tokens.slice(i, found.end).map((t) => t.text).join(' '), candidates: found.contacts });
      i = found.end;
    }
    return out;
  }

  private postingsOf(token: Token, common: boolean): Map<number, number> {
    const positions = new Map<number, number>();
    const maxTypos = common || token.word.length < 5 ? 0 : undefined;
    for (const hit of [...this.words.lookup(token.word, maxTypos), ...this.stems.lookup(token.stem, maxTypos)]) {
      for (const p of hit.values) positions.set(p.contact, p.position);
    }
    return positions;
  }

  /** The longest run of words from `start` that all belong to the same people's names. */
  private longestAt(tokens: readonly Token[], start: number, common: (word: string) => boolean): { end: number; contacts: Contact[] } | undefined {
    if (tokens[start].word.length < 2 || common(tokens[start].word)) return undefined;
    let alive = this.postingsOf(tokens[start], false);
    if (!alive.size) return undefined;
    let end = start + 1;
    const matched = new Map<number, number>([...alive.keys()].map((c) => [c, 1]));
    while (end < tokens.length) {
      const next = this.postingsOf(tokens[end], common(tokens[end].word));
      const both = [...alive.keys()].filter((c) => next.has(c));
      if (!both.length) break;
      alive = new Map(both.map((c) => [c, next.get(c)!]));
      for (const c of both) matched.set(c, (matched.get(c) ?? 0) + 1);
      end++;
    }
    const contacts = [...alive.keys()].map((c) => ({ c, full: matched.get(c)! >= this.sizes[c] }));
    const full = contacts.filter((x) => x.full);
    const chosen = full.length ? full : contacts;
    return { end, contacts: chosen.map((x) => this.contacts[x.c]) };
  }
}

// Built once per list of visible accounts (see visibleAccounts), on the first question that looks for a person.
const built = new WeakMap<readonly Account[], PeopleIndex>();

/** The people index of the accounts a user may see. */
export function peopleIndexOf(portfolio: Portfolio, accounts: readonly Account[]): PeopleIndex {
  let index = built.get(accounts);
  if (!index) {
    index = new PeopleIndex(portfolio, accounts);
    built.set(accounts, index);
  }
  return index;
}
