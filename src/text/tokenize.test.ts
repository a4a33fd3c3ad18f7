import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.js';

const CASES: Array<[string, string[]]> = [
  ["Kazakhstan's interior ministry", ['Kazakhstan', "'s", 'interior', 'ministry']],
  ['Kazakhstan’s police', ['Kazakhstan', '’s', 'police']],
  ["the militants' base", ['the', 'militants', "'", 'base']],
  ["They don't know", ['They', 'do', "n't", 'know']],
  ['ALMATY (Reuters) - Police', ['ALMATY', '(', 'Reuters', ')', '-', 'Police']],
  ['Jund al-Khilafah', ['Jund', 'al-Khilafah']],
  ['a 34-year-old man', ['a', '34-year-old', 'man']],
  ['1,200 people and 3.5 percent at 10:30', ['1,200', 'people', 'and', '3.5', 'percent', 'at', '10:30']],
  ['$5 million, 20%', ['$', '5', 'million', ',', '20', '%']],
  ['Gen. Ivanov and U.S. forces on Dec. 3', ['Gen.', 'Ivanov', 'and', 'U.S.', 'forces', 'on', 'Dec.', '3']],
  ['George W. Bush', ['George', 'W.', 'Bush']],
  ['No. 5 and no. It ended.', ['No.', '5', 'and', 'no', '.', 'It', 'ended', '.']],
  ['at 5 p.m. Monday', ['at', '5', 'p.m.', 'Monday']],
  ['"We will fight," he said.', ['"', 'We', 'will', 'fight', ',', '"', 'he', 'said', '.']],
  ['“Enough!” — a man', ['“', 'Enough', '!', '”', '—', 'a', 'man']],
  ['Wait... what?', ['Wait', '...', 'what', '?']],
  ['AK-47 rifles', ['AK-47', 'rifles']],
  ["O'Brien said", ["O'Brien", 'said']],
  ['see https://example.com/a?b=1.', ['see', 'https://example.com/a?b=1', '.']],
  ['mail press@example.org now', ['mail', 'press@example.org', 'now']],
  ['Almaty—Police', ['Almaty', '—', 'Police']],
  // plain words next to the characters that end the tokenizer's fast path
  ['police said: "We', ['police', 'said', ':', '"', 'We']],
  ['http: no and www', ['http', ':', 'no', 'and', 'www']],
  ['Almaty\u00a0police (Kazakh) rebels, 5', ['Almaty', 'police', '(', 'Kazakh', ')', 'rebels', ',', '5']],
  ['café owners and AK47s', ['café', 'owners', 'and', 'AK47s']],
  ['Why? No! “Enough” said', ['Why', '?', 'No', '!', '“', 'Enough', '”', 'said']],
];

test('tokenizer table', () => {
  for (const [input, expected] of CASES) {
    const toks = tokenize(input);
    assert.deepEqual(toks.map((t) => t.text), expected, input);
    for (const t of toks) assert.equal(input.slice(t.start_char, t.end_char), t.text);
  }
});

test('tokenize a span keeps offsets into the whole text', () => {
  const text = 'xx Kazakh police. yy';
  const toks = tokenize(text, 3, 17);
  assert.deepEqual(toks.map((t) => [t.text, t.start_char]), [['Kazakh', 3], ['police', 10], ['.', 16]]);
});
