import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../types.js';
import { articleFromText } from '../article/index.js';
import { textComponent } from '../text/index.js';
import { entitiesComponent, findChunks, isTitleCase, refineSentence, toConllType } from './index.js';

/** Text and entities stages over an article (the other stages are not needed here). */
export function analyze(body: string, title?: string): Doc {
  const article = articleFromText(body, { title });
  const doc: Doc = { article, text: article.text, sentences: [], tokens: [], numbers: [], entities: [], attributions: [], timexes: [], toponyms: [], events: [], warnings: [] };
  textComponent.apply(doc);
  entitiesComponent.init?.();
  entitiesComponent.apply(doc);
  return doc;
}

const ARTICLE = `BISHKEK (Reuters) - Five suspected militants were killed and two security officers wounded in a shootout in western Kyrgyzstan on Tuesday, the prosecutor-general's office said in a statement.

A group calling itself Jund al-Tawhid claimed responsibility for the attack in Osh, according to the interior ministry. The group has said it is fighting the Kyrgyz government.

Gen. Nurlan Ivanov, head of the National Security Committee, told Tengri News that the gunmen had fled towards the Caspian Sea. He said a 34-year-old man was detained.`;

test('names and types in a news article', () => {
  const doc = analyze(ARTICLE, 'Gunmen Kill Five in Western Kyrgyzstan');
  const got = doc.entities.map((e) => `${e.text}/${e.type}`);
  for (const want of ['Kyrgyzstan/GPE', 'Reuters/ORG', 'Jund al-Tawhid/GROUP', 'Osh/GPE', 'Kyrgyz/NORP', 'Nurlan Ivanov/PER', 'National Security Committee/ORG', 'Tengri News/ORG', 'Caspian Sea/LOC']) {
    assert.ok(got.includes(want), `${want} in ${got.join(', ')}`);
  }
  // the title-case headline is not read as a string of names
  const inTitle = doc.entities.filter((e) => e.end_char <= doc.article.title_span!.end_char);
  assert.equal(inTitle.length, 1);
  assert.match(inTitle[0]!.text, /Kyrgyzstan$/);
  assert.equal(inTitle[0]!.type, 'GPE');
  for (const e of doc.entities) {
    assert.equal(doc.text.slice(e.start_char, e.end_char), e.text);
    assert.ok(e.score! > 0 && e.score! <= 1);
  }
});

test('a person called Jordan is not a place', () => {
  const doc = analyze('Michael Jordan said on Monday he would donate the money. Jordan added that the team would return to Chicago.');
  assert.deepEqual(doc.entities.map((e) => `${e.text}/${e.type}`), ['Michael Jordan/PER', 'Jordan/PER', 'Chicago/GPE']);
});

test('type refinement rules', () => {
  const w = (s: string): string[] => s.split(' ');
  const words = w('Fighters of the Islamic Movement of Uzbekistan crossed from Central Asia near the Syr Darya River into Kyrgyzstan');
  const spans = refineSentence(words, [
    { start: 3, end: 7, type: 'ORG' },
    { start: 9, end: 11, type: 'LOC' },
    { start: 13, end: 16, type: 'LOC' },
    { start: 17, end: 18, type: 'LOC' },
  ]);
  assert.deepEqual(spans.map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.type}`), [
    'Islamic Movement of Uzbekistan/GROUP', 'Central Asia/LOC', 'Syr Darya River/LOC', 'Kyrgyzstan/GPE',
  ]);
  const w2 = w('Sunni Muslims and Kyrgyz officials met the National Liberation Army and the Tax Committee');
  const s2 = refineSentence(w2, [{ start: 0, end: 2, type: 'MISC' }, { start: 3, end: 4, type: 'MISC' }, { start: 7, end: 10, type: 'ORG' }, { start: 12, end: 14, type: 'ORG' }]);
  assert.deepEqual(s2.map((s) => s.type), ['NORP', 'NORP', 'GROUP', 'ORG']);
  const w3 = w('the Central Asian state where a Muslim cleric met Bishkek officials');
  const s3 = refineSentence(w3, [{ start: 1, end: 3, type: 'LOC' }, { start: 6, end: 7, type: 'PER' }, { start: 9, end: 10, type: 'PER' }]);
  assert.deepEqual(s3.map((s) => s.type), ['NORP', 'NORP', 'GPE']);
  // a title keeps a person a person
  const w4 = w('President Jordan said');
  assert.deepEqual(refineSentence(w4, [{ start: 1, end: 2, type: 'PER' }]).map((s) => s.type), ['PER']);
});

test('rules add groups the model missed', () => {
  const w = 'Police blamed a group calling itself Ansar al-Dawla and Boko Haram for the attack on Islamist grounds'.split(' ');
  const spans = refineSentence(w, []);
  assert.deepEqual(spans.map((s) => `${w.slice(s.start, s.end).join(' ')}/${s.type}`), ['Ansar al-Dawla/GROUP', 'Boko Haram/GROUP', 'Islamist/NORP']);
});

test('CoNLL types map back', () => {
  assert.deepEqual((['PER', 'ORG', 'GROUP', 'LOC', 'GPE', 'NORP', 'MISC'] as const).map(toConllType), ['PER', 'ORG', 'ORG', 'LOC', 'LOC', 'MISC', 'MISC']);
});

test('title case detection', () => {
  assert.equal(isTitleCase('Gunmen Kill Five in Western Kyrgyzstan'.split(' ')), true);
  assert.equal(isTitleCase('Gunmen kill five in western Kyrgyzstan'.split(' ')), false);
});

test('descriptive actor chunks', () => {
  const doc = analyze('At least five suspected militants and two security officers were killed. A 34-year-old man and a dozen Kyrgyz police officers were wounded, and unidentified gunmen fled.');
  assert.deepEqual(doc.chunks!.map((c) => [c.text, c.head, c.category, c.count, c.plural]), [
    ['At least five suspected militants', 'militants', 'perpetrator', 5, true],
    ['two security officers', 'officers', 'force', 2, true],
    ['A 34-year-old man', 'man', 'person', 1, false],
    ['a dozen Kyrgyz police officers', 'officers', 'force', 12, true],
    ['unidentified gunmen', 'gunmen', 'perpetrator', null, true],
  ]);
  const c = doc.chunks![0]!;
  assert.equal(doc.text.slice(c.start_char, c.end_char), c.text);
  assert.deepEqual(doc.chunks![3]!.modifiers, ['Kyrgyz', 'police']);
});

test('chunks take counts from the number stage when it has them', () => {
  const doc = analyze('Twenty-three gunmen attacked the post.');
  const numbers = [{ text: 'Twenty-three', start_char: 0, end_char: 12, kind: 'count' as const, value: 23, low: 23, high: 23, qualifier: 'exact' as const }];
  const chunks = findChunks(doc.text, doc.sentences, doc.tokens, doc.entities, numbers);
  assert.deepEqual(chunks.map((c) => [c.text, c.count]), [['Twenty-three gunmen', 23]]);
});

test('light coreference: the group, the gunmen, he, they, it said', () => {
  const doc = analyze(ARTICLE);
  const links = doc.corefs!.map((c) => `${c.mention.text}@${c.sentence} -> ${c.antecedent.text}`);
  assert.ok(links.includes('The group@2 -> Jund al-Tawhid'), links.join('; '));
  assert.ok(links.includes('the gunmen@3 -> Jund al-Tawhid'), links.join('; '));
  assert.ok(links.includes('He@4 -> Nurlan Ivanov'), links.join('; '));
  const d2 = analyze('Three gunmen attacked a police post near Naryn on Monday. The attackers fled in a car. Police said they were searching for the men.');
  const l2 = d2.corefs!.map((c) => `${c.mention.text} -> ${c.antecedent.text}`);
  assert.ok(l2.includes('The attackers -> Three gunmen'), l2.join('; '));
  assert.ok(l2.includes('they -> Police'), l2.join('; '));
  // a news agency is not "the group"
  const d4 = analyze('BISHKEK (Reuters) - Police surrounded a house. The group inside refused to surrender.');
  assert.deepEqual(d4.corefs!.filter((c) => c.mention.text === 'The group').map((c) => c.antecedent.text), []);
  // the pronoun source of an attribution is resolved
  const d3 = analyze('The National Security Committee raided the offices. It said five people were detained.');
  const a3 = d3.attributions.find((a) => a.source === 'It');
  assert.equal(a3?.source_ref?.text, 'National Security Committee');
});

test('the dateline place is a place', () => {
  const doc = analyze('BISHKEK (Reuters) - Kyrgyz police killed two gunmen on Tuesday.');
  assert.deepEqual(doc.entities.slice(0, 2).map((e) => `${e.text}/${e.type}`), ['BISHKEK/GPE', 'Reuters/ORG']);
});
