import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAIN = new URL('../main.ts', import.meta.url).pathname;
const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', MAIN, 'timex', ...args], { encoding: 'utf8' });

test('sitrep timex: JSON Lines with offsets into the article text, anchored on --published', () => {
  const dir = mkdtempSync(join(tmpdir(), 'timex-'));
  const f = join(dir, 'a.txt');
  writeFileSync(f, 'Rebels shelled the town late on Saturday and again last month.\n');
  const out = execFileSync(process.execPath, ['--import', 'tsx', MAIN, 'timex', '--published', '2011-12-04T06:08:00Z', f], { encoding: 'utf8' });
  const lines = out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 1);
  const rec = lines[0];
  assert.ok(rec.id);
  const byText = Object.fromEntries(rec.timexes.map((t: { text: string; value: string }) => [t.text, t]));
  assert.equal(byText['late on Saturday'].value, '2011-12-03');
  assert.equal(byText['last month'].value, '2011-11');
  assert.deepEqual(Object.keys(byText['last month']).slice(0, 8), ['start_char', 'end_char', 'text', 'type', 'value', 'start', 'end', 'precision']);
});

test('sitrep timex --timeml: DCT anchor, id = file name, offsets into the <TEXT> content', () => {
  const dir = mkdtempSync(join(tmpdir(), 'timeml-'));
  const xml = `<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">02/13/1998</TIMEX3></DCT>
<TEXT>Police &amp; troops came <TIMEX3 tid="t1" type="DATE" value="1998-02-12">Thursday</TIMEX3> night.</TEXT></TimeML>`;
  writeFileSync(join(dir, 'd1.tml'), xml);
  const r = run(['--timeml', dir]);
  assert.equal(r.status, 0, r.stderr);
  const rec = JSON.parse(r.stdout.trim());
  assert.equal(rec.id, 'd1.tml');
  const text = 'Police & troops came Thursday night.';
  const t = rec.timexes[0];
  assert.equal(text.slice(t.start_char, t.end_char), t.text);
  assert.equal(t.text, 'Thursday night');
  assert.equal(t.value, '1998-02-12TNI');
});

test('sitrep timex: a missing input gives an error record and exit code 2', () => {
  const r = run(['/nonexistent/file.txt']);
  assert.equal(r.status, 2);
  assert.match(r.stdout, /"error"/);
});
