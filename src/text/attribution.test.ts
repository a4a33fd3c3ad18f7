import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, findAttributions, findHedges } from './index.js';
import { paragraphSpans } from '../article/index.js';

function attributions(text: string) {
  const r = analyzeText(text, paragraphSpans(text));
  return { r, atts: findAttributions(text, r.sentences, r.tokens) };
}

// [text, [source, cue] of each attribution]
const CASES: Array<[string, Array<[string, string]>]> = [
  ['Five people were killed, prosecutors said.', [['prosecutors', 'said']]],
  ['Five people were killed, according to the interior ministry.', [['the interior ministry', 'according to']]],
  ["The prosecutor-general's office said in a statement that five militants died.", [["The prosecutor-general's office", 'said in a statement']]],
  ['"We will fight until the end," a local man said in the video.', [['a local man', 'said in the video']]],
  ['"We will fight," said Ivan Petrov, a spokesman for the group.', [['Ivan Petrov', 'said']]],
  ['The group said it had carried out the attack. It said five fighters died.', [['The group', 'said'], ['It', 'said']]],
  ['Police on Monday said two suspects were detained.', [['Police', 'said']]],
  ['Officials have said the death toll could rise.', [['Officials', 'said']]],
  ['A spokesman for the ministry, Aidos Ukibay, said the border was closed.', [['A spokesman for the ministry, Aidos Ukibay', 'said']]],
  ['Interfax reported, citing a police source, that the blast was caused by a grenade.', [['Interfax', 'reported'], ['a police source', 'citing']]],
  ['Ivanov was quoted as saying the militants were foreigners.', [['Ivanov', 'was quoted as saying']]],
  ['The man, who police said was armed, fled.', [['police', 'said']]],
  ['President Nursultan Nazarbayev, who has ruled for two decades, said last week that the killings were banditry.', [['President Nursultan Nazarbayev', 'said']]],
  ['The attack was over within minutes, said a police spokesman.', [['a police spokesman', 'said']]],
  ['The group claimed responsibility for the attack.', []],
  ['He declined to say how many people were arrested.', []],
  ['The attack was reported by residents.', []],
  ['Kazakhstan’s National Security Committee told Reuters the suspects were Kazakh citizens.', [['Kazakhstan’s National Security Committee', 'told']]],
];

test('attribution table', () => {
  for (const [text, expected] of CASES) {
    const { atts } = attributions(text);
    assert.deepEqual(atts.map((a) => [a.source, a.cue]), expected, text);
    for (const a of atts) {
      assert.equal(text.slice(a.start_char, a.end_char), a.text);
      assert.equal(text.slice(a.source_start_char, a.source_end_char), a.source);
    }
  }
});

test('attributions govern the quoted sentences they belong to', () => {
  const text = '"We will fight until the end," a local man said in the video. "They are our brothers. We will not stop."\n\nPolice said five people died.';
  const { r, atts } = attributions(text);
  assert.equal(r.sentences.length, 4);
  assert.deepEqual(atts.map((a) => [a.source, a.sentences]), [['a local man', [0, 1, 2]], ['Police', [3]]]);
});

test('"X said:" governs the quotation that follows', () => {
  const text = 'The commander said: "We surrounded the house. They refused to surrender."';
  const { atts } = attributions(text);
  assert.deepEqual(atts.map((a) => [a.source, a.sentences]), [['The commander', [0, 1]]]);
});

test('a quotation spanning sentences with the attribution in the middle', () => {
  const text = '"The attackers came at night," the governor said. "Nobody expected it."\n\n"The town is calm now," another official said.';
  const { atts } = attributions(text);
  assert.deepEqual(atts.map((a) => [a.source, a.sentences]), [['the governor', [0, 1]], ['another official', [2]]]);
});

test('hedges', () => {
  const text = 'Five suspected militants allegedly attacked the post. The group claimed responsibility, but this could not be independently verified. The men were believed to be foreigners.';
  const r = analyzeText(text, paragraphSpans(text));
  assert.deepEqual(findHedges(text, r.tokens).map((h) => [h.text, h.kind]), [
    ['suspected', 'suspected'],
    ['allegedly', 'alleged'],
    ['claimed responsibility', 'claimed'],
    ['could not be independently verified', 'uncertain'],
    ['believed to be', 'suspected'],
  ]);
});
