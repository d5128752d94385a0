import { emptyPortfolioData, recordKinds, type PortfolioData } from '../core/model.js';
import { Portfolio } from '../core/portfolio.js';
import type { KeyValueStore, PortfolioRepository } from '../core/ports.js';

interface Pointer {
  version: number;
  importedAt: string;
  chunks: Record<string, number>;
}

const CURRENT = 'portfolio:current';
const CHUNK = 20_000;

/**
 * The imported data as versioned chunks in the key-value store. A new version is
 * written completely before the one pointer key moves to it, so readers never see
 * half an import, and a crash mid-import leaves the previous data in place.
 */
export class KeyValuePortfolioRepository implements PortfolioRepository {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async load(): Promise<Portfolio> {
    const pointer = await this.kv.get<Pointer>(CURRENT);
    if (!pointer) return new Portfolio(emptyPortfolioData(), 0);
    const data = emptyPortfolioData();
    for (const kind of recordKinds) {
      const parts = await Promise.all(
        Array.from({ length: pointer.chunks[kind] ?? 0 }, (_, i) => this.kv.get<unknown[]>(chunkKey(pointer.version, kind, i))),
      );
      for (const part of parts) {
        if (!part) throw new Error(`stored portfolio version ${pointer.version} is missing part of its ${kind}`);
        (data[kind] as unknown[]).push(...part);
      }
    }
    return new Portfolio(data, pointer.version, pointer.importedAt);
  }

  async replace(data: PortfolioData): Promise<Portfolio> {
    const previous = await this.kv.get<Pointer>(CURRENT);
    const version = (previous?.version ?? 0) + 1;
    const chunks: Record<string, number> = {};
    for (const kind of recordKinds) {
      const rows = data[kind] as unknown[];
      const count = Math.ceil(rows.length / CHUNK);
      chunks[kind] = count;
      for (let i = 0; i < count; i++) await this.kv.set(chunkKey(version, kind, i), rows.slice(i * CHUNK, (i + 1) * CHUNK));
    }
    const pointer: Pointer = { version, importedAt: this.now().toISOString(), chunks };
    await this.kv.set(CURRENT, pointer);
    if (previous) await this.dropVersion(previous);
    return new Portfolio(data, version, pointer.importedAt);
  }

  private async dropVersion(pointer: Pointer): Promise<void> {
    for (const kind of recordKinds) {
      for (let i = 0; i < (pointer.chunks[kind] ?? 0); i++) await this.kv.delete(chunkKey(pointer.version, kind, i));
    }
  }
}

const chunkKey = (version: number, kind: string, i: number) => `portfolio:v${version}:${kind}:${i}`;
