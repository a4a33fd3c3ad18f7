/**
 * Crash safety: a real process is SIGKILLed in the middle of an ingest (inside an article's transaction),
 * the store must be consistent afterwards, and a re-run must finish the rest without loss or duplicates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Deduper, byPublication } from '../dedup/index.js';
import { loadDedupFixtures } from '../eval/dedup.js';
import Database from 'better-sqlite3';
import { SqliteRepository } from './sqlite.js';
import { fixtureArticles } from './testing/fixtures.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Child { lines: string[]; done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; kill(): void }

function run(args: string[], env: Record<string, string> = {}, killAfterLines?: number, killWhen?: () => boolean): Child {
  const p = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let buf = '';
  let stderr = '';
  p.stderr.on('data', (d) => { stderr += String(d); });
  p.stdout.on('data', (d) => {
    buf += String(d);
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      lines.push(buf.slice(0, i));
      buf = buf.slice(i + 1);
      if (killAfterLines !== undefined && lines.length === killAfterLines) p.kill('SIGKILL');
    }
  });
  let timer: NodeJS.Timeout | null = null;
  if (killWhen) {
    timer = setInterval(() => {
      if (killWhen()) { p.kill('SIGKILL'); clearInterval(timer!); }
    }, 20);
  }
  p.on('close', () => { if (timer) clearInterval(timer); });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => p.on('close', (code, signal) => {
    if (code && code !== 2) process.stderr.write(stderr);
    resolve({ code, signal });
  }));
  return { lines, done, kill: () => p.kill('SIGKILL') };
}

test('SIGKILL mid-batch leaves a consistent store and a re-run completes it exactly', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-crash-'));
  const db = join(dir, 'sitrep.db');
  const fx = fixtureArticles();
  try {
    // Each article's transaction stalls 25 ms, so the kill after the 20th line lands inside the 21st.
    const first = run(['src/store/testing/crash-child.ts', db], { SITREP_TEST_TXN_DELAY_MS: '25' }, 20);
    const r1 = await first.done;
    assert.equal(r1.signal, 'SIGKILL');
    let repo = new SqliteRepository({ path: db });
    await repo.migrate();
    assert.deepEqual(await repo.checkConsistency(), []);
    const partial = await repo.stats();
    assert.ok(partial.articles >= 20 && partial.articles < fx.length, `articles after the kill: ${partial.articles}`);
    // Every stored article has all of its mentions (no half-written article).
    const perArticle = repo.raw.prepare('SELECT a.id, COUNT(m.id) n FROM articles a LEFT JOIN mentions m ON m.article_id = a.id GROUP BY a.id').all() as Array<{ id: string; n: number }>;
    const expected = new Map(fx.map((f) => [f.record.article.id, f.record.events.length]));
    for (const r of perArticle) assert.equal(r.n, expected.get(r.id), `article ${r.id}`);
    await repo.close();

    const second = run(['src/store/testing/crash-child.ts', db]);
    const r2 = await second.done;
    assert.equal(r2.code, 0);
    assert.equal(second.lines.filter((l) => l.startsWith('unchanged ')).length, partial.articles);
    assert.equal(second.lines.filter((l) => l.startsWith('added ')).length, fx.length - partial.articles);

    repo = new SqliteRepository({ path: db });
    await repo.migrate();
    assert.deepEqual(await repo.checkConsistency(), []);
    const final = await repo.stats();
    assert.equal(final.articles, fx.length);
    assert.equal(final.mentions, fx.reduce((n, f) => n + f.record.events.length, 0));
    // The same events as an uninterrupted run.
    const d = new Deduper();
    for (const m of loadDedupFixtures().sort(byPublication)) d.add(m);
    assert.equal(final.events, d.clusters.size);
    const runs = repo.raw.prepare('SELECT status FROM runs ORDER BY id').all() as Array<{ status: string }>;
    assert.deepEqual(runs.map((r) => r.status), ['interrupted', 'finished']);
    await repo.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sitrep ingest killed mid-run resumes without loss or duplicates', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-crash-cli-'));
  const inputs = join(dir, 'in');
  const data = join(dir, 'data');
  mkdirSync(inputs);
  const towns = ['Kandahar', 'Kabul', 'Herat', 'Mazar-e Sharif', 'Jalalabad', 'Kunduz'];
  const N = 30;
  for (let i = 0; i < N; i++) {
    writeFileSync(join(inputs, `a${String(i).padStart(2, '0')}.txt`), `${towns[i % towns.length]} blast\n\nA roadside bomb killed ${i + 2} soldiers near ${towns[i % towns.length]} on ${['Monday', 'Tuesday', 'Wednesday'][i % 3]}, officials said. Report number ${i}.\n`);
  }
  try {
    const args = ['src/cli/main.ts', 'ingest', inputs, '--data', data, '--published', '2021-06-10T12:00:00Z', '--batch', '3'];
    // The CLI buffers its stdout, so watch the database itself (a second, read-only connection).
    const dbFile = join(data, 'sitrep.db');
    const stored = () => {
      try {
        const ro = new Database(dbFile, { readonly: true, fileMustExist: true });
        try { return (ro.prepare('SELECT COUNT(*) n FROM articles').get() as { n: number }).n; } finally { ro.close(); }
      } catch { return 0; }
    };
    const first = run(args, { SITREP_TEST_TXN_DELAY_MS: '40' }, undefined, () => stored() >= 8);
    const r1 = await first.done;
    assert.equal(r1.signal, 'SIGKILL');
    let repo = new SqliteRepository({ path: join(data, 'sitrep.db') });
    assert.deepEqual(await repo.checkConsistency(), []);
    const partial = (await repo.stats()).articles;
    assert.ok(partial >= 8 && partial < N, `articles after the kill: ${partial}`);
    await repo.close();

    const second = run(args);
    const r2 = await second.done;
    assert.equal(r2.code, 0);
    const statuses = second.lines.map((l) => JSON.parse(l).status as string);
    assert.equal(statuses.length, N);
    assert.equal(statuses.filter((s) => s === 'unchanged').length, partial);
    assert.equal(statuses.filter((s) => s === 'added').length, N - partial);

    repo = new SqliteRepository({ path: join(data, 'sitrep.db') });
    assert.deepEqual(await repo.checkConsistency(), []);
    assert.equal((await repo.stats()).articles, N);
    const runs = repo.raw.prepare('SELECT status, added, unchanged FROM runs ORDER BY id').all() as Array<{ status: string; added: number; unchanged: number }>;
    assert.equal(runs[0]!.status, 'interrupted');
    assert.equal(runs[0]!.added, partial, 'the killed run counted exactly what it committed');
    assert.deepEqual(runs[1], { status: 'finished', added: N - partial, unchanged: partial });
    await repo.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
