/**
 * Entities stage: names (PER, ORG, GPE, LOC, NORP, GROUP, MISC), descriptive actor chunks and a light
 * coreference. Entry: findEntities(text, sentences, tokens) -> Entity[].
 *
 * Names come from a greedy averaged perceptron trained on CoNLL-2003 (./model.ts, ./train.ts) and a
 * rule layer that refines its types and adds what word lists and cues find (./refine.ts).
 */
import type { Component } from '../pipeline/index.js';
import type { Article, Attribution, Coref, Entity, Sentence, Token } from '../types.js';
import { findDateline } from '../article/dateline.js';
import { loadModel, type NerModel } from './model.js';
import type { PredictionHistory } from './history.js';
import { bigCityNames } from './gazetteer.js';
import { refineSentence, type TokenSpan } from './refine.js';
import { findChunks } from './chunks.js';
import { resolveCoreference } from './coref.js';
import { lowerTokens } from '../text/lower.js';

export { toConllType, refineSentence, type ConllType, type TokenSpan } from './refine.js';
export { loadModel, NerModel } from './model.js';
export { findChunks } from './chunks.js';
export { resolveCoreference } from './coref.js';

/** A headline in title case ("Gunmen Kill Five in Kazakh Town"): most longer words capitalised. */
export function isTitleCase(words: string[]): boolean {
  let long = 0;
  let caps = 0;
  for (const w of words) {
    if (w.length < 4 || !/^\p{L}/u.test(w)) continue;
    long++;
    if (/^\p{Lu}/u.test(w)) caps++;
  }
  return long >= 2 && caps / long >= 0.7;
}

/** Names in one sentence of token strings, over token indices. */
export function tagTokens(words: string[], opts: { title?: boolean; model?: NerModel; history?: PredictionHistory | null; lows?: string[] } = {}): TokenSpan[] {
  const model = opts.model ?? loadModel();
  // The training data writes headlines in capitals: a title-case headline is tagged as one.
  const titleCase = !!opts.title && isTitleCase(words);
  const input = titleCase ? words.map((w) => w.toUpperCase()) : words;
  const r = model.tagSentence(input, true, opts.history ?? null);
  const spans: TokenSpan[] = r.spans.map((s) => {
    let c = 0;
    for (let i = s.start; i < s.end; i++) c += r.confidence![i]!;
    return { start: s.start, end: s.end, type: s.type as TokenSpan['type'], score: Math.round((c / (s.end - s.start)) * 1000) / 1000 };
  });
  return refineSentence(words, spans, { titleCase, lows: opts.lows });
}

export function findEntities(text: string, sentences: Sentence[], tokens: Token[], model: NerModel = loadModel()): Entity[] {
  const out: Entity[] = [];
  const sentenceOf: number[] = [];
  const history = model.newHistory(); // how words were tagged earlier in this document
  const lower = lowerTokens(tokens);
  for (const s of sentences) {
    const toks = tokens.slice(s.token_start, s.token_end);
    if (!toks.length) continue;
    const spans = tagTokens(toks.map((t) => t.text), { title: s.is_title, model, history, lows: lower.slice(s.token_start, s.token_end) });
    for (const sp of spans) {
      const start = toks[sp.start]!.start_char;
      const end = toks[sp.end - 1]!.end_char;
      const e: Entity = { text: text.slice(start, end), start_char: start, end_char: end, type: sp.type };
      if (sp.score !== undefined) e.score = sp.score;
      out.push(e);
      sentenceOf.push(s.index);
    }
  }
  propagatePersonNames(out, sentenceOf);
  return out;
}

/** Sentences around a full name within which its surname is read as the same person. */
const ALIAS_WINDOW = 40;

/**
 * "Michael Jordan ... Jordan added": a later (or earlier) mention of the surname of a full
 * person name nearby is that person, not a place or an organisation.
 */
function propagatePersonNames(entities: Entity[], sentenceOf: number[]): void {
  const aliases = new Map<string, number[]>(); // surname -> sentences of the full names
  entities.forEach((e, i) => {
    if (e.type !== 'PER') return;
    const parts = e.text.split(/\s+/);
    if (parts.length < 2) return;
    const last = parts[parts.length - 1]!;
    if (last.length < 3 || !/^\p{Lu}/u.test(last)) return;
    aliases.set(last, [...(aliases.get(last) ?? []), sentenceOf[i]!]);
  });
  if (!aliases.size) return;
  entities.forEach((e, i) => {
    if (e.type === 'PER') return;
    const at = aliases.get(e.text);
    if (at && at.some((s) => Math.abs(s - sentenceOf[i]!) <= ALIAS_WINDOW)) e.type = 'PER';
  });
}

/**
 * The dateline's place ("BISHKEK (Reuters) -") is a place whatever the recogniser made of it: the
 * intake's dateline when it found one, else one found at the start of the body.
 */
export function addDatelinePlace(entities: Entity[], article: Article): Entity[] {
  const d = article.dateline ?? findDateline(article.text.slice(article.body_start), article.body_start);
  if (!d || d.place_start_char === null || d.place_end_char === null) return entities;
  const start = d.place_start_char;
  const end = d.place_end_char;
  const kept = entities.filter((e) => e.end_char <= start || e.start_char >= end);
  kept.push({ text: article.text.slice(start, end), start_char: start, end_char: end, type: 'GPE', score: 0.95 });
  return kept.sort((a, b) => a.start_char - b.start_char);
}

/** "It said": an attribution whose source is a resolved pronoun gets the antecedent as source_ref. */
export function linkAttributionSources(attributions: Attribution[], corefs: Coref[]): void {
  if (!attributions.length || !corefs.length) return;
  const byMention = new Map(corefs.map((c) => [c.mention.start_char, c]));
  for (const a of attributions) {
    const c = byMention.get(a.source_start_char);
    if (c && c.mention.end_char === a.source_end_char) a.source_ref = c.antecedent;
  }
}

export const entitiesComponent: Component = {
  name: 'entities',
  init() {
    loadModel();
    bigCityNames();
  },
  apply(doc) {
    doc.entities = addDatelinePlace(findEntities(doc.text, doc.sentences, doc.tokens), doc.article);
    doc.chunks = findChunks(doc.text, doc.sentences, doc.tokens, doc.entities, doc.numbers);
    doc.corefs = resolveCoreference(doc);
    linkAttributionSources(doc.attributions, doc.corefs);
  },
};
