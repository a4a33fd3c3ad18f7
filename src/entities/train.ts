/**
 * Train the name recogniser (greedy averaged perceptron, see ./model.ts) on a CoNLL-2003 style file.
 *
 *   npx tsx src/entities/train.ts --train PATH/eng.train --out src/entities/model/ner.bin.gz
 *       [--holdout 0.1] [--dev PATH] [--epochs 15] [--gazetteer places|countries|none] [--min-town 15000]
 *       [--scheme bilou|iob2] [--prune 0.02] [--seed 1] [--no-history] [--min-count 2] [--runs 3]
 *
 * The defaults are the shipped model's settings (chosen on the held-out last tenth of eng.train,
 * several seeds): the command above rebuilds it.
 *
 * --holdout F keeps the last F of the training sentences aside and reports F1 on them after every
 * epoch (use it to choose --epochs); the model written is then trained on the rest only. Without
 * it every sentence is used. --dev PATH scores another file after the last epoch.
 * --runs K trains K times (seeds seed..seed+K-1, each run's weights averaged over its updates as
 * usual) and ships the mean of the K runs' weights: less dependent on one shuffle of the data.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseConll, spansToBilou, spansToIob2, tagsToSpans, ConllScorer, type ConllSentence } from './conll.js';
import { contextFeatures, historyFeatures, localFeatures, normWord, OFFSETS, PAD_LEFT, PAD_RIGHT, sentenceContext, type SentenceContext } from './features.js';
import { countryGazetteer, placeGazetteer, type Gazetteer } from './gazetteer.js';
import { NerModel, writeModel, type ModelHeader, type SparseWeights } from './model.js';
import { historyTypes, PredictionHistory, tagType } from './history.js';

interface Args {
  train: string;
  out: string | null;
  dev: string | null;
  holdout: number;
  epochs: number;
  gazetteer: ModelHeader['gazetteer'];
  scheme: ModelHeader['scheme'];
  prune: number;
  seed: number;
  minTown: number;
  history: boolean;
  minCount: number;
  runs: number;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { train: '', out: null, dev: null, holdout: 0, epochs: 15, gazetteer: 'places', scheme: 'bilou', prune: 0.02, seed: 1, minTown: 15000, history: true, minCount: 2, runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]!;
    const v = (): string => { const x = argv[++i]; if (x === undefined) throw new Error(`${k} needs a value`); return x; };
    if (k === '--train') a.train = v();
    else if (k === '--out') a.out = v();
    else if (k === '--dev') a.dev = v();
    else if (k === '--holdout') a.holdout = Number(v());
    else if (k === '--epochs') a.epochs = Number(v());
    else if (k === '--gazetteer') a.gazetteer = v() as Args['gazetteer'];
    else if (k === '--scheme') a.scheme = v() as Args['scheme'];
    else if (k === '--prune') a.prune = Number(v());
    else if (k === '--seed') a.seed = Number(v());
    else if (k === '--min-town') a.minTown = Number(v());
    else if (k === '--no-history') a.history = false;
    else if (k === '--min-count') a.minCount = Number(v());
    else if (k === '--runs') a.runs = Number(v());
    else throw new Error(`unknown option ${k}`);
  }
  if (!a.train) throw new Error('usage: train.ts --train PATH [--out PATH] [--holdout F] [--dev PATH] [--epochs N]');
  return a;
}

/** Small seeded PRNG (mulberry32) so runs repeat. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Trainer {
  readonly index = new Map<string, number>();
  readonly names: string[] = [];
  w = new Float64Array(0);
  acc = new Float64Array(0);
  c = 1;
  constructor(readonly T: number) {}

  id(f: string): number {
    let i = this.index.get(f);
    if (i === undefined) {
      i = this.names.length;
      this.index.set(f, i);
      this.names.push(f);
      if ((i + 1) * this.T > this.w.length) {
        const size = Math.max(1 << 16, this.w.length * 2);
        const w = new Float64Array(size); w.set(this.w); this.w = w;
        const acc = new Float64Array(size); acc.set(this.acc); this.acc = acc;
      }
    }
    return i;
  }

  score(ids: ArrayLike<number>, from: number, to: number, out: Float64Array): void {
    const T = this.T;
    for (let k = from; k < to; k++) {
      const base = ids[k]! * T;
      for (let t = 0; t < T; t++) out[t]! += this.w[base + t]!;
    }
  }

  update(ids: ArrayLike<number>, from: number, to: number, tag: number, v: number): void {
    for (let k = from; k < to; k++) {
      const j = ids[k]! * this.T + tag;
      this.w[j]! += v;
      this.acc[j]! += this.c * v;
    }
  }

  /** The averaged weights so far (one value per feature and tag). */
  averaged(): Float64Array {
    const out = new Float64Array(this.names.length * this.T);
    for (let j = 0; j < out.length; j++) out[j] = this.w[j]! - this.acc[j]! / this.c;
    return out;
  }

  /** Start a new run from zero weights (the feature index is kept). */
  reset(): void {
    this.w.fill(0);
    this.acc.fill(0);
    this.c = 1;
  }

  /** Make the weights the mean of several runs' averaged weights (the averaging of the last run stops). */
  setMean(runs: Float64Array[]): void {
    this.reset();
    for (const r of runs) for (let j = 0; j < r.length; j++) this.w[j]! += r[j]! / runs.length;
  }

  /** Averaged weights, pruned below `prune` and quantised to i16. */
  sparse(prune: number): { weights: SparseWeights; scale: number } {
    const T = this.T;
    let max = 0;
    const avg = (j: number): number => this.w[j]! - this.acc[j]! / this.c;
    for (let j = 0; j < this.names.length * T; j++) max = Math.max(max, Math.abs(avg(j)));
    const scale = max / 32000;
    const features: string[] = [];
    const counts: number[] = [];
    const tagIdx: number[] = [];
    const weights: number[] = [];
    for (let f = 0; f < this.names.length; f++) {
      let n = 0;
      for (let t = 0; t < T; t++) {
        const v = avg(f * T + t);
        if (Math.abs(v) < prune) continue;
        const q = Math.round(v / scale);
        if (q === 0) continue;
        tagIdx.push(t); weights.push(q); n++;
      }
      if (n) { features.push(this.names[f]!); counts.push(n); }
    }
    return { weights: { features, counts: Uint8Array.from(counts), tagIdx: Uint8Array.from(tagIdx), weights: Int16Array.from(weights) }, scale };
  }
}

interface Prepared {
  words: string[];
  gold: number[];
  ctx: SentenceContext;
  /** Static feature ids, per token a run in `ids` from `starts[i]` to `starts[i+1]`. */
  ids: Int32Array;
  starts: Int32Array;
}

/** Every static feature of every token of a sentence (local features at each offset, then the window). */
function staticFeatures(words: string[], ctx: SentenceContext, each: (i: number, f: string) => void): void {
  for (let i = 0; i < words.length; i++) {
    for (const k of OFFSETS) {
      const j = i + k;
      const w = j < 0 ? PAD_LEFT : j >= words.length ? PAD_RIGHT : words[j]!;
      for (const f of localFeatures(w, k)) each(i, f);
    }
    for (const f of contextFeatures(ctx, i)) each(i, f);
  }
}

/**
 * Gold tags and static feature ids of every sentence. Features seen fewer than `minCount` times
 * in the training sentences are left out (they mostly memorise single examples).
 */
function prepare(sents: ConllSentence[], tagIndex: Map<string, number>, scheme: Args['scheme'], tr: Trainer, gaz: Gazetteer[], minCount: number): Prepared[] {
  const base = sents.map((s) => {
    const words = s.tokens.map(normWord);
    const spans = tagsToSpans(s.tags);
    const tags = scheme === 'bilou' ? spansToBilou(spans, words.length) : spansToIob2(spans, words.length);
    const gold = tags.map((t) => { const i = tagIndex.get(t); if (i === undefined) throw new Error(`tag ${t}`); return i; });
    return { words, gold, ctx: sentenceContext(words, gaz) };
  });
  let keep: ((f: string) => boolean) | null = null;
  if (minCount > 1) {
    const counts = new Map<string, number>();
    for (const b of base) staticFeatures(b.words, b.ctx, (_, f) => counts.set(f, (counts.get(f) ?? 0) + 1));
    keep = (f) => (counts.get(f) ?? 0) >= minCount;
  }
  return base.map((b) => {
    const ids: number[] = [];
    const starts = new Int32Array(b.words.length + 1);
    staticFeatures(b.words, b.ctx, (i, f) => {
      if (!keep || keep(f)) ids.push(tr.id(f));
      starts[i + 1] = ids.length;
    });
    return { ...b, ids: Int32Array.from(ids), starts };
  });
}

function evaluate(model: NerModel, sents: ConllSentence[]): ConllScorer {
  const sc = new ConllScorer();
  const history = model.newHistory();
  for (const s of sents) sc.add(tagsToSpans(s.tags), model.tagSentence(s.tokens, false, history).spans);
  return sc;
}

/** Sentences per training block (kept in file order, with one prediction history). */
const BLOCK = 20;

function fmt(x: number): string { return (100 * x).toFixed(2); }

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const all = parseConll(readFileSync(args.train, 'utf8'));
  const cut = args.holdout > 0 ? Math.floor(all.length * (1 - args.holdout)) : all.length;
  const train = all.slice(0, cut);
  const held = all.slice(cut);
  const types = [...new Set(all.flatMap((s) => tagsToSpans(s.tags).map((x) => x.type)))].sort();
  const tags = ['O', ...types.flatMap((t) => (args.scheme === 'bilou' ? ['B', 'I', 'L', 'U'] : ['B', 'I']).map((p) => `${p}-${t}`))];
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const T = tags.length;
  const t0 = performance.now();
  const gaz = args.gazetteer === 'places' ? [placeGazetteer(args.minTown)] : args.gazetteer === 'countries' ? [countryGazetteer()] : [];
  const tr = new Trainer(T);
  const data = prepare(train, tagIndex, args.scheme, tr, gaz, args.minCount);
  console.error(`${train.length} training sentences, ${held.length} held out, ${tr.names.length} static features, prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const tagName = (i: number): string => (i === T ? PAD_LEFT : tags[i]!);
  const header = (scale: number, w: SparseWeights): ModelHeader => ({
    format: 'sitrep-ner', version: 1, tags, scheme: args.scheme, gazetteer: args.gazetteer, minTownPopulation: args.minTown, history: args.history,
    scale, features: w.features.length, nnz: w.weights.length,
    trained: `CoNLL-2003 English training file (${train.length} sentences), ${args.epochs} epochs, seed ${args.seed}${args.runs > 1 ? ` (mean of ${args.runs} runs)` : ''}, prune ${args.prune}, min count ${args.minCount}, history ${args.history}`,
  });
  const finished: Float64Array[] = [];
  for (let run = 0; run < args.runs; run++) {
    if (run) tr.reset();
    const random = rng(args.seed + run);
    // Sentences run in file order inside blocks (the prediction history needs document order);
    // the blocks are shuffled every epoch.
    const blocks: number[] = [];
    for (let b = 0; b < data.length; b += BLOCK) blocks.push(b);
    const htypes = historyTypes(tags);
    const typeOfTag = tags.map((t) => htypes.indexOf(tagType(t)));
    const scores = new Float64Array(T);
    const hist: number[] = [];
    for (let epoch = 1; epoch <= args.epochs; epoch++) {
      for (let i = blocks.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [blocks[i], blocks[j]] = [blocks[j]!, blocks[i]!]; }
      let errors = 0;
      let total = 0;
      for (const b of blocks) {
        const history = args.history ? new PredictionHistory(htypes) : null;
        for (let si = b; si < Math.min(b + BLOCK, data.length); si++) {
          const d = data[si]!;
          let p1 = T, p2 = T;
          for (let i = 0; i < d.words.length; i++) {
            scores.fill(0);
            tr.score(d.ids, d.starts[i]!, d.starts[i + 1]!, scores);
            hist.length = 0;
            for (const f of historyFeatures(d.ctx, i, tagName(p1), tagName(p2))) hist.push(tr.id(f));
            if (history) for (const f of history.features(d.words[i]!)) hist.push(tr.id(f));
            tr.score(hist, 0, hist.length, scores);
            let best = 0;
            for (let t = 1; t < T; t++) if (scores[t]! > scores[best]!) best = t;
            const gold = d.gold[i]!;
            if (best !== gold) {
              errors++;
              tr.update(d.ids, d.starts[i]!, d.starts[i + 1]!, gold, 1);
              tr.update(d.ids, d.starts[i]!, d.starts[i + 1]!, best, -1);
              tr.update(hist, 0, hist.length, gold, 1);
              tr.update(hist, 0, hist.length, best, -1);
            }
            history?.record(d.words[i]!, typeOfTag[best]!);
            tr.c++;
            total++;
            p2 = p1;
            p1 = best;
          }
          history?.endSentence();
        }
      }
      let line = `${args.runs > 1 ? `run ${run + 1} ` : ''}epoch ${epoch}: train token error ${fmt(errors / total)}%`;
      if (held.length) {
        const { weights, scale } = tr.sparse(args.prune);
        const model = new NerModel(header(scale, weights), weights, gaz);
        const o = evaluate(model, held).overall();
        line += `, held-out P ${fmt(o.precision)} R ${fmt(o.recall)} F1 ${fmt(o.f1)}`;
      }
      console.error(`${line} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    }
    if (args.runs > 1) finished.push(tr.averaged());
  }
  // several runs (seeds seed..seed+runs-1): their averaged weights are averaged again
  if (args.runs > 1) tr.setMean(finished);
  const { weights, scale } = tr.sparse(args.prune);
  const h = header(scale, weights);
  const model = new NerModel(h, weights, gaz);
  if (held.length) {
    const sc = evaluate(model, held);
    const o = sc.overall();
    console.error(`held-out (final model): P ${fmt(o.precision)} R ${fmt(o.recall)} F1 ${fmt(o.f1)}`);
    for (const [t, x] of Object.entries(sc.byType())) console.error(`  held-out ${t}: P ${fmt(x.precision)} R ${fmt(x.recall)} F1 ${fmt(x.f1)}`);
  }
  if (args.dev) {
    const o = evaluate(model, parseConll(readFileSync(args.dev, 'utf8'))).overall();
    console.error(`dev ${args.dev}: P ${fmt(o.precision)} R ${fmt(o.recall)} F1 ${fmt(o.f1)}`);
  }
  if (args.out) {
    mkdirSync(dirname(args.out), { recursive: true });
    const buf = writeModel(h, weights);
    writeFileSync(args.out, buf);
    console.error(`wrote ${args.out}: ${weights.features.length} features, ${weights.weights.length} weights, ${(buf.length / 1e6).toFixed(2)} MB`);
  }
}

main();
