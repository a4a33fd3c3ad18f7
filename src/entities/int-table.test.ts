import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IntTable } from './int-table.js';
import { PredictionHistory } from './history.js';

test('IntTable returns what the map holds and -1 for any other key', () => {
  const m = new Map<number, number>();
  let x = 12345;
  const next = (): number => (x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff);
  for (let i = 0; i < 5000; i++) m.set(next() % 70_000_000, i);
  m.set(0, 7);
  const t = new IntTable(m);
  assert.equal(t.size, m.size);
  for (const [k, v] of m) assert.equal(t.get(k), v);
  let absent = 0;
  for (let i = 0; i < 5000; i++) { const k = next() % 70_000_000; if (!m.has(k)) { absent++; assert.equal(t.get(k), -1); } }
  assert.ok(absent > 4000);
  assert.equal(new IntTable(new Map()).get(3), -1);
  assert.throws(() => new IntTable(new Map([[-1, 0]])), RangeError);
});

test('prediction history: majority type, lower-case sightings, and the sentence window', () => {
  const h = new PredictionHistory(['O', 'PER', 'LOC'], 2);
  h.record('Jordan', 1);
  h.record('Jordan', 1);
  h.record('Jordan', 2);
  h.record('police', 0);
  h.endSentence();
  assert.equal(h.majority('Jordan'), 1);
  assert.equal(h.majority('JORDAN'), 1);
  assert.deepEqual(h.features('Jordan'), ['H=PER']);
  assert.ok(h.seenLower('Police'));
  assert.deepEqual(h.features('Police'), ['HL']);
  assert.equal(h.majority('police'), -1); // only seen in lower case
  h.record('Almaty', 2);
  h.endSentence();
  h.endSentence(); // the first sentence leaves the two-sentence window
  assert.equal(h.majority('Jordan'), -1);
  assert.ok(!h.seenLower('police'));
  assert.equal(h.majority('Almaty'), 2);
  assert.deepEqual(h.features('Jordan'), []);
});
