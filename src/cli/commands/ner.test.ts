import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagConll, nerDoc } from './ner.js';
import { articleFromText } from '../../article/index.js';

test('ner --conll appends an IOB2 column and keeps the layout', () => {
  const input = '-DOCSTART- -X- O O\n\nKyrgyz JJ B-NP\npolice NN I-NP\ndetained VBD B-VP\nNurlan NNP B-NP\nIvanov NNP I-NP\nin IN B-PP\nBishkek NNP B-NP\n. . O\n\nHe\nleft\n';
  const out = tagConll(input).split('\n');
  assert.deepEqual(out, [
    '-DOCSTART- -X- O O O', '',
    'Kyrgyz JJ B-NP B-MISC', 'police NN I-NP O', 'detained VBD B-VP O', 'Nurlan NNP B-NP B-PER', 'Ivanov NNP I-NP I-PER', 'in IN B-PP O', 'Bishkek NNP B-NP B-LOC', '. . O O', '',
    'He O', 'left O', '', '',
  ]);
  assert.match(tagConll('Kyrgyz\tJJ\n').split('\n')[0]!, /^Kyrgyz\tJJ\tB-(MISC|NORP)$/);
  assert.equal(tagConll('Kyrgyz\n', true), 'Kyrgyz B-NORP\n\n');
});

test('ner JSON for an article: offsets into the article text', () => {
  const a = articleFromText('Police in Bishkek said a group calling itself Jund al-Tawhid was behind the attack.', { title: 'Blast in Kyrgyzstan' });
  const d = nerDoc(a);
  assert.deepEqual(d.entities.map((e) => [e.text, e.type]), [['Kyrgyzstan', 'GPE'], ['Bishkek', 'GPE'], ['Jund al-Tawhid', 'GROUP']]);
  for (const e of d.entities) assert.equal(a.text.slice(e.start_char, e.end_char), e.text);
  assert.deepEqual(d.attributions.map((x) => x.source), ['Police in Bishkek']);
});
