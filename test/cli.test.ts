import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(import.meta.dirname, '..', 'src', 'cli', 'main.ts');
function sitrep(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', input, timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
const good = join(dir, 'good.txt');
writeFileSync(good, 'Militants attack army post\n\nKABUL (Example) - Militants attacked an army post in Kunduz province on Sunday, officials said.\n');
const bad = join(dir, 'bad.jsonl');
writeFileSync(bad, '{"id":"ok1","text":"Police arrested five protesters in Minsk on Monday."}\n{broken\n');

test('--version and --help exit 0', () => {
  const v = sitrep(['--version']);
  assert.equal(v.code, 0);
  assert.match(v.out.trim(), /^\d+\.\d+\.\d+$/);
  const h = sitrep(['--help']);
  assert.equal(h.code, 0);
  assert.match(h.out, /extract/);
  const hx = sitrep(['extract', '--help']);
  assert.equal(hx.code, 0);
  assert.match(hx.out, /--published/);
  assert.match(hx.out, /--workers/);
});

test('usage errors exit 1', () => {
  assert.equal(sitrep(['extract']).code, 1);
  assert.equal(sitrep(['extract', '--published', 'not-a-date', good]).code, 1);
  assert.equal(sitrep(['extract', '--workers', '0', good]).code, 1);
  assert.equal(sitrep(['no-such-command']).code, 1);
});

test('extract: one JSON line per article, exit 0 when all succeed', () => {
  const r = sitrep(['extract', good]);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 1);
  const rec = lines[0];
  assert.deepEqual(Object.keys(rec).sort(), ['article', 'events', 'id', 'warnings']);
  assert.equal(rec.article.title, 'Militants attack army post');
  assert.equal(rec.article.dateline.place, 'KABUL');
  assert.ok(Array.isArray(rec.events));
  assert.ok(rec.warnings.some((w: string) => /no publication time/.test(w)));
});

test('extract: --published sets the anchor; failures give error records and exit 2, in input order', () => {
  const r = sitrep(['extract', '--published', '2021-06-07T08:00:00Z', good, bad, join(dir, 'missing.txt')]);
  assert.equal(r.code, 2);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 4);
  assert.equal(lines[0].article.published, '2021-06-07T08:00:00+00:00');
  assert.equal(lines[1].id, 'ok1');
  assert.equal(lines[2].error.line, 2);
  assert.equal(lines[2].error.file, bad);
  assert.equal(lines[2].error.reason, 'malformed_json');
  assert.equal(lines[3].error.reason, 'not_found');
  assert.match(r.err, /4 article\(s\).*2 error\(s\)/);
});

test('extract: stdin and worker threads keep input order', () => {
  const many = Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: `a${i}`, text: `Report number ${i}: gunmen opened fire on a bus.` })).join('\n');
  const r = sitrep(['extract', '--workers', '2', '-'], many);
  assert.equal(r.code, 0, r.err);
  const ids = r.out.trim().split('\n').map((l) => JSON.parse(l).id);
  assert.deepEqual(ids, Array.from({ length: 30 }, (_, i) => `a${i}`));
});

test('demo prints a table for the bundled samples', () => {
  const r = sitrep(['demo']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /type \/ subtype/);
  assert.match(r.out, /\d+ article\(s\), \d+ event\(s\), 0 error\(s\)/);
});
