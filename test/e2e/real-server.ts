/** The real sitrep server (src/api) over a fresh SQLite store in a temp dir, with the fixture articles ingested. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../src/api/index.js';
import type { IngestResponse } from '../../src/api/contract.js';
import { ARTICLES } from './fixtures.js';

export interface RealServer {
  url: string;
  dataDir: string;
  ingest: IngestResponse;
  close(): Promise<void>;
}

export async function startRealServer(): Promise<RealServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
  const s = await startServer({ dataDir, port: 0, host: '127.0.0.1', token: null });
  try {
    const res = await fetch(`${s.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ARTICLES.map((a) => ({ id: a.id, title: a.title, text: a.body, published: a.published, source: a.source, url: a.url }))),
    });
    if (!res.ok) throw new Error(`ingest failed: ${res.status} ${await res.text()}`);
    const ingest = (await res.json()) as IngestResponse;
    return {
      url: s.url,
      dataDir,
      ingest,
      close: async () => {
        await s.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await s.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}
