/**
 * The name recogniser: a greedy averaged perceptron over BILOU tags (left to right, each token
 * conditioned on the two tags chosen before it, transitions kept valid). Weights ship in
 * ./model/ner.bin.gz, written by ./train.ts.
 *
 * File format (gzip of): "SNER" u32 headerLength, header JSON, u32 stringsLength, the feature
 * strings joined by "\n", then per feature a u8 count of non-zero weights, then for every non-zero
 * weight its u8 tag index, then the weights as i16 (little-endian) times header.scale.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { endianness } from 'node:os';
import { gazetteerMatches, LocalFeatureRows, normWord, OFFSETS, PAD_LEFT, PAD_RIGHT, shortShape } from './features.js';
import { IntTable } from './int-table.js';
import { countryGazetteer, placeGazetteer, type Gazetteer } from './gazetteer.js';
import { tagsToSpans, type TypedSpan } from './conll.js';
import { historyTypes, PredictionHistory, tagType } from './history.js';

export interface ModelHeader {
  format: 'sitrep-ner';
  version: 1;
  tags: string[];
  scheme: 'bilou' | 'iob2';
  /** Name lists used for features: 'none', 'countries' (world-countries) or 'places' (+ cities500). */
  gazetteer: 'none' | 'countries' | 'places';
  minTownPopulation?: number;
  scale: number;
  features: number;
  nnz: number;
  /** Free text: training data and settings. */
  trained: string;
  /** Trained with prediction-history features (./history.ts). */
  history?: boolean;
}

export interface SparseWeights {
  features: string[];
  /** Per feature the number of non-zero weights. */
  counts: Uint8Array;
  tagIdx: Uint8Array;
  weights: Int16Array;
}

export function writeModel(header: ModelHeader, w: SparseWeights): Buffer {
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const strs = Buffer.from(w.features.join('\n'), 'utf8');
  const u32 = (n: number): Buffer => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
  const weights = Buffer.from(w.weights.buffer, w.weights.byteOffset, w.weights.byteLength);
  return gzipSync(Buffer.concat([Buffer.from('SNER'), u32(head.length), head, u32(strs.length), strs, Buffer.from(w.counts), Buffer.from(w.tagIdx), weights]), { level: 9 });
}

export function readModel(buf: Buffer): { header: ModelHeader; weights: SparseWeights } {
  const b = gunzipSync(buf);
  if (b.toString('latin1', 0, 4) !== 'SNER') throw new Error('not a sitrep NER model file');
  let o = 4;
  const hl = b.readUInt32LE(o); o += 4;
  const header = JSON.parse(b.toString('utf8', o, o + hl)) as ModelHeader; o += hl;
  const sl = b.readUInt32LE(o); o += 4;
  const features = b.toString('utf8', o, o + sl).split('\n'); o += sl;
  const counts = new Uint8Array(b.subarray(o, o + header.features)); o += header.features;
  const tagIdx = new Uint8Array(b.subarray(o, o + header.nnz)); o += header.nnz;
  const weights = new Int16Array(header.nnz);
  // the file is little-endian: copy the bytes at once on a little-endian machine (nearly all)
  if (endianness() === 'LE') new Uint8Array(weights.buffer).set(b.subarray(o, o + 2 * header.nnz));
  else for (let k = 0; k < header.nnz; k++) weights[k] = b.readInt16LE(o + 2 * k);
  return { header, weights: { features, counts, tagIdx, weights } };
}

/** allowed[prev * T + tag] for prev in 0..T (T = sentence start). */
export function transitionMask(tags: string[], scheme: 'bilou' | 'iob2'): Uint8Array {
  const T = tags.length;
  const m = new Uint8Array((T + 1) * T);
  for (let p = 0; p <= T; p++) {
    const prev = p === T ? 'O' : tags[p]!;
    const pp = prev[0]!;
    const pt = prev.slice(2);
    for (let t = 0; t < T; t++) {
      const cur = tags[t]!;
      const cp = cur[0]!;
      const ct = cur.slice(2);
      let ok: boolean;
      if (scheme === 'bilou') {
        const open = pp === 'B' || pp === 'I';
        ok = open ? (cp === 'I' || cp === 'L') && ct === pt : cp === 'O' || cp === 'B' || cp === 'U';
      } else {
        ok = cp !== 'I' || ((pp === 'B' || pp === 'I') && ct === pt);
      }
      m[p * T + t] = ok ? 1 : 0;
    }
  }
  return m;
}

export interface TaggedSentence {
  tags: string[];
  spans: TypedSpan[];
}

const CACHE_LIMIT = 100_000;
/** Bits of NerModel.pairRoles: the word is the current word of a "b-" / "b+" pair, the previous word of an "ls-" / "sk" pair, the next word of an "ls+" pair. */
const ROLE_BIGRAM_LEFT = 1, ROLE_BIGRAM_RIGHT = 2, ROLE_SHAPE_LEFT = 4, ROLE_SKIP = 8, ROLE_SHAPE_RIGHT = 16;
/** Word forms whose local-feature sums share one typed array (see FormEntry.v). */
const SLAB_FORMS = 1024;

interface Prepared {
  n: number;
  forms: FormEntry[];
  allCaps: boolean;
  gaz: (string[] | null)[] | null;
}

interface FormEntry {
  /**
   * Summed local-feature weights, one block of T per offset -2..2, at `at` in `v`: the entries of
   * SLAB_FORMS forms share one array, since a typed array of its own per form costs a separate
   * backing-store allocation (microseconds, and work for the garbage collector) on every new form.
   */
  v: Float32Array;
  at: number;
  /** Id of the lower-case form in the model vocabulary (-1: unknown). */
  lid: number;
  /** Id of the short shape (-1: unknown). */
  sid: number;
  /** The form with typographic variants unified (see normWord). */
  norm: string;
  /** Has letters; is written in capitals (for the all-capitals headline test, as isAllCaps). */
  letters: boolean;
  upper: boolean;
  /**
   * Some name-list phrase can start at a token written exactly so (most lower-case words that
   * start a place name, "the" of "The Hague", cannot: the name lists match them capitalised).
   */
  gaz: boolean;
  /** Starts with a capital letter; with a lower-case letter. */
  cap: boolean;
  lowStart: boolean;
  /** `norm` in lower case. */
  low: string;
  /** shortShape(norm) (the pad itself for a pad). */
  shape: string;
}

/** Rows of the name-list features of one match feature g ("country:U"): -1 when absent. */
interface GazRows {
  /** "g0=g", "g-1=g", "g1=g". */
  g0: number;
  prev: number;
  next: number;
  /** shape -> row of "g0=g shape". */
  withShape: Map<string, number>;
}

/**
 * Tagging is fast because nothing is built from strings per token: local features are summed once
 * per word form (cached), and the window and history features are looked up through integer ids of
 * the lower-case form, the shape and the previous tags, in tables built when the model loads.
 */
export class NerModel {
  readonly header: ModelHeader;
  readonly tags: string[];
  private readonly T: number;
  private readonly index = new Map<string, number>();
  /** Rows of the local features, by family and value (all other features by name in `index`). */
  private readonly local = new LocalFeatureRows();
  private slab = new Float32Array(0);
  private slabUsed = 0;
  /** Row ids of the local features of one word, and where each offset's rows end (reused). */
  private readonly localRows = new Int32Array(64);
  private readonly localEnds = new Int32Array(OFFSETS.length);
  private readonly rowStart: Int32Array;
  private readonly rowTag: Uint8Array;
  private readonly rowW: Float32Array;
  private readonly mask: Uint8Array;
  private readonly gazetteers: Gazetteer[];
  private readonly cache = new Map<string, FormEntry>();
  private readonly scores: Float64Array;
  /** Index of the tag O. */
  private readonly outside: number;
  private readonly names: string[];
  private readonly historyTypes: string[];
  private readonly prevTags: Float64Array;
  private readonly typeOfTag: Int32Array;
  private readonly historyRows: Int32Array;
  private readonly seenLowerRow: number;
  private allIndex: Map<string, number> | null = null;
  private readonly gazRows = new Map<string, GazRows>();
  /** The entries of the two pads (the same values as form() gives them). */
  private padLeft: FormEntry | null = null;
  private padRight: FormEntry | null = null;
  // integer tables (row ids, -1 when absent)
  private readonly vocab = new Map<string, number>();
  private readonly shapeIds = new Map<string, number>();
  private V = 0;
  private S = 0;
  /** Word id * V + previous word id -> row ("b-"); word id * V + next word id -> row ("b+"). */
  private bigramLeft!: IntTable;
  private bigramRight!: IntTable;
  /** (Previous shape id * S + shape id) * S + next shape id -> row ("t"). */
  private trigramShape!: IntTable;
  /** Previous word id * S + shape id -> row ("ls-"); shape id * V + next word id -> row ("ls+"). */
  private wordShapeLeft!: IntTable;
  private shapeWordRight!: IntTable;
  /** Previous word id * V + next word id -> row ("sk": the words either side). */
  private skipGram!: IntTable;
  /**
   * Per word id, the ROLE_* bits of the pair tables above it has a key in: most words have none,
   * and the tagger skips the look-ups that cannot hit (the tables are sparse: a few thousand pairs).
   */
  private pairRoles!: Uint8Array;
  private firstShape!: Int32Array;
  private capsWord!: Int32Array;
  private capsRow = -1;
  private y1!: Int32Array;
  private y12!: Int32Array;
  private y1l!: Int32Array;
  private y1s!: Int32Array;

  constructor(header: ModelHeader, w: SparseWeights, gazetteers?: Gazetteer[]) {
    this.header = header;
    this.tags = header.tags;
    this.T = header.tags.length;
    const F = w.features.length;
    this.rowStart = new Int32Array(F + 1);
    for (let f = 0; f < F; f++) this.rowStart[f + 1] = this.rowStart[f]! + w.counts[f]!;
    this.rowTag = w.tagIdx;
    this.rowW = new Float32Array(w.weights.length);
    for (let k = 0; k < w.weights.length; k++) this.rowW[k] = w.weights[k]! * header.scale;
    this.mask = transitionMask(this.tags, header.scheme);
    this.gazetteers = gazetteers ?? (header.gazetteer === 'places' ? [placeGazetteer(header.minTownPopulation)] : header.gazetteer === 'countries' ? [countryGazetteer()] : []);
    this.scores = new Float64Array(this.T);
    this.outside = this.tags.indexOf('O');
    this.names = w.features;
    this.buildTables(w.features);
    // weights of the previous-tag features (y1, y12) summed per pair of previous tags
    const T1 = this.T + 1;
    this.prevTags = new Float64Array(T1 * T1 * this.T);
    const tmp = new Float64Array(this.T);
    for (let a = 0; a < T1; a++) for (let b = 0; b < T1; b++) {
      tmp.fill(0);
      this.addRowId(tmp, this.y1[a]);
      this.addRowId(tmp, this.y12[a * T1 + b]);
      this.prevTags.set(tmp, (a * T1 + b) * this.T);
    }
    this.historyTypes = historyTypes(this.tags);
    this.typeOfTag = Int32Array.from(this.tags.map((t) => this.historyTypes.indexOf(tagType(t))));
    this.historyRows = Int32Array.from(this.historyTypes.map((t) => this.index.get(`H=${t}`) ?? -1));
    this.seenLowerRow = this.index.get('HL') ?? -1;
  }

  private buildTables(features: string[]): void {
    const T = this.T;
    const tagId = new Map<string, number>(this.tags.map((t, i) => [t, i]));
    tagId.set(PAD_LEFT, T);
    const word = (x: string): number => { let i = this.vocab.get(x); if (i === undefined) this.vocab.set(x, (i = this.vocab.size)); return i; };
    const shape = (x: string): number => { let i = this.shapeIds.get(x); if (i === undefined) this.shapeIds.set(x, (i = this.shapeIds.size)); return i; };
    const parsed: Array<[number, string, string[]]> = [];
    for (let f = 0; f < features.length; f++) {
      const name = features[f]!;
      const eq = name.indexOf('=');
      const fam = eq < 0 ? name : name.slice(0, eq);
      const parts = eq < 0 ? [] : name.slice(eq + 1).split(' ');
      switch (fam) {
        case 'b-': case 'b+': word(parts[0]!); word(parts[1]!); break;
        case 'ls-': word(parts[0]!); shape(parts[1]!); break;
        case 'ls+': shape(parts[0]!); word(parts[1]!); break;
        case 'sk': word(parts[0]!); word(parts[1]!); break;
        case 'AC|l': word(parts[0]!); break;
        case 'y1l': word(parts[1]!); break;
        case 't': parts.forEach(shape); break;
        case 'F|s': shape(parts[0]!); break;
        case 'y1s': shape(parts[1]!); break;
        case 'AC': this.capsRow = f; continue;
        case 'y1': case 'y12': break;
        default: if (!this.local.add(name, f)) this.index.set(name, f); continue; // local features by family, name-list features by string
      }
      parsed.push([f, fam, parts]);
    }
    const V = (this.V = this.vocab.size);
    const S = (this.S = this.shapeIds.size);
    const filled = (n: number): Int32Array => new Int32Array(n).fill(-1);
    this.firstShape = filled(S);
    this.capsWord = filled(V);
    this.y1 = filled(T + 1);
    this.y12 = filled((T + 1) * (T + 1));
    this.y1l = filled(V * (T + 1));
    this.y1s = filled(S * (T + 1));
    const bigramLeft = new Map<number, number>(), bigramRight = new Map<number, number>(), trigramShape = new Map<number, number>();
    const wordShapeLeft = new Map<number, number>(), shapeWordRight = new Map<number, number>(), skipGram = new Map<number, number>();
    const roles = (this.pairRoles = new Uint8Array(V));
    for (const [f, fam, p] of parsed) {
      const wid = (x: string): number => this.vocab.get(x)!;
      const sid = (x: string): number => this.shapeIds.get(x)!;
      const tid = (x: string): number => tagId.get(x) ?? -1;
      switch (fam) {
        case 'b-': bigramLeft.set(wid(p[1]!) * V + wid(p[0]!), f); roles[wid(p[1]!)] |= ROLE_BIGRAM_LEFT; break;
        case 'b+': bigramRight.set(wid(p[0]!) * V + wid(p[1]!), f); roles[wid(p[0]!)] |= ROLE_BIGRAM_RIGHT; break;
        case 'ls-': wordShapeLeft.set(wid(p[0]!) * S + sid(p[1]!), f); roles[wid(p[0]!)] |= ROLE_SHAPE_LEFT; break;
        case 'sk': skipGram.set(wid(p[0]!) * V + wid(p[1]!), f); roles[wid(p[0]!)] |= ROLE_SKIP; break;
        case 'ls+': shapeWordRight.set(sid(p[0]!) * V + wid(p[1]!), f); roles[wid(p[1]!)] |= ROLE_SHAPE_RIGHT; break;
        case 't': trigramShape.set((sid(p[0]!) * S + sid(p[1]!)) * S + sid(p[2]!), f); break;
        case 'F|s': this.firstShape[sid(p[0]!)] = f; break;
        case 'AC|l': this.capsWord[wid(p[0]!)] = f; break;
        case 'y1': if (tid(p[0]!) >= 0) this.y1[tid(p[0]!)] = f; break;
        case 'y12': if (tid(p[0]!) >= 0 && tid(p[1]!) >= 0) this.y12[tid(p[0]!) * (T + 1) + tid(p[1]!)] = f; break;
        case 'y1l': if (tid(p[0]!) >= 0) this.y1l[wid(p[1]!) * (T + 1) + tid(p[0]!)] = f; break;
        case 'y1s': if (tid(p[0]!) >= 0) this.y1s[sid(p[1]!) * (T + 1) + tid(p[0]!)] = f; break;
      }
    }
    this.bigramLeft = new IntTable(bigramLeft);
    this.bigramRight = new IntTable(bigramRight);
    this.trigramShape = new IntTable(trigramShape);
    this.wordShapeLeft = new IntTable(wordShapeLeft);
    this.shapeWordRight = new IntTable(shapeWordRight);
    this.skipGram = new IntTable(skipGram);
  }

  /** Adds the weights of feature row f (no-op for -1 or undefined) to a word-form block (at `base`). */
  private addRowTo32(out: Float32Array, f: number | undefined, base: number): void {
    if (f === undefined || f < 0) return;
    const end = this.rowStart[f + 1]!;
    for (let j = this.rowStart[f]!; j < end; j++) out[base + this.rowTag[j]!]! += this.rowW[j]!;
  }

  /** Adds the weights of feature row f (no-op for -1 or undefined) to tag scores (kept monomorphic: hot). */
  private addRowId(out: Float64Array, f: number | undefined): void {
    if (f === undefined || f < 0) return;
    const end = this.rowStart[f + 1]!;
    const tags = this.rowTag;
    const w = this.rowW;
    for (let j = this.rowStart[f]!; j < end; j++) out[tags[j]!]! += w[j]!;
  }

  private form(raw: string): FormEntry {
    let e = this.cache.get(raw);
    if (e) return e;
    const w = raw === PAD_LEFT || raw === PAD_RIGHT ? raw : normWord(raw);
    const pad = w === PAD_LEFT || w === PAD_RIGHT;
    const lower = pad ? w : w.toLowerCase();
    const shape = pad ? w : shortShape(w);
    const T = this.T;
    const size = OFFSETS.length * T;
    if (this.slabUsed + size > this.slab.length) { this.slab = new Float32Array(SLAB_FORMS * size); this.slabUsed = 0; }
    const v = this.slab;
    const at = this.slabUsed;
    this.slabUsed += size;
    const rows = this.localRows;
    const ends = this.localEnds;
    this.local.rowsOf(w, lower, shape, rows, ends);
    for (let o = 0, r = 0; o < OFFSETS.length; o++) {
      for (; r < ends[o]!; r++) this.addRowTo32(v, rows[r], at + o * T);
    }
    const up = w.toUpperCase();
    const c0 = w.charCodeAt(0);
    e = {
      v,
      at,
      cap: w !== PAD_LEFT && w !== PAD_RIGHT && ((c0 >= 65 && c0 <= 90) || (c0 > 127 && /^\p{Lu}/u.test(w))),
      lowStart: w !== PAD_LEFT && w !== PAD_RIGHT && ((c0 >= 97 && c0 <= 122) || (c0 > 127 && /^\p{Ll}/u.test(w))),
      low: lower,
      lid: this.vocab.get(lower) ?? -1,
      sid: this.shapeIds.get(shape) ?? -1,
      shape,
      norm: w,
      letters: up !== (pad ? w.toLowerCase() : lower),
      upper: w === up,
      gaz: this.hasGazetteerFirst(w),
    };
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(raw, e);
    return e;
  }

  private hasGazetteerFirst(form: string): boolean {
    for (const g of this.gazetteers) if (g.hasExactFirst(form)) return true;
    return false;
  }

  /** Scores of every feature given as strings (the training path): for tests of the fast path. */
  scoreFeatureStrings(features: string[]): Float64Array {
    this.allIndex ??= new Map(this.names.map((f, i) => [f, i]));
    const out = new Float64Array(this.T);
    for (const f of features) this.addRowId(out, this.allIndex.get(f));
    return out;
  }

  /** Per-sentence inputs of the scorer: word-form entries (padded by two each side), headline flag, name-list matches. */
  private prepare(tokens: string[]): Prepared {
    const n = tokens.length;
    const forms = new Array<FormEntry>(n + 4);
    forms[0] = forms[1] = (this.padLeft ??= this.form(PAD_LEFT));
    for (let i = 0; i < n; i++) forms[i + 2] = this.form(tokens[i]!);
    forms[n + 2] = forms[n + 3] = (this.padRight ??= this.form(PAD_RIGHT));
    let letters = 0;
    let caps = 0;
    let anyGaz = false;
    for (let i = 2; i < n + 2; i++) {
      const f = forms[i]!;
      if (f.letters) { letters++; if (f.upper) caps++; }
      if (f.gaz) anyGaz = true;
    }
    const allCaps = letters >= 3 && caps / letters > 0.8; // as isAllCaps()
    let gaz: (string[] | null)[] | null = null;
    if (anyGaz) {
      const words = new Array<string>(n);
      const maybe = new Array<boolean>(n);
      for (let i = 0; i < n; i++) { const f = forms[i + 2]!; words[i] = f.norm; maybe[i] = f.gaz; }
      gaz = gazetteerMatches(words, this.gazetteers, maybe);
    }
    return { n, forms, allCaps, gaz };
  }

  /** A prediction history for one document, or null when the model was trained without one. */
  newHistory(): PredictionHistory | null {
    return this.header.history ? new PredictionHistory(this.historyTypes) : null;
  }

  /** Scores of every tag for token i given the two previous tag indices (T = sentence start), into s. */
  private scoreAt(p: Prepared, i: number, p1: number, p2: number, s: Float64Array, h: PredictionHistory | null = null): void {
    const T = this.T;
    const T1 = T + 1;
    const S = this.S;
    const forms = p.forms;
    // local features of the five words around, and the two previous tags, in one pass
    const f0 = forms[i]!, f1 = forms[i + 1]!, f2 = forms[i + 2]!, f3 = forms[i + 3]!, f4 = forms[i + 4]!;
    const v0 = f0.v, v1 = f1.v, v2 = f2.v, v3 = f3.v, v4 = f4.v;
    const a0 = f0.at, a1 = f1.at + T, a2 = f2.at + 2 * T, a3 = f3.at + 3 * T, a4 = f4.at + 4 * T;
    const pv = this.prevTags;
    const pb = (p1 * T1 + p2) * T;
    for (let t = 0; t < T; t++) s[t] = v0[a0 + t]! + v1[a1 + t]! + v2[a2 + t]! + v3[a3 + t]! + v4[a4 + t]! + pv[pb + t]!;
    const prev = forms[i + 1]!, cur = forms[i + 2]!, next = forms[i + 3]!;
    const roles = this.pairRoles;
    const prevRoles = prev.lid >= 0 ? roles[prev.lid]! : 0;
    if (cur.lid >= 0) {
      const curRoles = roles[cur.lid]!;
      if (prev.lid >= 0 && curRoles & ROLE_BIGRAM_LEFT) this.addRowId(s, this.bigramLeft.get(cur.lid * this.V + prev.lid));
      if (next.lid >= 0 && curRoles & ROLE_BIGRAM_RIGHT) this.addRowId(s, this.bigramRight.get(cur.lid * this.V + next.lid));
      if (p.allCaps) this.addRowId(s, this.capsWord[cur.lid]);
      this.addRowId(s, this.y1l[cur.lid * T1 + p1]);
    }
    if (cur.sid >= 0) {
      if (prev.sid >= 0 && next.sid >= 0) this.addRowId(s, this.trigramShape.get((prev.sid * S + cur.sid) * S + next.sid));
      if (prevRoles & ROLE_SHAPE_LEFT) this.addRowId(s, this.wordShapeLeft.get(prev.lid * S + cur.sid));
      if (next.lid >= 0 && roles[next.lid]! & ROLE_SHAPE_RIGHT) this.addRowId(s, this.shapeWordRight.get(cur.sid * this.V + next.lid));
      if (i === 0) this.addRowId(s, this.firstShape[cur.sid]);
      this.addRowId(s, this.y1s[cur.sid * T1 + p1]);
    }
    if (prevRoles & ROLE_SKIP && next.lid >= 0) this.addRowId(s, this.skipGram.get(prev.lid * this.V + next.lid));
    if (p.allCaps) this.addRowId(s, this.capsRow);
    if (h && cur.cap) {
      const m = h.majorityOf(cur.low);
      if (m >= 0) this.addRowId(s, this.historyRows[m]);
      if (h.seenLowerOf(cur.low)) this.addRowId(s, this.seenLowerRow);
    }
    const gaz = p.gaz;
    if (gaz) {
      const g0 = gaz[i];
      if (g0) {
        const s0 = cur.shape;
        for (const g of g0) {
          const r = this.gazRowsOf(g);
          this.addRowId(s, r.g0);
          let ws = r.withShape.get(s0);
          if (ws === undefined) r.withShape.set(s0, (ws = this.index.get(`g0=${g} ${s0}`) ?? -1));
          this.addRowId(s, ws);
        }
      }
      const gp = i > 0 ? gaz[i - 1] : null;
      if (gp) for (const g of gp) this.addRowId(s, this.gazRowsOf(g).prev);
      const gn = i + 1 < p.n ? gaz[i + 1] : null;
      if (gn) for (const g of gn) this.addRowId(s, this.gazRowsOf(g).next);
    }
  }

  private gazRowsOf(g: string): GazRows {
    let r = this.gazRows.get(g);
    if (!r) {
      r = { g0: this.index.get(`g0=${g}`) ?? -1, prev: this.index.get(`g-1=${g}`) ?? -1, next: this.index.get(`g1=${g}`) ?? -1, withShape: new Map() };
      this.gazRows.set(g, r);
    }
    return r;
  }

  /** Tag scores of token i with the given previous tags (names, PAD_LEFT at the start): for tests. */
  scoresFor(tokens: string[], i: number, prev1: string, prev2: string, history: PredictionHistory | null = null): Float64Array {
    const id = (t: string): number => (t === PAD_LEFT ? this.T : this.tags.indexOf(t));
    const out = new Float64Array(this.T);
    this.scoreAt(this.prepare(tokens), i, id(prev1), id(prev2), out, history);
    return out;
  }

  /** Tag one sentence of tokens (raw token strings; typographic variants are normalised here). */
  tagSentence(tokens: string[], withScores = false, history: PredictionHistory | null = null): TaggedSentence & { confidence?: number[] } {
    const T = this.T;
    const p = this.prepare(tokens);
    const n = p.n;
    const out = new Array<string>(n);
    // confidences rounded to float32 (as the model's weights), in a plain array: a small typed
    // array per sentence costs a separate backing-store allocation
    const conf = withScores ? new Array<number>(n).fill(0) : undefined;
    const s = this.scores;
    let p1 = T; // previous tag index, T = sentence start
    let p2 = T;
    for (let i = 0; i < n; i++) {
      this.scoreAt(p, i, p1, p2, s, history);
    let best = -1;
      let bestScore = -Infinity;
      const row = p1 * T;
      for (let t = 0; t < T; t++) if (this.mask[row + t] && s[t]! > bestScore) { bestScore = s[t]!; best = t; }
      if (conf && best !== this.outside) {
        let z = 0;
        for (let t = 0; t < T; t++) if (this.mask[row + t]) z += Math.exp(s[t]! - bestScore);
        conf[i] = Math.fround(1 / z);
      }
      out[i] = this.tags[best]!;
      if (history) { const f = p.forms[i + 2]!; history.recordOf(f.low, f.cap, f.lowStart, this.typeOfTag[best]!); }
      p2 = p1;
      p1 = best;
    }
    history?.endSentence();
    // close an entity left open at the end of the sentence
    if (n && this.header.scheme === 'bilou') {
      const last = out[n - 1]!;
      if (last[0] === 'B') out[n - 1] = 'U' + last.slice(1);
      else if (last[0] === 'I') out[n - 1] = 'L' + last.slice(1);
    }
    return { tags: out, spans: tagsToSpans(out), confidence: conf };
  }
}

const MODEL_URLS = [new URL('./model/ner.bin.gz', import.meta.url), new URL('../../../src/entities/model/ner.bin.gz', import.meta.url)];

let shared: NerModel | null = null;

/** The shipped model, loaded once (pass a path to load another). */
export function loadModel(path?: string): NerModel {
  if (!path && shared) return shared;
  const file = path ?? MODEL_URLS.map((u) => fileURLToPath(u)).find((p) => existsSync(p));
  if (!file) throw new Error('NER model file not found (src/entities/model/ner.bin.gz): run src/entities/train.ts');
  const { header, weights } = readModel(readFileSync(file));
  const m = new NerModel(header, weights);
  if (!path) shared = m;
  return m;
}
