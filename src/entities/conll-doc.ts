/**
 * CoNLL sentences as a sitrep text (tokens joined by spaces, one sentence per paragraph), so the
 * evaluation and `sitrep ner --conll` run the same entry function as the pipeline, and character
 * spans map back to token indices.
 */
import type { Sentence, Token } from '../types.js';
import type { ConllSentence } from './conll.js';

export function conllDocument(sents: Array<Pick<ConllSentence, 'tokens'>>): { text: string; tokens: Token[]; sentences: Sentence[] } {
  const parts: string[] = [];
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let pos = 0;
  sents.forEach((s, si) => {
    if (si) { parts.push('\n\n'); pos += 2; }
    const token_start = tokens.length;
    const start = pos;
    s.tokens.forEach((t, k) => {
      if (k) { parts.push(' '); pos += 1; }
      tokens.push({ text: t, start_char: pos, end_char: pos + t.length, sentence: si });
      parts.push(t);
      pos += t.length;
    });
    sentences.push({ index: si, paragraph: si, start_char: start, end_char: pos, token_start, token_end: tokens.length, is_title: false });
  });
  return { text: parts.join(''), tokens, sentences };
}

/** Maps a character span to {sentence, start, end} token indices within its sentence (null when it covers no token). */
export function entitySpansByToken(tokens: Token[], sentences: Sentence[]): (start: number, end: number) => { sentence: number; start: number; end: number } | null {
  return (start, end) => {
    // first token ending after `start`
    let lo = 0, hi = tokens.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (tokens[m]!.end_char <= start) lo = m + 1; else hi = m; }
    if (lo >= tokens.length || tokens[lo]!.start_char >= end) return null;
    let j = lo;
    while (j + 1 < tokens.length && tokens[j + 1]!.start_char < end && tokens[j + 1]!.sentence === tokens[lo]!.sentence) j++;
    const s = sentences[tokens[lo]!.sentence]!;
    return { sentence: s.index, start: lo - s.token_start, end: j + 1 - s.token_start };
  };
}
