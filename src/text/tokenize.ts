/**
 * Tokenizer in the CoNLL / Penn Treebank manner, with character offsets into the original text:
 * punctuation is split off ("(Reuters)" -> "(", "Reuters", ")"), possessives and contractions are
 * split ("Kazakhstan's" -> "Kazakhstan", "'s"; "don't" -> "do", "n't"), hyphenated words stay whole
 * ("al-Nusra", "34-year-old"), numbers keep their separators ("1,200", "3.5", "10:30"), and
 * abbreviations keep their full stop ("Gen.", "U.S.", "Dec.", initials "W.").
 */
import type { Token } from '../types.js';
import { MONTH_ABBREVIATIONS, NUMBER_ABBREVIATIONS, OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';

export interface RawToken {
  text: string;
  start_char: number;
  end_char: number;
}

/**
 * The tokens are made with the shape of the pipeline's Token (`sentence` -1 until the sentence
 * splitter sets it), so that the splitter keeps these objects instead of copying every token.
 */
function token(text: string, start_char: number, end_char: number): Token {
  return { text, start_char, end_char, sentence: -1 };
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

/** Characters \s matches below U+0100 (the regex skips \s between tokens). */
function isLatinSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Characters after which a run of ASCII letters is a whole token with nothing more to decide: no
 * alternative of TOKEN_RE can go on through them (not ".", ":", "@", "-", "'", a digit or a
 * letter), and neither the full-stop nor the clitic rule applies.
 */
function endsPlainWord(c: number): boolean {
  return isLatinSpace(c) || c === 44 /* , */ || c === 59 /* ; */ || c === 41 /* ) */ || c === 34 /* " */ || c === 63 /* ? */ || c === 33 /* ! */ || c === 0x201d /* ” */;
}

/** Tokenise text[start, end). Appends to `out` and returns it. */
export function tokenize(text: string, start = 0, end = text.length, out: RawToken[] = []): RawToken[] {
  let pos = start;
  while (pos < end) {
    let p = pos;
    while (p < end && isLatinSpace(text.charCodeAt(p))) p++;
    if (p >= end) break;
    // Fast path, most tokens of English news: a plain ASCII word ending at a space or a closing
    // mark is the token TOKEN_RE would find here (see endsPlainWord); everything else goes to it.
    let q = p;
    while (q < text.length && isAsciiLetter(text.charCodeAt(q))) q++;
    if (q > p && q < text.length && endsPlainWord(text.charCodeAt(q))) {
      const e = Math.min(q, end);
      out.push(token(text.slice(p, e), p, e));
      pos = q;
      continue;
    }
    TOKEN_RE.lastIndex = p;
    const m = TOKEN_RE.exec(text);
    if (!m || m.index >= end) break;
    const s = m.index;
    let e = Math.min(s + m[0].length, end);
    let w = e - s === m[0].length ? m[0] : text.slice(s, e); // the match itself unless cut at `end`
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
    pos = TOKEN_RE.lastIndex;
    // Possessives and contractions: Kazakhstan's -> Kazakhstan 's; don't -> do n't
    const c = w.length > 2 && (w.includes("'") || w.includes('’')) ? CLITIC_RE.exec(w) : null;
    if (c && /[\p{L}\p{N}]$/u.test(c[1]!)) {
      const cut = s + c[1]!.length;
      out.push(token(c[1]!, s, cut));
      out.push(token(c[2]!, cut, e));
      continue;
    }
    out.push(token(w, s, e));
    if (e >= end) break;
  }
  return out;
}
