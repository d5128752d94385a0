import { createApp, type AcreApp } from '../app.js';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { createLogger } from '../logging.js';
import { QuestionSetError } from '../core/plan/questions.js';

export interface RunOptions {
  /** The log level when LOG_LEVEL is not set: terminal commands stay quiet, services log info. */
  defaultLogLevel: string | ((config: Config) => string);
  /** Load the demo portfolio into an empty store (everything but import). */
  demo?: boolean;
}

/** Loads the configuration, opens the app, runs the command and closes the store; configuration errors end the process with their message. */
export async function withApp<T>(options: RunOptions, run: (app: AcreApp, config: Config) => Promise<T>): Promise<T> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  if (options.demo === false) config = { ...config, ACRE_DEMO: 'off' };
  const fallbackLevel = typeof options.defaultLogLevel === 'function' ? options.defaultLogLevel(config) : options.defaultLogLevel;
  const logger = createLogger(config.LOG_LEVEL ?? fallbackLevel);
  let app: AcreApp;
  try {
    app = await createApp(config, {
      logger,
      ...(config.ACRE_QUESTIONS_DIR ? { questionsDir: config.ACRE_QUESTIONS_DIR } : {}),
      planReviewAfterDays: config.ACRE_PLAN_REVIEW_DAYS,
    });
  } catch (error) {
    if (error instanceof QuestionSetError) {
      process.stderr.write(`Acre cannot start: the account-plan questions need fixing.\n${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  try {
    return await run(app, config);
  } finally {
    await app.close();
  }
}

/** The person the console speaks as: the one named, or the first admin. */
export async function consoleUser(app: AcreApp, asEmail: string | undefined): Promise<string> {
  const portfolio = await app.acre.portfolio();
  if (asEmail) return asEmail.toLowerCase();
  const admin = [...portfolio.users.values()].find((u) => u.role === 'admin');
  return admin?.email ?? 'nobody@localhost';
}
