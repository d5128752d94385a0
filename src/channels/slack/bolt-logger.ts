import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../core/ports.js';

/** Bolt's and the Web API client's log lines, in Acre's structured log under `component: slack`. */
export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'slack' });
  let level = LogLevel.INFO;
  const line = (msg: unknown[]) => ({ msg: msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ') });
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
