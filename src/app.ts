import { Acre } from './core/acre.js';
import type { Fallback } from './core/conversation.js';
import type { Clock, Logger } from './core/ports.js';
import { systemClock } from './core/ports.js';
import { riskSettingsOf, type Config } from './config.js';
import { features } from './features.js';
import { join } from 'node:path';
import { loadQuestionSets, type QuestionSets } from './core/plan/questions.js';
import { syncPlanProgress } from './core/plan/progress.js';
import { demoPortfolio } from './store/demo.js';
import { openStore, type OpenStore } from './store/keyv-store.js';
import { KeyValuePortfolioRepository } from './store/portfolio-repository.js';

export interface AppOptions {
  clock?: Clock;
  logger: Logger;
  /** Keeps several Acre stores apart on one Redis or PostgreSQL server. */
  namespace?: string;
  fallback?: Fallback;
  /** The folder with account-plan.en.yaml and account-plan.pl.yaml (default: prompts/). */
  questionsDir?: string;
  /** Plan answers older than this many days are offered for review (default 180). */
  planReviewAfterDays?: number;
}

export interface AcreApp {
  acre: Acre;
  store: OpenStore;
  config: Config;
  clock: Clock;
  logger: Logger;
  /** True when the demo portfolio was loaded because the store was empty. */
  demoLoaded: boolean;
  /** The account-plan questions, checked at start. */
  questionSets: QuestionSets;
  close(): Promise<void>;
}

/** The composition root of the core: config → store → data → features. Channels and jobs attach to what this returns. */
export async function createApp(config: Config, options: AppOptions): Promise<AcreApp> {
  const clock = options.clock ?? systemClock;
  // Checked before anything else opens: a broken questions file stops start-up with a QuestionSetError naming what to fix.
  const questionSets = loadQuestionSets(options.questionsDir ?? join(import.meta.dirname, '..', 'prompts'));
  const store = await openStore({ url: config.ACRE_STORE_URL, dataDir: config.ACRE_DATA_DIR, ...(options.namespace ? { namespace: options.namespace } : {}) });
  const repository = new KeyValuePortfolioRepository(store, () => clock.now());
  const llm = config.llmConfigured ? await loadLlm(config, questionSets) : undefined;
  // Channels that can show progress (Slack's assistant pane) pass it with the input; the model then streams to them.
  const fallback = options.fallback ?? llm?.fallback((turn) => turn.input.progress);
  const acre: Acre = new Acre({
    portfolio: repository,
    state: store,
    clock,
    logger: options.logger,
    features: features(
      () => acre,
      {
        questionSets,
        ...(options.planReviewAfterDays ? { reviewAfterDays: options.planReviewAfterDays } : {}),
        // With a model, a plan answer the parsers can't read gets a second reading, still checked by the same parser.
        ...(llm ? { readLooseAnswer: llm.planAnswer } : {}),
      },
      config,
    ),
    defaultLocale: config.ACRE_LOCALE,
    defaultTimezone: config.ACRE_TIMEZONE,
    ...(fallback ? { fallback } : {}),
    // A SQLite file serves one deployment; replicas share Redis or PostgreSQL and must read each turn's memory.
    keepMemoryInProcess: store.backend === 'sqlite',
    riskSettings: riskSettingsOf(config),
  });
  let demoLoaded = false;
  const current = await acre.portfolio();
  if (current.version === 0 && config.ACRE_DEMO === 'auto') {
    await acre.replacePortfolio(demoPortfolio(clock.now()));
    demoLoaded = true;
    options.logger.info({ event: 'demo_loaded' }, 'the store was empty: loaded the demo portfolio');
  }
  // The plan progress index learns the current questions and, the first time, the plans answered before it existed;
  // health goes without the plan signal until then. Not awaited: a large store takes a while, and start-up need not wait.
  let closing = false;
  const planProgress = syncPlanProgress(store, questionSets.en, [...(await acre.portfolio()).accounts.values()], options.logger, () => closing).catch((error) =>
    options.logger.warn({ event: 'plan_progress_failed', err: error }, 'could not build the plan progress index; health goes without the plan signal'),
  );
  return {
    acre, store, config, clock, logger: options.logger, demoLoaded, questionSets,
    close: async () => {
      closing = true;
      await planProgress;
      await acre.settle();
      await store.close();
    },
  };
}

/** The language model answers what the router can't and reads loose plan answers; its SDK is loaded only when one is configured. */
async function loadLlm(config: Config, questionSets: QuestionSets) {
  const { createLlm, llmSettingsFrom } = await import('./llm/index.js');
  return createLlm(llmSettingsFrom(config), { questionSets, risk: riskSettingsOf(config) });
}
