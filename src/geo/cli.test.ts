/** `sitrep geoparse` and `sitrep gazetteer lookup` end to end (spawns the CLI). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAIN = join(import.meta.dirname, '../cli/main.ts');

function sitrep(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { encoding: 'utf8', timeout: 300_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('geoparse prints one JSON line per article with resolved toponyms', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-geo-'));
  try {
    const a = join(dir, 'a.txt');
    writeFileSync(a, 'Gunmen attacked a police post in Kadzhi-Sai near Lake Issyk-Kul on Saturday, Kyrgyz officials said.\n');
    const r = sitrep(['geoparse', a, join(dir, 'missing.txt')]);
    assert.equal(r.status, 2, r.stderr); // one input failed
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    const ok = lines.find((l) => l.toponyms);
    const byText = new Map(ok.toponyms.map((t: { text: string }) => [t.text, t]));
    const b = byText.get('Kadzhi-Sai') as { geonameid: number; country: string; lat: number; lon: number };
    assert.equal(b.geonameid, 1528241); // GeoNames "Kadzhi-Say", alternates Kadzhi-Saj, Kaji-Say: found by folding ai/ay
    assert.equal(b.country, 'KG');
    assert.equal((byText.get('Kyrgyz') as { demonym: boolean }).demonym, true);
    assert.ok(lines.find((l) => l.error), 'error record for the missing file');
    const r2 = sitrep(['geoparse', '--no-demonyms', a]);
    assert.equal(r2.status, 0);
    assert.ok(!r2.stdout.includes('"Kyrgyz"'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('gazetteer lookup shows the records a name folds to', () => {
  const r = sitrep(['gazetteer', 'lookup', 'Kadzhi-Sai', '--limit', '1']);
  assert.equal(r.status, 0, r.stderr);
  const row = JSON.parse(r.stdout.trim());
  assert.equal(row.key, 'kai sai');
  assert.equal(row.records[0].geonameid, 1528241);
});
