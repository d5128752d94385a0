import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
}

const sdk = /^(@slack\/|botbuilder|botframework-|@microsoft\/agents|openai)/;

describe('the direction of imports', () => {
  it('keeps the core free of channel and LLM SDKs and of the layers around it', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(root, 'src', 'core'))) {
      for (const spec of importsOf(file)) {
        if (sdk.test(spec) || /\/(channels|llm|jobs|store)\//.test(spec) || /^\.\.\/\.\.\/(config|app|logging)/.test(spec)) {
          offenders.push(`${relative(root, file)} imports ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('keeps Slack and Teams SDKs out of the LLM and jobs layers', () => {
    const offenders: string[] = [];
    for (const layer of ['llm', 'jobs']) {
      let files: string[] = [];
      try {
        files = sourceFiles(join(root, 'src', layer));
      } catch {
        continue; // the layer does not exist yet
      }
      for (const file of files) for (const spec of importsOf(file)) if (/^(@slack\/|botbuilder)/.test(spec)) offenders.push(`${relative(root, file)} imports ${spec}`);
    }
    expect(offenders).toEqual([]);
  });

  it('reads the environment only in config.ts', () => {
    const offenders = sourceFiles(join(root, 'src'))
      .filter((f) => !f.endsWith('config.ts'))
      .filter((f) => /process\.env\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('notices an SDK import when there is one (the check itself works)', () => {
    expect(sdk.test('@slack/bolt')).toBe(true);
    expect(importsOf(join(root, 'src', 'app.ts'))).toContain('./core/acre.js');
  });
});
