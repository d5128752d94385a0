import type { RiskSettings } from './risk/settings.js';
import type { Messages } from './i18n/index.js';
import type { Account, Locale, User } from './model.js';
import type { Portfolio } from './portfolio.js';
import type { Clock, KeyValueStore, Logger } from './ports.js';
import type { Action, Reply } from './reply.js';
import type { Resolution } from './accounts/resolve.js';

export type ChannelName = 'console' | 'slack' | 'teams';

/** Who is speaking, as far as the channel knows. The core maps it to an Acre user. */
export interface Identity {
  email?: string;
  slackUserId?: string;
  teamsUserId?: string;
  displayName?: string;
  /** From the channel, used when users.csv says nothing. */
  locale?: Locale;
  timezone?: string;
}

/** What a channel hands the core: a message, a command or a button press, stripped of platform detail. */
export interface Input {
  channel: ChannelName;
  identity: Identity;
  /** The place the message came from (a DM, a channel, a thread); conversation memory is kept per place and person. */
  conversationId: string;
  /** True in a channel others can read: personal detail then goes only to the asker. */
  shared: boolean;
  text?: string;
  command?: { name: string; args: string };
  action?: Action;
  /** Given by channels that can show an answer while it is worked out (Slack's assistant pane); others leave it out. */
  progress?: Progress;
}

/**
 * What a long answer reports while it is worked out (the language model, today):
 * a status line, and the answer as it is written. A channel shows what it can.
 */
export interface Progress {
  /** What is being done now, in the user's language ("Looking up contacts…"). */
  onStatus?: (status: string) => void;
  /** The whole answer written so far; each call replaces the one before. */
  onPartial?: (textSoFar: string) => void;
}

/** A follow-up's context: what the last turn was about. */
export interface Memory {
  accountId?: string;
  topic?: string;
  /** Anything a feature wants to carry to the next turn. */
  [key: string]: unknown;
}

/** Everything a feature needs to answer one turn. Built once per input. */
export interface Turn {
  input: Input;
  user: User;
  locale: Locale;
  timezone: string;
  t: Messages;
  portfolio: Portfolio;
  now: Date;
  clock: Clock;
  state: KeyValueStore;
  logger: Logger;
  /** Health weights, bands and currencies as configured (the defaults when not given). */
  riskSettings?: RiskSettings;
  /** The accounts this user may see; nothing else may reach a reply. */
  visible(): Account[];
  resolve(query: string): Resolution;
  memory: Memory;
  remember(patch: Partial<Memory>): void;
  /** Answers text as if the user had typed it: for buttons that re-ask, and for features that hand over. */
  ask(text: string): Promise<Reply[]>;
}

/** One way of reading free text: a feature's guess at what was meant, and how sure it is. */
export interface Understanding {
  intent: string;
  confidence: number;
  entities?: Record<string, unknown>;
  answer(): Promise<Reply[]>;
}

export type CommandHandler = (turn: Turn, args: string) => Promise<Reply[]>;
export type ActionHandler = (turn: Turn, action: Action) => Promise<Reply[]>;

/**
 * A capability of Acre (accounts, Q&A, plan, QBR, health…). The router asks each
 * feature in turn; a new capability is a new Feature, not a new branch in the router.
 */
export interface Feature {
  name: string;
  /** Slash commands (also typed as words in Teams and the console), by name without the slash. */
  commands?: Record<string, CommandHandler>;
  /** Button actions, by the prefix of their id before the first dot ("plan" for "plan.skip"). */
  actions?: Record<string, ActionHandler>;
  /** Sees free text first: a walk-through in progress claims the answer to its question here. */
  intercept?(turn: Turn, text: string): Promise<Reply[] | undefined>;
  /** Free-text understanding; the most confident reading above the threshold answers. */
  understand?(turn: Turn, text: string): Understanding[];
  /** Lines for /acre help and for "here is what I can do". */
  help?(t: Messages): { commands: string[]; examples: string[] };
}

/** Answers free text no feature understood (the LLM, when one is configured). */
export type Fallback = (turn: Turn, text: string) => Promise<Reply[] | undefined>;
