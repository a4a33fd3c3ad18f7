/**
 * Sentence splitting for news text, inside paragraph spans.
 *
 * Boundaries come from the tokens: a terminal mark (". ! ? ...") ends a sentence, together with
 * the closing quotes and brackets that follow it, when the next token can open a sentence (not a
 * lower-case word: `"Why?" he asked`). Abbreviations keep their full stop in the token ("Gen.",
 * "U.S.", "Dec."): titles never end a sentence, months do not before a day number, the others
 * ("Inc.", "U.S.", "a.m.") only before a typical sentence opener ("The", "He", "Police"). Line breaks
 * inside a paragraph end a sentence (headlines, lists, line-per-sentence text) unless the paragraph
 * is hard-wrapped prose; list bullets always open a sentence. The title is one sentence.
 */
import type { Sentence, Span, Token } from '../types.js';
import { MONTH_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './abbreviations.js';
import { tokenize, type RawToken } from './tokenize.js';

const TERMINAL = new Set(['.', '!', '?', '...', '…', '....']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '}', '»', '›']);
const BULLETS = new Set(['-', '*', '•', '·', '–', '—', '▪', '►', '■', '●', '◦', '‣']);
const NON_OPENERS = new Set([',', ';', ':', ')', ']', '}', '%', '”', '’', '»']);

const isUpper = (s: string): boolean => /^[\p{Lu}\p{Lt}]/u.test(s);
const isLower = (s: string): boolean => /^\p{Ll}/u.test(s);
const isDigit = (s: string): boolean => /^\p{N}/u.test(s);

/** True when the lines of a paragraph look like hard-wrapped prose (line breaks are spaces). */
export function isHardWrapped(paragraph: string): boolean {
  const lines = paragraph.split('\n').map((l) => l.trimEnd());
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1);
  const long = body.filter((l) => l.length >= 40).length;
  const open = body.filter((l) => !/[.!?:"”’)\]]$/u.test(l)).length;
  return long / body.length >= 0.8 && open / body.length >= 0.5;
}

function gapHasNewline(text: string, a: RawToken, b: RawToken): boolean {
  for (let i = a.end_char; i < b.start_char; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function isBulletAt(toks: RawToken[], i: number): boolean {
  const t = toks[i]!;
  if (BULLETS.has(t.text)) return true;
  const n = toks[i + 1];
  // "1." / "1)" / "a)" list markers
  return !!n && n.start_char === t.end_char && (n.text === ')' || (n.text === '.' && isDigit(t.text))) && (isDigit(t.text) || /^[a-z]$/.test(t.text));
}

/** Can token `t` (after a terminal mark) open a new sentence? */
function canOpen(t: RawToken): boolean {
  const s = t.text;
  if (NON_OPENERS.has(s) || isLower(s)) return false;
  return true;
}

/** Does an abbreviation token (with its stop) end the sentence before `next`? */
function abbreviationEnds(tok: string, next: RawToken | undefined): boolean {
  if (!next) return true;
  const low = tok.slice(0, -1).toLowerCase();
  if (TITLE_ABBREVIATIONS.has(low)) return false;
  if (MONTH_ABBREVIATIONS.has(low) && isDigit(next.text)) return false;
  if (next.text === '"' || next.text === '“') return true;
  return isUpper(next.text) && SENTENCE_STARTERS.has(next.text.toLowerCase()) && !(next.text === 'A' && tok.length === 2);
}

/**
 * Indices i such that a sentence ends after toks[i] (the last token always ends one).
 * `wrapped`: line breaks are plain spaces.
 */
function boundaries(text: string, toks: RawToken[], wrapped: boolean): number[] {
  const ends: number[] = [];
  const n = toks.length;
  for (let i = 0; i < n - 1; i++) {
    const t = toks[i]!;
    const next = toks[i + 1]!;
    if (gapHasNewline(text, t, next)) {
      if (isBulletAt(toks, i + 1) || (!wrapped && !isLower(next.text) && !NON_OPENERS.has(next.text))) { ends.push(i); continue; }
    }
    if (TERMINAL.has(t.text)) {
      // take the closing quotes and brackets written right after the mark
      let k = i + 1;
      while (k < n && CLOSERS.has(toks[k]!.text) && toks[k]!.start_char === toks[k - 1]!.end_char) k++;
      if (k >= n) { i = k; break; }
      if (canOpen(toks[k]!)) ends.push(k - 1);
      i = k - 1;
      continue;
    }
    if (t.text.length > 1 && t.text.endsWith('.') && /\p{L}\.$/u.test(t.text)) {
      if (abbreviationEnds(t.text, next)) ends.push(i);
    }
  }
  if (n) ends.push(n - 1);
  return ends;
}

export interface SplitResult {
  sentences: Sentence[];
  tokens: Token[];
}

/** Split every paragraph span of `text` into sentences and tokens. */
export function splitSentences(text: string, paragraphs: Span[], titleSpan: Span | null = null): SplitResult {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const paras = paragraphs.length ? paragraphs : [{ start_char: 0, end_char: text.length }];
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    const raw = tokenize(text, p.start_char, p.end_char);
    if (!raw.length) continue;
    const isTitle = !!titleSpan && p.start_char >= titleSpan.start_char && p.end_char <= titleSpan.end_char;
    let ends: number[];
    if (isTitle) ends = [raw.length - 1];
    else {
      const chunk = text.slice(p.start_char, p.end_char);
      ends = boundaries(text, raw, chunk.includes('\n') && isHardWrapped(chunk));
    }
    let from = 0;
    for (const end of ends) {
      const index = sentences.length;
      const token_start = tokens.length;
      for (let k = from; k <= end; k++) {
        const t = raw[k] as Token; // tokenize() makes Token-shaped objects
        t.sentence = index;
        tokens.push(t);
      }
      sentences.push({
        index,
        paragraph: pi,
        start_char: raw[from]!.start_char,
        end_char: raw[end]!.end_char,
        token_start,
        token_end: tokens.length,
        is_title: isTitle,
      });
      from = end + 1;
    }
  }
  return { sentences, tokens };
}
