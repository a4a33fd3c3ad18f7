/**
 * Text stage: paragraphs, sentences, tokens (with offsets), numbers and attribution.
 * Entry: analyzeText(text, paragraphs) -> { sentences, tokens }.
 * (First cut: a simple splitter; issue 3 replaces it.)
 */
import type { Component } from '../pipeline/index.js';
import type { Sentence, Span, Token } from '../types.js';

export interface TextAnalysis {
  sentences: Sentence[];
  tokens: Token[];
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function analyzeText(text: string, paragraphs: Span[], titleSpan: Span | null = null): TextAnalysis {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const paras = paragraphs.length ? paragraphs : [{ start_char: 0, end_char: text.length }];
  paras.forEach((p, pi) => {
    const chunk = text.slice(p.start_char, p.end_char);
    const re = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(chunk))) {
      if (!m[0].trim()) { if (m[0].length === 0) re.lastIndex++; continue; }
      const lead = m[0].length - m[0].trimStart().length;
      const start = p.start_char + m.index + lead;
      const end = p.start_char + m.index + m[0].trimEnd().length;
      const index = sentences.length;
      const token_start = tokens.length;
      TOKEN_RE.lastIndex = 0;
      const s = text.slice(start, end);
      let t: RegExpExecArray | null;
      while ((t = TOKEN_RE.exec(s))) tokens.push({ text: t[0], start_char: start + t.index, end_char: start + t.index + t[0].length, sentence: index });
      sentences.push({ index, paragraph: pi, start_char: start, end_char: end, token_start, token_end: tokens.length, is_title: !!titleSpan && start >= titleSpan.start_char && end <= titleSpan.end_char });
    }
  });
  return { sentences, tokens };
}

export const textComponent: Component = {
  name: 'text',
  apply(doc) {
    const r = analyzeText(doc.text, doc.article.paragraphs, doc.article.title_span);
    doc.sentences = r.sentences;
    doc.tokens = r.tokens;
  },
};
