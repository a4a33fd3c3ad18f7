/**
 * Attribution: who said it, and which sentences that covers.
 *
 * Cues (./lexicon/attribution.ts): a speech verb with its subject as source ("prosecutors said",
 * "the prosecutor-general's office said in a statement", "a local man said in the video", "it
 * said"); inverted after a quotation ('"...," said Ivan Petrov'); "according to X", "citing X".
 * The source phrase is read from the verb outwards to a clause boundary (punctuation, "that",
 * "who", ...). An attribution governs its sentence and, when it belongs to a quotation, every
 * sentence the quotation spans, or the quotation that follows "X said:".
 */
import type { Attribution, Sentence, Token } from '../types.js';
import {
  CHANNEL_AFTER, SOURCE_AFTER_CUES, SOURCE_STOP_LEFT, SOURCE_STOP_RIGHT, SOURCE_TRIM_RIGHT, SPEECH_VERBS,
} from './lexicon/attribution.js';

const OPEN_Q = new Set(['“', '‘']);
const CLOSE_Q = new Set(['”', '’']);
const PUNCT = /^[^\p{L}\p{N}]+$/u;
const MAX_SOURCE = 12;
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

interface QuoteRegion { open: number; close: number } // token indices of the marks

/** Quotations as pairs of quote-mark token indices, within paragraphs. */
function quoteRegions(tokens: Token[], sentences: Sentence[]): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let open = -1;
  let para = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    const p = sentences[tokens[i]!.sentence]!.paragraph;
    if (p !== para) { open = -1; para = p; }
    if (t === '"' || t === '``' || t === "''") {
      if (open < 0) open = i; else { out.push({ open, close: i }); open = -1; }
    } else if (OPEN_Q.has(t) && t === '“') open = i;
    else if (CLOSE_Q.has(t) && t === '”' && open >= 0) { out.push({ open, close: i }); open = -1; }
  }
  return out;
}

/** First words of SOURCE_AFTER_CUES: most tokens start none, and skip the look-up. */
const AFTER_FIRST = new Set(SOURCE_AFTER_CUES.map((c) => c[0]!));

/**
 * The tokens in lower case, made once per document: the cues below compare each token in lower
 * case many times, and lower-casing it at every comparison was a large share of this stage's
 * time and allocation.
 */
type Lower = string[];

function lowerAt(low: Lower, i: number): string {
  return low[i] ?? '';
}

function matchAt(low: Lower, i: number, words: string[], end: number): boolean {
  if (i + words.length > end) return false;
  for (let k = 0; k < words.length; k++) if (lowerAt(low, i + k) !== words[k]) return false;
  return true;
}

/** Source read leftwards from the token before `cue`: [start, end) token range, or null. */
function sourceLeft(tokens: Token[], lower: Lower, cue: number, sStart: number): [number, number] | null {
  let end = cue;
  while (end > sStart && SOURCE_TRIM_RIGHT.has(lowerAt(lower, end - 1))) end--;
  // "A spokesman for the ministry, Ivan Petrov, said", "Nazarbayev, who has ruled since 1991, said":
  // step over one apposition (up to 6 tokens) or relative clause (up to 30) between commas
  let start = end;
  if (end > sStart && tokens[end - 1]!.text === ',') {
    let c = end - 2;
    while (c > sStart && end - 1 - c <= 30 && tokens[c]!.text !== ',') c--;
    const len = end - 1 - c;
    const relative = /^(who|which|whose|whom)$/i.test(tokens[c + 1]?.text ?? '');
    if (c > sStart && tokens[c]!.text === ',' && len > 1 && relative) { start = c; end = c; } // the subject alone
    else if (c > sStart && tokens[c]!.text === ',' && len > 1 && len <= 6) { start = c; end--; } // with its apposition
    else return null;
  }
  while (start > sStart && end - start < MAX_SOURCE) {
    const t = tokens[start - 1]!.text;
    const low = lower[start - 1]!;
    if (SOURCE_STOP_LEFT.has(low) || SPEECH_VERBS.has(low)) break;
    if (PUNCT.test(t) && t !== '-' && t !== '&' && t !== "'" && t !== '.') break;
    start--;
  }
  if (start === end) return null;
  // drop a time phrase the subject had before the verb ("police on Monday said")
  for (let k = start + 1; k < end; k++) if (lowerAt(lower, k) === 'on' && /day$/.test(lowerAt(lower, k + 1))) { end = k; break; }
  return start < end ? [start, end] : null;
}

/** Source read rightwards from `from` ("said Ivan Petrov, a spokesman", "according to the ministry"). */
function sourceRight(tokens: Token[], lower: Lower, from: number, sEnd: number): [number, number] | null {
  let end = from;
  while (end < sEnd && end - from < MAX_SOURCE) {
    const t = tokens[end]!.text;
    const low = lower[end]!;
    if (end > from && SOURCE_STOP_RIGHT.has(low)) break;
    if (PUNCT.test(t) && t !== '-' && t !== '&' && t !== "'" && !(t === '.' && end + 1 < sEnd)) break;
    end++;
  }
  return end > from ? [from, end] : null;
}

/** `lower`: the tokens' texts in lower case, when the caller has them. */
export function findAttributions(text: string, sentences: Sentence[], tokens: Token[], lower: Lower = tokens.map((t) => t.text.toLowerCase())): Attribution[] {
  const out: Attribution[] = [];
  const quotes = quoteRegions(tokens, sentences);
  for (const s of sentences) {
    const a = s.token_start;
    const b = s.token_end;
    for (let i = a; i < b; i++) {
      const low = lower[i]!;
      let src: [number, number] | null = null;
      let cueStart = i;
      let cueEnd = i + 1;
      // "according to X", "citing X"
      const after = AFTER_FIRST.has(low) ? SOURCE_AFTER_CUES.find((c) => matchAt(lower, i, c, b)) : undefined;
      if (after) {
        cueEnd = i + after.length;
        src = sourceRight(tokens, lower, cueEnd, b);
        if (!src) continue;
      } else if (SPEECH_VERBS.has(low)) {
        // "was quoted as saying", "were cited as saying" are passive: the subject is the source
        const prevLow = lowerAt(lower, i - 1);
        if ((low === 'claimed' || low === 'claims') && /^(responsibility|credit)$/.test(lowerAt(lower, i + 1))) continue; // an act, not speech
        const prev = i > a ? tokens[i - 1]!.text : '';
        // '"...," said Ivan Petrov' and '..., said a spokesman' put the source after the verb
        if (prev === '"' || prev === '”') src = sourceRight(tokens, lower, i + 1, b);
        else {
          src = sourceLeft(tokens, lower, i, a);
          // "..., said a police spokesman" (not "..., said last week")
          if (!src && prev === ',' && !SOURCE_TRIM_RIGHT.has(lowerAt(lower, i + 1)) && !SOURCE_STOP_RIGHT.has(lowerAt(lower, i + 1))) src = sourceRight(tokens, lower, i + 1, b);
        }
        if (prevLow === 'to') continue; // "declined to say"
        if (BE.has(prevLow)) {
          // "Ivanov was quoted as saying": the subject is the source; other passives have none
          if (low !== 'quoted' || lowerAt(lower, i + 1) !== 'as') continue;
          src = sourceLeft(tokens, lower, i - 1, a);
          cueStart = i - 1;
          if (lowerAt(lower, i + 2) === 'saying') cueEnd = i + 3;
        }
        if (!src) continue;
        // channel after the verb: "said in a statement"
        for (const ch of CHANNEL_AFTER) if (matchAt(lower, cueEnd, ch, b)) { cueEnd += ch.length; break; }
      } else continue;
      // the source must hold a word
      const [ss, se] = src;
      if (!tokens.slice(ss, se).some((t) => /\p{L}/u.test(t.text))) continue;
      const srcStart = tokens[ss]!.start_char;
      const srcEnd = tokens[se - 1]!.end_char;
      const spanStart = Math.min(srcStart, tokens[cueStart]!.start_char);
      const spanEnd = Math.max(srcEnd, tokens[cueEnd - 1]!.end_char);
      // governed sentences: this one, plus a quotation it belongs to or introduces
      const gov = new Set([s.index]);
      for (const q of quotes) {
        const qs = tokens[q.open]!.sentence;
        const qe = tokens[q.close]!.sentence;
        const adjacent = (q.close < ss && tokens[q.close]!.sentence === s.index) // '"...," she said'
          || (q.open > cueEnd - 1 && tokens[q.open]!.sentence === s.index && q.open - (cueEnd - 1) <= 2) // 'she said: "..."'
          || (qs === s.index + 1 && q.open === sentences[s.index + 1]!.token_start && tokens[b - 1]!.text === ':'); // 'X said:' then a quotation
        if (adjacent) for (let k = qs; k <= qe; k++) gov.add(k);
      }
      out.push({
        text: text.slice(spanStart, spanEnd),
        start_char: spanStart,
        end_char: spanEnd,
        source: text.slice(srcStart, srcEnd),
        source_start_char: srcStart,
        source_end_char: srcEnd,
        cue: text.slice(tokens[cueStart]!.start_char, tokens[cueEnd - 1]!.end_char),
        sentences: [...gov].sort((x, y) => x - y),
      });
      i = Math.max(i, cueEnd - 1, se - 1);
    }
  }
  extendOverQuotedSentences(out, sentences, tokens, quotes);
  return out;
}

/**
 * News carries an attribution over the quoted sentences that follow it in the same paragraph:
 * '"We will fight," a local man said. "They are our brothers."'
 */
function extendOverQuotedSentences(atts: Attribution[], sentences: Sentence[], tokens: Token[], quotes: QuoteRegion[]): void {
  const attributed = new Set(atts.flatMap((x) => x.sentences));
  const isQuote = (t: string | undefined): boolean => t === '"' || t === '“' || t === '”';
  const hasQuote = (k: number): boolean => {
    for (let i = sentences[k]!.token_start; i < sentences[k]!.token_end; i++) if (isQuote(tokens[i]!.text)) return true;
    return false;
  };
  // quotation opening at the first token of a sentence -> sentence where it closes
  const opensAt = new Map<number, number>();
  for (const q of quotes) if (q.open === sentences[tokens[q.open]!.sentence]!.token_start) opensAt.set(tokens[q.open]!.sentence, tokens[q.close]!.sentence);
  for (const att of atts) {
    if (!att.sentences.some(hasQuote)) continue;
    let last = att.sentences[att.sentences.length - 1]!;
    const para = sentences[last]!.paragraph;
    while (last + 1 < sentences.length && sentences[last + 1]!.paragraph === para && !attributed.has(last + 1)) {
      const next = last + 1;
      const close = opensAt.get(next) ?? (isQuote(tokens[sentences[next]!.token_start]?.text) ? next : -1);
      if (close < 0) break;
      let blocked = false;
      for (let k = next; k <= close; k++) if (attributed.has(k)) blocked = true;
      if (blocked) break;
      for (let k = next; k <= close; k++) { att.sentences.push(k); attributed.add(k); }
      last = close;
    }
  }
}
