/** `sitrep events` and `sitrep export` as a user runs them, over a store filled from the dedup fixtures. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteRepository } from '../src/store/sqlite.js';
import { fixtureArticles } from '../src/store/testing/fixtures.js';

let dir: string;
const sitrep = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  const repo = new SqliteRepository({ path: join(dir, 'sitrep.db') });
  await repo.migrate();
  await repo.saveArticles(fixtureArticles().map((f) => ({ article: f.record.article, events: f.record.events, warnings: [], pipelineVersion: '0.0.1' })));
  await repo.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('sitrep events filters and prints JSON Lines', () => {
  const r = sitrep('events', '--data', dir, '--country', 'SO', '--sort', 'date');
  assert.equal(r.status, 0, r.stderr);
  const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(events.length, 3);
  assert.ok(events.every((e) => e.location.country === 'SO'));
  assert.deepEqual(events.map((e) => e.date.start), [...events.map((e) => e.date.start)].sort());
  const one = sitrep('events', '--data', dir, '--id', events[0].id);
  assert.equal(one.status, 0, one.stderr);
  const d = JSON.parse(one.stdout);
  assert.equal(d.event.id, events[0].id);
  assert.ok(d.sources.length >= 1 && d.revisions.length >= 1);
  const bad = sitrep('events', '--data', dir, '--from', 'yesterday');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--from: expected a date YYYY-MM-DD/);
});

test('sitrep export writes ACLED-style CSV and GeoJSON', () => {
  const out = join(dir, 'x.csv');
  const r = sitrep('export', '--data', dir, '--format', 'acled-csv', '--type', 'protests,riots', '-o', out);
  assert.equal(r.status, 0, r.stderr);
  const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
  const header = lines[0]!.split(',');
  assert.deepEqual(header.slice(0, 7), ['event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type']);
  const col = (row: string, name: string) => row.split(',')[header.indexOf(name)];
  assert.ok(lines.length > 4);
  for (const row of lines.slice(1)) assert.match(col(row, 'event_type')!, /^(Protests|Riots)$/);
  assert.ok(lines.slice(1).some((row) => col(row, 'sub_event_type') === 'Peaceful protest'));
  const g = sitrep('export', '--data', dir, '--format', 'geojson', '--q', 'Kharkiv');
  assert.equal(g.status, 0, g.stderr);
  const fc = JSON.parse(g.stdout);
  assert.equal(fc.type, 'FeatureCollection');
  assert.ok(fc.features.length >= 1);
  assert.deepEqual(fc.features[0].geometry.coordinates.map((x: number) => Math.round(x)), [36, 50]);
  assert.equal(sitrep('export', '--data', dir, '--format', 'xlsx').status, 1);
});
