/** Who asks, by the demo users' first names. */
export type Who = 'anna' | 'ben' | 'chloe' | 'maria' | 'admin';

export const emailOf: Record<Who, string> = {
  anna: 'anna.kowalska@acre.example',
  ben: 'ben.carter@acre.example',
  chloe: 'chloe.martin@acre.example',
  maria: 'maria.nowak@acre.example',
  admin: 'admin@acre.example',
};

/**
 * One question as a user would type it, on the demo portfolio at 2026-11-25,
 * with what Acre should understand and what the answer must (and must not) say.
 */
export interface BankQuestion {
  as: Who;
  say: string;
  /** Turns asked first in the same conversation, for follow-ups. */
  after?: string[];
  /** The reading that should answer; 'none' when Acre should say it can't answer yet. */
  intent: string;
  account?: string;
  /** Both accounts of a comparison, in the order asked. */
  accounts?: string[];
  /** The accounts offered in a clarifying question. */
  ambiguous?: string[];
  /** The account name nobody visible matched, as typed. */
  notFound?: string;
  /** A date range, first and last day included: 'YYYY-MM-DD..YYYY-MM-DD'. */
  period?: string;
  days?: number;
  role?: string;
  sort?: string;
  scope?: string;
  types?: string[];
  person?: string;
  /** Strings the answer must contain (spaces compared loosely). */
  facts?: string[];
  /** Strings the answer must not contain. */
  absent?: string[];
  /** Part of the subset whose answer facts the test checks exactly, one by one. */
  core?: boolean;
  /** Written after tuning and never tuned against (see fresh.ts). */
  fresh?: boolean;
}
