/**
 * Text stage: paragraphs, sentences, tokens (with offsets), numbers, attribution and hedges.
 * Entry: analyzeText(text, paragraphs, titleSpan) -> { sentences, tokens }.
 * The component also fills doc.numbers (./numbers.ts), doc.attributions and doc.hedges.
 */
import type { Component } from '../pipeline/index.js';
import type { Sentence, Span, Token } from '../types.js';
import { splitSentences } from './sentences.js';
import { extractNumbers } from './numbers.js';
import { findAttributions } from './attribution.js';
import { findHedges } from './hedges.js';
import { lowerTokens } from './lower.js';

export { tokenize, type RawToken } from './tokenize.js';
export { splitSentences, isHardWrapped } from './sentences.js';
export { findAttributions } from './attribution.js';
export { findHedges } from './hedges.js';
export { lowerTokens } from './lower.js';

export interface TextAnalysis {
  sentences: Sentence[];
  tokens: Token[];
}

export function analyzeText(text: string, paragraphs: Span[], titleSpan: Span | null = null): TextAnalysis {
  return splitSentences(text, paragraphs, titleSpan);
}

export const textComponent: Component = {
  name: 'text',
  apply(doc) {
    const r = analyzeText(doc.text, doc.article.paragraphs, doc.article.title_span);
    doc.sentences = r.sentences;
    doc.tokens = r.tokens;
    doc.numbers = extractNumbers(doc.text, doc.tokens);
    const lower = lowerTokens(doc.tokens);
    doc.attributions = findAttributions(doc.text, doc.sentences, doc.tokens, lower);
    doc.hedges = findHedges(doc.text, doc.tokens, lower);
  },
};
