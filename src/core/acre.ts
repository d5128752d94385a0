import type { RiskSettings } from './risk/settings.js';
import { randomUUID } from 'node:crypto';
import { visibleAccounts } from './accounts/access.js';
import { resolveAccount } from './accounts/resolve.js';
import type { Feature, Fallback, Identity, Input, Memory, Turn, Understanding } from './conversation.js';
import { messagesFor } from './i18n/index.js';
import { ConversationMemory } from './memory.js';
import type { Account, Locale, User } from './model.js';
import type { Portfolio } from './portfolio.js';
import type { Clock, KeyValueStore, Logger, PortfolioRepository } from './ports.js';
import { reply, textReply, type Reply } from './reply.js';

export interface AcreDeps {
  portfolio: PortfolioRepository;
  state: KeyValueStore;
  clock: Clock;
  logger: Logger;
  features: Feature[];
  fallback?: Fallback;
  defaultLocale?: Locale;
  defaultTimezone?: string;
  /** How sure a reading of free text must be to answer it rather than fall back. */
  understandingThreshold?: number;
  /** With a fallback configured, how sure a reading must be to answer before the fallback is asked. */
  sureThreshold?: number;
  /**
   * Answer later turns of a conversation from the memory this process keeps, without
   * reading the store again: right when no other process serves the same conversations
   * (a SQLite store); replicas sharing Redis or PostgreSQL leave it off.
   */
  keepMemoryInProcess?: boolean;
  /** Health settings every feature scores with (weights, bands, currencies); the defaults when not given. */
  riskSettings?: RiskSettings;
}

const MEMORY_TTL_MS = 2 * 60 * 60 * 1000;
const MAX_ASK_DEPTH = 3;

/**
 * The neutral core: takes an input from any channel, decides, and returns replies.
 * It knows no platform; channels render what it returns.
 */
export class Acre {
  private cached?: Portfolio;
  private readonly features: Feature[];
  private readonly memory: ConversationMemory;
  readonly logger: Logger;

  constructor(private readonly deps: AcreDeps) {
    this.features = deps.features;
    this.logger = deps.logger;
    this.memory = new ConversationMemory(deps.state, deps.clock, deps.logger, { ttlMs: MEMORY_TTL_MS, keepCopies: deps.keepMemoryInProcess ?? false });
  }

  /** Waits until what the last turns remembered has reached the store: before the store is closed. */
  settle(): Promise<void> {
    return this.memory.settle();
  }

  get state(): KeyValueStore {
    return this.deps.state;
  }
  get clock(): Clock {
    return this.deps.clock;
  }

  /** The current data, read once and kept until an import replaces it. */
  async portfolio(): Promise<Portfolio> {
    if (!this.cached) this.cached = await this.deps.portfolio.load();
    return this.cached;
  }

  /** Forget the cached data, e.g. after an import by another process. */
  refresh(): void {
    this.cached = undefined;
  }

  /** Replace the data (an import or the demo) and use it from the next turn on. */
  async replacePortfolio(data: Parameters<PortfolioRepository['replace']>[0]): Promise<Portfolio> {
    this.cached = await this.deps.portfolio.replace(data);
    return this.cached;
  }

  /** Acre's user for a channel identity: by Slack or Teams id first, then by e-mail. */
  identify(identity: Identity, portfolio: Portfolio): User | undefined {
    for (const user of portfolio.users.values()) {
      if (identity.slackUserId && user.slackUserId === identity.slackUserId) return user;
      if (identity.teamsUserId && user.teamsUserId === identity.teamsUserId) return user;
    }
    return identity.email ? portfolio.user(identity.email) : undefined;
  }

  /** Answers one input. Never throws: a failure becomes a friendly message and a log line. */
  async handle(input: Input): Promise<Reply[]> {
    const requestId = randomUUID();
    const log = this.logger.child({ requestId, channel: input.channel });
    const started = performance.now();
    try {
      const portfolio = await this.portfolio();
      const user = this.identify(input.identity, portfolio);
      if (!user) {
        const who = input.identity.email ?? input.identity.displayName ?? input.identity.slackUserId ?? input.identity.teamsUserId ?? '?';
        log.info({ event: 'unknown_user' }, 'message from an unknown user');
        return [textReply(messagesFor(input.identity.locale ?? this.deps.defaultLocale ?? 'en').unknownUser(who), 'asker')];
      }
      const sharing = input.action?.id === 'share' && input.action.value !== undefined;
      const asked: Input = sharing ? { ...input, action: undefined, text: input.action!.value } : input;
      const turn = await this.turnFor(asked, user, portfolio, log, 0);
      let replies = await this.dispatch(turn);
      if (input.shared) replies = sharing ? shareWithEveryone(replies) : keepToAsker(replies, input, turn.t.shareInChannel);
      this.saveMemory(turn);
      log.info({ event: 'turn', user: user.email, ms: Math.round(performance.now() - started), kind: kindOf(input) }, 'answered');
      log.debug({ text: input.text, command: input.command, action: input.action }, 'message contents');
      return replies;
    } catch (error) {
      log.error({ err: error }, 'turn failed');
      return [textReply(messagesFor(input.identity.locale ?? this.deps.defaultLocale ?? 'en').somethingWentWrong, 'asker')];
    }
  }

  /** Help lines from every feature, for /acre help and for "I can't answer that yet". */
  helpLines(turn: Pick<Turn, 't'>): { commands: string[]; examples: string[] } {
    const commands: string[] = [];
    const examples: string[] = [];
    for (const f of this.features) {
      const h = f.help?.(turn.t);
      if (h) {
        commands.push(...h.commands);
        examples.push(...h.examples);
      }
    }
    return { commands, examples };
  }

  /** Command names every channel must route here (the Slack manifest and Teams command lists are checked against this). */
  commandNames(): string[] {
    return this.features.flatMap((f) => Object.keys(f.commands ?? {}));
  }

  private async turnFor(input: Input, user: User, portfolio: Portfolio, logger: Logger, depth: number): Promise<Turn> {
    const locale = user.locale ?? input.identity.locale ?? this.deps.defaultLocale ?? 'en';
    const memoryKey = memoryKeyOf(input, user);
    const memory: Memory = await this.memory.read(memoryKey);
    let visible: Account[] | undefined;
    const turn: Turn = {
      input,
      user,
      locale,
      timezone: user.timezone ?? input.identity.timezone ?? this.deps.defaultTimezone ?? 'UTC',
      t: messagesFor(locale),
      portfolio,
      now: this.deps.clock.now(),
      clock: this.deps.clock,
      state: this.deps.state,
      ...(this.deps.riskSettings ? { riskSettings: this.deps.riskSettings } : {}),
      logger,
      visible: () => (visible ??= visibleAccounts(portfolio, user)),
      resolve: (query) => resolveAccount(query, turn.visible()),
      memory,
      remember: (patch) => Object.assign(memory, patch, { dirty: true }),
      ask: async (text) => {
        if (depth >= MAX_ASK_DEPTH) return [];
        const nested = await this.turnFor({ ...input, text, command: undefined, action: undefined }, user, portfolio, logger, depth + 1);
        nested.memory = memory;
        nested.remember = turn.remember;
        return this.dispatch(nested);
      },
    };
    return turn;
  }

  /** The answer does not wait for this: the memory is written behind it (see ConversationMemory). */
  private saveMemory(turn: Turn): void {
    if (!turn.memory.dirty) return;
    const { dirty: _dirty, ...rest } = turn.memory;
    this.memory.write(memoryKeyOf(turn.input, turn.user), rest);
  }

  private async dispatch(turn: Turn): Promise<Reply[]> {
    const { input } = turn;
    if (input.action) return this.onAction(turn);
    if (input.command) return this.onCommand(turn, input.command.name, input.command.args);
    const text = (input.text ?? '').trim();
    if (!text) return this.onCommand(turn, 'acre', 'help');
    const typed = this.typedCommand(text);
    if (typed) return this.onCommand(turn, typed.name, typed.args);
    return this.onText(turn, text);
  }

  /** "/account globex" anywhere, and "account globex" where a channel has no slash commands of its own. */
  private typedCommand(text: string): { name: string; args: string } | undefined {
    const match = /^\/?([a-z][a-z-]*)(?:\s+([\s\S]*))?$/i.exec(text);
    if (!match) return undefined;
    const name = match[1].toLowerCase();
    const known = this.commandNames().includes(name);
    if (text.startsWith('/')) return { name, args: (match[2] ?? '').trim() };
    return known ? { name, args: (match[2] ?? '').trim() } : undefined;
  }

  private async onCommand(turn: Turn, name: string, args: string): Promise<Reply[]> {
    for (const f of this.features) {
      const handler = f.commands?.[name];
      if (handler) return handler(turn, args);
    }
    const help = this.helpLines(turn);
    return [reply().text(turn.t.unknownCommand(name)).list(help.commands).onlyForAsker().build()];
  }

  private async onAction(turn: Turn): Promise<Reply[]> {
    const action = turn.input.action!;
    if (action.id === 'ask' && action.value) return this.onText(turn, action.value, true);
    const prefix = action.id.split('.')[0];
    for (const f of this.features) {
      const handler = f.actions?.[prefix];
      if (handler) return handler(turn, action);
    }
    return [textReply(turn.t.unknownAction, 'asker')];
  }

  private async onText(turn: Turn, text: string, fromButton = false): Promise<Reply[]> {
    if (fromButton) {
      const typed = this.typedCommand(text);
      if (typed) return this.onCommand(turn, typed.name, typed.args);
    }
    for (const f of this.features) {
      const intercepted = await f.intercept?.(turn, text);
      if (intercepted) return intercepted;
    }
    const readings: Understanding[] = [];
    for (const f of this.features) readings.push(...(f.understand?.(turn, text) ?? []));
    readings.sort((a, b) => b.confidence - a.confidence);
    const best = readings[0];
    const enough = this.deps.understandingThreshold ?? 0.5;
    // With a language model to turn to, a half-sure reading ("what should I bring up with Globex given
    // their complaints?" read as a revenue question) is worse than the model's answer: only a sure one answers first.
    const sure = this.deps.fallback ? (this.deps.sureThreshold ?? 0.7) : enough;
    const answerWith = (reading: Understanding) => {
      turn.logger.debug({ intent: reading.intent, confidence: reading.confidence, entities: reading.entities }, 'understood');
      return reading.answer();
    };
    if (best && best.confidence >= sure) return answerWith(best);
    if (this.deps.fallback) {
      const answered = await this.deps.fallback(turn, text);
      if (answered) return answered;
    }
    if (best && best.confidence >= enough) return answerWith(best);
    return [this.cantAnswer(turn)];
  }

  private cantAnswer(turn: Turn): Reply {
    const help = this.helpLines(turn);
    return reply().text(turn.t.cantAnswer).list(help.examples.slice(0, 6).map((e) => `"${e}"`)).list(help.commands).build();
  }
}

/**
 * In a place others can read, an answer goes only to the asker, with a button to
 * share it; what a feature marked for everyone (a shared plan question) stays so.
 */
function keepToAsker(replies: Reply[], input: Input, shareLabel: string): Reply[] {
  const asked = input.command ? `/${input.command.name} ${input.command.args}`.trim() : input.action?.id === 'ask' ? input.action.value : input.text;
  return replies.map((r, i) => {
    if (r.visibility) return r;
    const last = i === replies.length - 1;
    const blocks = last && asked ? [...r.blocks, { kind: 'buttons' as const, buttons: [{ label: shareLabel, action: { id: 'share', value: asked } }] }] : r.blocks;
    return { ...r, blocks, visibility: 'asker' as const };
  });
}

function shareWithEveryone(replies: Reply[]): Reply[] {
  return replies.map((r) => (r.visibility === 'asker' ? r : { ...r, visibility: 'everyone' as const }));
}

function memoryKeyOf(input: Input, user: User): string {
  return `memory:${input.channel}:${input.conversationId}:${user.email.toLowerCase()}`;
}

const kindOf = (input: Input) => (input.action ? 'action' : input.command ? 'command' : 'text');
