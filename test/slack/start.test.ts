import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeSlack } from './fake-slack.js';
import { CRM_FIXTURE } from '../helpers/app.js';
import { freePort } from '../helpers/cli.js';
import { slashCommandFields, NORTHCO } from './recorded.js';
import { asForm, postToSlackEndpoint, SIGNING_SECRET } from './signed.js';

const root = join(import.meta.dirname, '..', '..');

let fake: FakeSlack;
let acre: ChildProcess | undefined;
let dataDir: string;
let port: number;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  dataDir = mkdtempSync(join(tmpdir(), 'acre-slack-start-'));
  const env = { ...process.env, ACRE_DATA_DIR: dataDir, ACRE_DEMO: 'off', LOG_LEVEL: 'info', HOST: '127.0.0.1' };
  const imported = spawn(process.execPath, [join(root, 'bin', 'acre.js'), 'import', CRM_FIXTURE], { env, stdio: 'ignore' });
  await new Promise((resolve) => imported.once('exit', resolve));
  port = await freePort();
  acre = spawn(process.execPath, [join(root, 'bin', 'acre.js'), 'start'], {
    env: { ...env, PORT: String(port), SLACK_BOT_TOKEN: 'xoxb-start-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`acre start did not listen:\n${log}`)), 20_000);
    acre!.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('"event":"listening"')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}, 40_000);

afterAll(async () => {
  if (acre && acre.exitCode === null) {
    acre.kill('SIGTERM');
    await new Promise((resolve) => acre!.once('exit', resolve));
  }
  await fake.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('`acre start` with Slack settings serves /slack/events on PORT and answers /account', async () => {
  const posted = await postToSlackEndpoint(
    `http://127.0.0.1:${port}/slack/events`,
    asForm(slashCommandFields({ user: NORTHCO.kate, channel: NORTHCO.channel, command: '/account', text: 'Bluefin', responseUrl: fake.responseUrl('started') })),
    'application/x-www-form-urlencoded',
  );
  expect(posted.status).toBe(200);
  expect(posted.ms).toBeLessThan(3000);
  const [answer] = await fake.waitFor((c) => c.method === 'started', 1, 10_000);
  expect(answer.args.text).toContain('Bluefin Shipping Ltd');
  expect(fake.api('auth.test')[0].headers.authorization).toBe('Bearer xoxb-start-test');
});
