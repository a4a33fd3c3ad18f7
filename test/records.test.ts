import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { runBatch } from '../src/pipeline/run.js';
import { validateRecord } from '../src/pipeline/validate.js';
import type { OutputRecord } from '../src/types.js';

const root = join(import.meta.dirname, '..');

async function collect(paths: string[]): Promise<OutputRecord[]> {
  const out: OutputRecord[] = [];
  await runBatch(paths, {}, (r) => { out.push(r); });
  return out;
}

test('bundled samples become well-formed v1 records', async () => {
  const recs = await collect([join(root, 'samples')]);
  assert.ok(recs.length >= 5);
  for (const r of recs) {
    assert.ok(!('error' in r), JSON.stringify(r));
    assert.deepEqual(validateRecord(r), [], r.id);
  }
});

const seed = join(root, '../shared/data/seed/reuters-2011-12-04-kazakhstan.txt');
test('the seed article becomes a well-formed v1 record', { skip: !existsSync(seed) && 'seed article not present' }, async () => {
  const [r] = await collect([seed]);
  assert.ok(r && !('error' in r));
  assert.deepEqual(validateRecord(r), []);
  assert.equal(r.article.published, '2011-12-04T06:08:00+00:00');
});

test('the validator catches broken offsets and enumerations', () => {
  const text = 'Two killed in Kabul.';
  const rec = {
    id: 'x',
    article: { text, paragraphs: [{ start_char: 0, end_char: 20 }], title_span: null, dateline: null, published: null },
    events: [{ type: 'war', subtype: 'Armed Clash', status: 'now', date: null, location: null, actors: [], fatalities: { best: 2, low: 3, high: 2, breakdown: [], attribution: null, evidence: [{ field: 'fatalities', start_char: 0, end_char: 3, text: 'Six' }] }, injured: null, arrested: null, evidence: [], confidence: 2, summary: '' }],
    warnings: [],
  } as unknown as OutputRecord;
  const problems = validateRecord(rec).join('\n');
  for (const want of ['type', 'subtype', 'status', 'low <= best', 'does not match', 'evidence: missing', 'confidence', 'summary']) assert.match(problems, new RegExp(want));
});
