/**
 * Features of the name recogniser, shared by training (./train.ts) and tagging (./model.ts).
 *
 * Three kinds, so tagging can cache what depends on a word form only:
 *  - local(word, k): features of the word at offset k (-2..2) from the tagged token (its form,
 *    lower case, shape, affixes); a pure function of the word, summed once per form and cached;
 *  - context(i): features of the window (word bigrams, shape trigram, the word before or after
 *    with this word's shape, the words either side, name-list matches, sentence start,
 *    all-capitals headline);
 *  - history(i): features of the two tags already chosen to the left.
 */
import type { Gazetteer } from './gazetteer.js';

export const PAD_LEFT = '<S>';
export const PAD_RIGHT = '</S>';
export const OFFSETS = [-2, -1, 0, 1, 2] as const;

/** Unify typographic variants with the CoNLL forms ("’" -> "'", "“" -> '"', "—" -> "-"). */
export function normWord(t: string): string {
  if (/^[\x20-\x7e]*$/.test(t)) return t;
  return t
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„«»″]/g, '"')
    .replace(/[–—―−]/g, '-')
    .replace(/…/g, '...');
}

function charClass(c: number): string {
  if (c >= 65 && c <= 90) return 'X';
  if (c >= 97 && c <= 122) return 'x';
  if (c >= 48 && c <= 57) return 'd';
  if (c < 128) return String.fromCharCode(c);
  const ch = String.fromCharCode(c);
  if (/\p{Lu}/u.test(ch)) return 'X';
  if (/\p{Ll}/u.test(ch)) return 'x';
  if (/\p{N}/u.test(ch)) return 'd';
  if (/\p{L}/u.test(ch)) return 'x';
  return '*';
}

/** Word shape with runs collapsed: "Kazakhstan" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d". */
export function shortShape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const c = charClass(w.charCodeAt(i));
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Word shape with runs cut at 3: "Kazakhstan" -> "Xxxx", "AK-47" -> "XX-dd". */
export function longShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const c = charClass(w.charCodeAt(i));
    run = c === last ? run + 1 : 1;
    if (run <= 3) out += c;
    last = c;
  }
  return out;
}

/** Features of word `w` at offset `k` from the tagged token. */
export function localFeatures(w: string, k: number): string[] {
  if (w === PAD_LEFT || w === PAD_RIGHT) return [`${k}l=${w}`];
  return wordFeatures(w, k, w.toLowerCase(), shortShape(w));
}

/** localFeatures() of a word that is not a pad, given its lower case and short shape (computed once for every offset). */
export function wordFeatures(w: string, k: number, low: string, s: string): string[] {
  if (k === 0) {
    const f = ['bias', `0w=${w}`, `0l=${low}`, `0s=${s}`, `0S=${longShape(w)}`];
    const n = w.length;
    for (let j = 1; j <= 4 && j < n; j++) f.push(`0p${j}=${w.slice(0, j)}`, `0x${j}=${low.slice(n - j)}`);
    return f;
  }
  if (k === -1 || k === 1) return [`${k}l=${low}`, `${k}s=${s}`, `${k}x3=${low.slice(-3)}`];
  return [`${k}l=${low}`, `${k}s=${s}`];
}

/** The local feature families ("0w", "-1l", "0p3", ...): the table they go to in LocalFeatureRows, and the slot there. */
const LOCAL_FAMILIES = new Map<string, { kind: 'word' | 'longShape' | 'lower' | 'shape' | 'suffix3' | 'prefix' | 'suffix'; slot: number }>([
  ['0w', { kind: 'word', slot: 0 }],
  ['0S', { kind: 'longShape', slot: 0 }],
  ...OFFSETS.flatMap((k, o) => [[`${k}l`, { kind: 'lower', slot: o }], [`${k}s`, { kind: 'shape', slot: o }]] as const),
  ['-1x3', { kind: 'suffix3', slot: 0 }],
  ['1x3', { kind: 'suffix3', slot: 1 }],
  ...[1, 2, 3, 4].flatMap((j) => [[`0p${j}`, { kind: 'prefix', slot: j }], [`0x${j}`, { kind: 'suffix', slot: j }]] as const),
]);

/**
 * The model rows of the local features, indexed by family and value, so that the tagger finds the
 * rows of a word form it has not seen before without building the feature strings of
 * wordFeatures() (about 25 concatenations and look-ups of fresh strings per form): the value
 * strings are looked up directly, most of them in one table for all five offsets.
 * rowsOf() yields the rows in exactly the order of wordFeatures(), so that the float sums of the
 * weights are the same as summing over the strings (the model tests compare the two).
 */
export class LocalFeatureRows {
  private bias = -1;
  /** Per value, the rows for the offsets -2..2 (OFFSETS order), -1 where absent. */
  private readonly lower = new Map<string, Int32Array>(); // `${k}l=`
  private readonly shape = new Map<string, Int32Array>(); // `${k}s=`
  private readonly word = new Map<string, number>(); // `0w=`
  private readonly longShape = new Map<string, number>(); // `0S=`
  /** Index j: `0p${j}=` and `0x${j}=` (j = 1..4). */
  private readonly prefix: Map<string, number>[] = [0, 1, 2, 3, 4].map(() => new Map());
  private readonly suffix: Map<string, number>[] = [0, 1, 2, 3, 4].map(() => new Map());
  /** Per value, the rows of `-1x3=` and `1x3=`. */
  private readonly suffix3 = new Map<string, Int32Array>();

  /** Index feature row `row` named `name` when it is a local feature; false when it is not one. */
  add(name: string, row: number): boolean {
    if (name === 'bias') { this.bias = row; return true; }
    const eq = name.indexOf('=');
    if (eq < 0) return false;
    const fam = LOCAL_FAMILIES.get(name.slice(0, eq));
    if (!fam) return false;
    const value = name.slice(eq + 1);
    const perSlot = (m: Map<string, Int32Array>, n: number): true => {
      let rows = m.get(value);
      if (!rows) m.set(value, (rows = new Int32Array(n).fill(-1)));
      rows[fam.slot] = row;
      return true;
    };
    switch (fam.kind) {
      case 'word': this.word.set(value, row); return true;
      case 'longShape': this.longShape.set(value, row); return true;
      case 'lower': return perSlot(this.lower, OFFSETS.length);
      case 'shape': return perSlot(this.shape, OFFSETS.length);
      case 'suffix3': return perSlot(this.suffix3, 2);
      case 'prefix': this.prefix[fam.slot]!.set(value, row); return true;
      case 'suffix': this.suffix[fam.slot]!.set(value, row); return true;
    }
  }

  /**
   * Rows (-1 when absent) of localFeatures(w, k) for every offset k, into `out`: the rows of
   * OFFSETS[o] in the order of wordFeatures(), ending at ends[o]. `low` and `s` as for
   * wordFeatures(); a pad word has its one feature `${k}l=${pad}`. The lower-case, shape and
   * suffix tables are looked up once for all offsets.
   */
  rowsOf(w: string, low: string, s: string, out: Int32Array, ends: Int32Array): void {
    let c = 0;
    if (w === PAD_LEFT || w === PAD_RIGHT) {
      const rows = this.lower.get(w);
      for (let o = 0; o < OFFSETS.length; o++) { out[c++] = rows?.[o] ?? -1; ends[o] = c; }
      return;
    }
    const lowRows = this.lower.get(low);
    const shapeRows = this.shape.get(s);
    const x3Rows = this.suffix3.get(low.slice(-3));
    for (let o = 0; o < OFFSETS.length; o++) {
      const k = OFFSETS[o]!;
      if (k === 0) {
        out[c++] = this.bias;
        out[c++] = this.word.get(w) ?? -1;
      }
      out[c++] = lowRows?.[o] ?? -1;
      out[c++] = shapeRows?.[o] ?? -1;
      if (k === 0) {
        out[c++] = this.longShape.get(longShape(w)) ?? -1;
        const n = w.length;
        for (let j = 1; j <= 4 && j < n; j++) {
          out[c++] = this.prefix[j]!.get(w.slice(0, j)) ?? -1;
          out[c++] = this.suffix[j]!.get(low.slice(n - j)) ?? -1;
        }
      } else if (k === -1 || k === 1) {
        out[c++] = x3Rows?.[k < 0 ? 0 : 1] ?? -1;
      }
      ends[o] = c;
    }
  }
}

/** Per-sentence values the context features need. */
export interface SentenceContext {
  words: string[];
  lower: string[];
  shapes: string[];
  gaz: (string[] | null)[];
  allCaps: boolean;
}

/** True for a headline in capitals ("SOCCER - JAPAN GET LUCKY WIN"). */
export function isAllCaps(words: string[]): boolean {
  let letters = 0;
  let caps = 0;
  for (const w of words) {
    const up = w.toUpperCase();
    if (up === w.toLowerCase()) continue;
    letters++;
    if (w === up) caps++;
  }
  return letters >= 3 && caps / letters > 0.8;
}

/** Name-list matches per token ("country:U", "demonym:B", ...), null where none. */
export function gazetteerMatches(words: string[], gazetteers: Gazetteer[], maybe?: ArrayLike<boolean>): (string[] | null)[] {
  if (gazetteers.length === 1) return gazetteers[0]!.match(words, maybe);
  let gaz: (string[] | null)[] = new Array(words.length).fill(null);
  for (const g of gazetteers) {
    const m = g.match(words, maybe);
    gaz = gaz.map((x, i) => (m[i] ? (x ? x.concat(m[i]!) : m[i]!) : x));
  }
  return gaz;
}

export function sentenceContext(words: string[], gazetteers: Gazetteer[]): SentenceContext {
  return {
    words,
    lower: words.map((w) => w.toLowerCase()),
    shapes: words.map(shortShape),
    gaz: gazetteerMatches(words, gazetteers),
    allCaps: isAllCaps(words),
  };
}

/** Window features of token i (parts joined by spaces: tokens never contain one). */
export function contextFeatures(c: SentenceContext, i: number): string[] {
  const n = c.words.length;
  const l0 = c.lower[i]!;
  const lp = i > 0 ? c.lower[i - 1]! : PAD_LEFT;
  const ln = i + 1 < n ? c.lower[i + 1]! : PAD_RIGHT;
  const sp = i > 0 ? c.shapes[i - 1]! : PAD_LEFT;
  const sn = i + 1 < n ? c.shapes[i + 1]! : PAD_RIGHT;
  const s0 = c.shapes[i]!;
  // the word before/after with this word's shape ("in Xx", "Mr. Xx", "Xx said", "Xx Inc") and the
  // words either side ("in _ on"): they carry over to names the training data never saw
  const f = [`b-=${lp} ${l0}`, `b+=${l0} ${ln}`, `t=${sp} ${s0} ${sn}`, `ls-=${lp} ${s0}`, `ls+=${s0} ${ln}`, `sk=${lp} ${ln}`];
  if (i === 0) f.push(`F|s=${s0}`);
  if (c.allCaps) f.push('AC', `AC|l=${l0}`);
  const g0 = c.gaz[i];
  if (g0) for (const g of g0) f.push(`g0=${g}`, `g0=${g} ${s0}`);
  const gp = i > 0 ? c.gaz[i - 1] : null;
  if (gp) for (const g of gp) f.push(`g-1=${g}`);
  const gn = i + 1 < n ? c.gaz[i + 1] : null;
  if (gn) for (const g of gn) f.push(`g1=${g}`);
  return f;
}

/** Features of the two previous tags (PAD_LEFT before the first token). */
export function historyFeatures(c: SentenceContext, i: number, p1: string, p2: string): string[] {
  return [`y1=${p1}`, `y12=${p1} ${p2}`, `y1l=${p1} ${c.lower[i]}`, `y1s=${p1} ${c.shapes[i]}`];
}
