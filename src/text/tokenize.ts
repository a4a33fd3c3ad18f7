/**
 * Tokenizer in the CoNLL / Penn Treebank manner, with character offsets into the original text:
 * punctuation is split off ("(Reuters)" -> "(", "Reuters", ")"), possessives and contractions are
 * split ("Kazakhstan's" -> "Kazakhstan", "'s"; "don't" -> "do", "n't"), hyphenated words stay whole
 * ("al-Khilafah", "34-year-old"), numbers keep their separators ("1,200", "3.5", "10:30"), and
 * abbreviations keep their full stop ("Gen.", "U.S.", "Dec.", initials "W.").
 */
import { MONTH_ABBREVIATIONS, NUMBER_ABBREVIATIONS, OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';

export interface RawToken {
  text: string;
  start_char: number;
  end_char: number;
}

// One alternation, tried left to right at every non-space position.
const TOKEN_RE = new RegExp(
  [
    String.raw`https?:\/\/[^\s<>"”]+[^\s<>"”.,;:!?)\]'’]`, // URL (trailing punctuation left out)
    String.raw`www\.[^\s<>"”]+[^\s<>"”.,;:!?)\]'’]`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`, // e-mail
    String.raw`\p{N}+(?:[.,:/]\p{N}+)+`, // 1,200  3.5  10:30  12/05/2011
    String.raw`[\p{L}\p{M}\p{N}]+(?:(?:[-'’&_]|\.(?=[\p{L}\p{M}]))[\p{L}\p{M}\p{N}]+)*`, // words, hyphens, U.S, O'Neil
    String.raw`\.{2,}|-{2,}|[^\s\p{L}\p{M}\p{N}]`, // ellipsis, double dash, any other single character
  ].join('|'),
  'gu',
);

const CLITIC_RE = /^(.+?)(['’][sS]|[nN]['’][tT]|['’](?:re|ve|ll|RE|VE|LL|m|d|M|D))$/u;
const DOTTED_RE = /^(?:[\p{L}]\.)+[\p{L}]$/u; // U.S  a.m  e.g
const INITIAL_RE = /^\p{Lu}$/u;

/** True when `word` followed directly by "." keeps the stop as part of the token. */
export function keepsFullStop(word: string, nextChar: string): boolean {
  if (DOTTED_RE.test(word) || INITIAL_RE.test(word)) return true;
  const low = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(low) || OTHER_ABBREVIATIONS.has(low)) return /^\p{Lu}/u.test(word) || low === 'etc' || low === 'vs' || low === 'approx' || low === 'al' || low === 'ca' || low === 'cf';
  if (MONTH_ABBREVIATIONS.has(low)) return /^\p{Lu}/u.test(word);
  if (NUMBER_ABBREVIATIONS.has(low)) return /\d/.test(nextChar);
  return false;
}

/** Tokenise text[start, end). Appends to `out` and returns it. */
export function tokenize(text: string, start = 0, end = text.length, out: RawToken[] = []): RawToken[] {
  TOKEN_RE.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) && m.index < end) {
    let s = m.index;
    let e = Math.min(s + m[0].length, end);
    let w = text.slice(s, e);
    // Word followed directly by a full stop: keep it when the word is an abbreviation.
    if (text.charCodeAt(e) === 46 /* . */ && e < end && text.charCodeAt(e + 1) !== 46 && /[\p{L}]$/u.test(w)) {
      // look past the stop and any spaces for the next character (for "No. 5")
      let k = e + 1;
      while (k < end && (text[k] === ' ' || text[k] === '\u00a0')) k++;
      if (keepsFullStop(w, k < end ? text[k]! : '')) {
        e += 1;
        w += '.';
        TOKEN_RE.lastIndex = e;
      }
    }
    // Possessives and contractions: Kazakhstan's -> Kazakhstan 's; don't -> do n't
    const c = w.length > 2 && (w.includes("'") || w.includes('’')) ? CLITIC_RE.exec(w) : null;
    if (c && /[\p{L}\p{N}]$/u.test(c[1]!)) {
      const cut = s + c[1]!.length;
      out.push({ text: c[1]!, start_char: s, end_char: cut });
      out.push({ text: c[2]!, start_char: cut, end_char: e });
      continue;
    }
    out.push({ text: w, start_char: s, end_char: e });
    if (e >= end) break;
    s = e;
  }
  return out;
}
