import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../core/ports.js';

/** Bolt's and the Web API client's log lines, in Acre's structured log under `component: slack`. */
export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'slack' });
  let level = LogLevel.INFO;
  const line = (msg: unknown[]) => ({ msg: msg.map(asText).join(' ') });
  return {
    debug: (...msg: unknown[]) => log.debug(line(msg), 'bolt'),
    info: (...msg: unknown[]) => log.info(line(msg), 'bolt'),
    warn: (...msg: unknown[]) => log.warn(line(msg), 'bolt'),
    error: (...msg: unknown[]) => log.error(line(msg), 'bolt'),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

/** One logged argument as text; never throws, since a log call must not break the request it describes. */
function asText(m: unknown): string {
  if (m instanceof Error) return m.message;
  if (typeof m === 'string') return m;
  try {
    return JSON.stringify(m) ?? String(m);
  } catch {
    return String(m);
  }
}
