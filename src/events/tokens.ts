/**
 * The events stage's own view of sentences: word tokens with offsets, lower-cased forms and a
 * capitalisation flag that is switched off for all-caps text (wire copy such as MUC), so proper-name
 * cues are not fooled by it. Sentence boundaries come from the text stage (doc.sentences).
 */
import type { Doc } from '../types.js';

export interface ETok {
  /** Surface text. */
  t: string;
  /** Lower case. */
  lo: string;
  s: number;
  e: number;
  /** Starts with a capital letter in mixed-case text. */
  cap: boolean;
}

export interface ESent {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  isTitle: boolean;
  toks: ETok[];
  /** True when the sentence is written in capitals. */
  upper: boolean;
}

const W = `A-Za-z0-9\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u06FF\u0900-\u0DFF\u1E00-\u1EFF`;
const TOKEN_RE = new RegExp(`[${W}]+(?:[-'’][${W}]+)*(?:\\.(?=[A-Za-z]\\.))?|[^\\s${W}]`, 'g');

export function tokenize(text: string, start: number, end: number): { toks: ETok[]; upper: boolean } {
  const s = text.slice(start, end);
  const toks: ETok[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(s))) {
    const raw = m[0];
    // (most tokens have no curly apostrophe and are lower case already: no new strings for those)
    const t = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
    const c0 = t.charCodeAt(0);
    const isUpperStart = c0 < 128 ? c0 >= 65 && c0 <= 90 : t[0] !== t[0]!.toLowerCase();
    toks.push({ t, lo: t.toLowerCase(), s: start + m.index, e: start + m.index + raw.length, cap: isUpperStart });
  }
  let lower = 0;
  let upperN = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upperN++;
  }
  const upper = lower + upperN > 12 && upperN / (lower + upperN) > 0.8;
  if (upper) for (const k of toks) k.cap = false;
  return { toks, upper };
}

/**
 * Sentences from the text stage, or a simple split when it has not run. With `keep`, only the
 * sentences whose text passes it are tokenised and returned (a cheap prefilter).
 */
export function sentencesOf(doc: Doc, keep?: (s: string) => boolean): ESent[] {
  const out: ESent[] = [];
  if (doc.sentences.length) {
    for (const s of doc.sentences) {
      if (keep && !keep(doc.text.slice(s.start_char, s.end_char))) continue;
      const { toks, upper } = tokenize(doc.text, s.start_char, s.end_char);
      out.push({ index: s.index, start: s.start_char, end: s.end_char, paragraph: s.paragraph, isTitle: s.is_title, toks, upper });
    }
    return out;
  }
  const paras = doc.article.paragraphs.length ? doc.article.paragraphs : [{ start_char: 0, end_char: doc.text.length }];
  const title = doc.article.title_span;
  paras.forEach((p, pi) => {
    const re = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;
    const chunk = doc.text.slice(p.start_char, p.end_char);
    let m: RegExpExecArray | null;
    while ((m = re.exec(chunk))) {
      if (!m[0].trim()) { if (!m[0].length) re.lastIndex++; continue; }
      const lead = m[0].length - m[0].trimStart().length;
      const start = p.start_char + m.index + lead;
      const end = p.start_char + m.index + m[0].trimEnd().length;
      const { toks, upper } = tokenize(doc.text, start, end);
      out.push({ index: out.length, start, end, paragraph: pi, isTitle: !!title && start >= title.start_char && end <= title.end_char, toks, upper });
    }
  });
  return out;
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokAt(toks: ETok[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.e <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when the token sequence starting at i equals the phrase (space-separated, lower case). */
export function seqAt(toks: ETok[], i: number, phrase: string[]): boolean {
  if (i < 0 || i + phrase.length > toks.length) return false;
  for (let k = 0; k < phrase.length; k++) if (toks[i + k]!.lo !== phrase[k]) return false;
  return true;
}

/** True when the phrase (split into tokens) ends right before token i. */
export function endsBefore(toks: ETok[], i: number, phrase: string[]): boolean {
  return seqAt(toks, i - phrase.length, phrase);
}

export function splitPhrases(list: string[]): string[][] {
  return list.map((p) => p.split(' '));
}
