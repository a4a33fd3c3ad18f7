import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextFeatures, historyFeatures, localFeatures, normWord, OFFSETS, PAD_LEFT, PAD_RIGHT, sentenceContext, shortShape, longShape } from './features.js';
import { countryGazetteer, placeGazetteer } from './gazetteer.js';
import { loadModel, readModel, writeModel, NerModel, transitionMask } from './model.js';
import { ConllScorer, parseConll, spansToBilou, spansToIob2, tagsToSpans } from './conll.js';

test('tag schemes to spans (IOB1, IOB2, BILOU) and back', () => {
  assert.deepEqual(tagsToSpans(['B-PER', 'I-PER', 'O', 'B-LOC']), [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]);
  assert.deepEqual(tagsToSpans(['I-ORG', 'I-ORG', 'B-ORG', 'O']), [{ start: 0, end: 2, type: 'ORG' }, { start: 2, end: 3, type: 'ORG' }]);
  assert.deepEqual(tagsToSpans(['U-PER', 'B-ORG', 'I-ORG', 'L-ORG', 'U-ORG']), [
    { start: 0, end: 1, type: 'PER' }, { start: 1, end: 4, type: 'ORG' }, { start: 4, end: 5, type: 'ORG' },
  ]);
  const spans = [{ start: 1, end: 3, type: 'PER' }, { start: 4, end: 5, type: 'LOC' }];
  assert.deepEqual(spansToIob2(spans, 5), ['O', 'B-PER', 'I-PER', 'O', 'B-LOC']);
  assert.deepEqual(spansToBilou(spans, 5), ['O', 'B-PER', 'L-PER', 'O', 'U-LOC']);
});

test('conlleval scoring: exact type and boundaries', () => {
  const sc = new ConllScorer();
  sc.add([{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }], [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 5, type: 'LOC' }]);
  const o = sc.overall();
  assert.deepEqual([o.tp, o.fp, o.fn], [1, 1, 1]);
  assert.equal(o.f1, 0.5);
  assert.equal(sc.byType().PER!.f1, 1);
});

test('CoNLL reader keeps lines and the last column', () => {
  const s = parseConll('-DOCSTART- -X- O O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n');
  assert.deepEqual(s.map((x) => [x.tokens, x.tags]), [[['EU', 'rejects'], ['B-ORG', 'O']], [['Peter'], ['B-PER']]]);
});

test('shapes and normalisation', () => {
  assert.equal(shortShape('Kazakhstan'), 'Xx');
  assert.equal(shortShape('U.S.'), 'X.X.');
  assert.equal(shortShape('1996-08-22'), 'd-d-d');
  assert.equal(longShape('AK-47'), 'XX-dd');
  assert.equal(shortShape('Öskemen'), 'Xx');
  assert.equal(normWord('Kazakhstan’s'), "Kazakhstan's");
  assert.equal(normWord('“'), '"');
});

test('BILOU transitions', () => {
  const tags = ['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER'];
  const m = transitionMask(tags, 'bilou');
  const ok = (p: string | null, t: string): boolean => m[(p === null ? tags.length : tags.indexOf(p)) * tags.length + tags.indexOf(t)] === 1;
  assert.ok(ok(null, 'B-PER') && ok('O', 'U-PER') && ok('B-PER', 'L-PER') && ok('I-PER', 'I-PER'));
  assert.ok(!ok(null, 'I-PER') && !ok('O', 'L-PER') && !ok('B-PER', 'O') && !ok('U-PER', 'I-PER'));
});

test('the fast tagger scores exactly what the training features say', () => {
  const model = loadModel();
  const gaz = model.header.gazetteer === 'none' ? [] : model.header.gazetteer === 'places' ? [placeGazetteer(model.header.minTownPopulation)] : [countryGazetteer()];
  const sentences = [
    ['ALMATY', '(', 'Reuters', ')', '-', 'Kazakhstan', "'s", 'Gen.', 'Nurlan', 'Ivanov', 'said', 'five', 'Kazakh', 'militants', 'died', '.'],
    ['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN', 'IN', 'SAUDI', 'ARABIA', '.'],
    ['“', 'Zzqxv', 'Blorp', '”', 'said', 'New', 'Zealand', '’s', 'Foreign', 'Ministry'],
  ];
  for (const words of sentences) {
    const ctx = sentenceContext(words.map(normWord), gaz);
    for (let i = 0; i < words.length; i++) {
      const feats: string[] = [];
      for (const k of OFFSETS) {
        const j = i + k;
        feats.push(...localFeatures(j < 0 ? PAD_LEFT : j >= words.length ? PAD_RIGHT : ctx.words[j]!, k));
      }
      feats.push(...contextFeatures(ctx, i));
      for (const [p1, p2] of [[PAD_LEFT, PAD_LEFT], ['B-PER', 'O'], ['O', 'U-LOC']] as const) {
        const slow = model.scoreFeatureStrings([...feats, ...historyFeatures(ctx, i, p1, p2)]);
        const fast = model.scoresFor(words, i, p1, p2);
        for (let t = 0; t < slow.length; t++) assert.ok(Math.abs(slow[t]! - fast[t]!) < 1e-4, `${words[i]} ${model.tags[t]}: ${slow[t]} vs ${fast[t]}`);
      }
    }
  }
});

test('model file round trip', () => {
  const header = { format: 'sitrep-ner' as const, version: 1 as const, tags: ['O', 'U-PER'], scheme: 'bilou' as const, gazetteer: 'none' as const, scale: 0.5, features: 2, nnz: 3, trained: 'test' };
  const w = { features: ['0w=Ivanov', 'bias'], counts: Uint8Array.from([2, 1]), tagIdx: Uint8Array.from([0, 1, 0]), weights: Int16Array.from([-4, 6, 2]) };
  const back = readModel(writeModel(header, w));
  assert.deepEqual(back.header, header);
  assert.deepEqual(back.weights.features, w.features);
  assert.deepEqual([...back.weights.weights], [-4, 6, 2]);
  const m = new NerModel(back.header, back.weights, []);
  assert.deepEqual(m.tagSentence(['Ivanov', 'left']).tags, ['U-PER', 'O']);
});

test('the shipped model tags a news sentence', () => {
  const r = loadModel().tagSentence(['Kazakh', 'police', 'said', 'Nurlan', 'Ivanov', 'was', 'detained', 'in', 'Almaty', 'on', 'Tuesday', '.']);
  assert.deepEqual(r.spans, [{ start: 0, end: 1, type: 'MISC' }, { start: 3, end: 5, type: 'PER' }, { start: 8, end: 9, type: 'LOC' }]);
});
