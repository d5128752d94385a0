import pino from 'pino';
import type { Logger } from './core/ports.js';

/**
 * Structured JSON logs. Secrets are redacted wherever they appear in a logged
 * object; message contents are logged only at debug level by the core.
 */
export function createLogger(level: string, destination: pino.DestinationStream = pino.destination({ fd: 2, sync: true })): Logger {
  return pino(
    {
      level,
      base: { app: 'acre' },
      redact: {
        paths: [
          '*.token', '*.botToken', '*.appToken', '*.signingSecret', '*.clientSecret', '*.password', '*.apiKey', '*.authorization',
          'token', 'botToken', 'appToken', 'signingSecret', 'clientSecret', 'password', 'apiKey', 'authorization',
          'headers.authorization', '*.headers.authorization', 'config.SLACK_BOT_TOKEN', 'config.SLACK_SIGNING_SECRET',
          'config.SLACK_APP_TOKEN', 'config.SLACK_CLIENT_SECRET', 'config.MicrosoftAppPassword', 'config.OPENAI_API_KEY',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  ) as unknown as Logger;
}
