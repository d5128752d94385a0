import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..', '..');

/** A way to run the real `acre` command on one data folder, as a user would from a shell. */
export function acreCommand(dataDir: string) {
  return (args: string[], input = '', env: Record<string, string> = {}) => {
    const result = spawnSync(process.execPath, [join(projectRoot, 'bin', 'acre.js'), ...args], {
      cwd: projectRoot,
      input,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ACRE_DATA_DIR: dataDir, ...env },
      timeout: 60_000,
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };
}

/** A TCP port nothing listens on right now, for a server a test starts as a separate process. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
