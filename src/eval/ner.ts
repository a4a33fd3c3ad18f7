/**
 * Evaluation suite 'ner': CoNLL-2003 English development set (eng.testa), entity-level precision,
 * recall and F1 per type and overall with the conlleval definition, on CoNLL types (sitrep's GPE,
 * NORP and GROUP map back to LOC, MISC and ORG). The system scored is the same entry function the
 * pipeline and the CLI use (findEntities: model + rule layer) over the file's own tokens and sentences.
 * Peer: compromise (people/places/organizations) on PER/LOC/ORG, with sitrep on the same three types.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MetricRow, Suite, SuiteResult } from './types.js';
import { ConllScorer, parseConll, tagsToSpans, type ConllSentence, type TypedSpan } from '../entities/conll.js';
import { conllDocument, entitySpansByToken } from '../entities/conll-doc.js';
import { findEntities, loadModel, toConllType } from '../entities/index.js';

const DATASET = 'conll2003-testa';
const BAR = 0.86;
const THREE = new Set(['PER', 'LOC', 'ORG']);

function rowsFor(sc: ConllScorer, system?: string, suffix = '', perType = true): MetricRow[] {
  const rows: MetricRow[] = [];
  const o = sc.overall();
  const n = o.tp + o.fn;
  const tag = (r: MetricRow): MetricRow => (system ? { ...r, system } : r);
  rows.push(tag({ dataset: DATASET, metric: `f1${suffix}`, value: o.f1, ...(system || suffix ? {} : { bar: BAR }), n }));
  rows.push(tag({ dataset: DATASET, metric: `precision${suffix}`, value: o.precision, n }));
  rows.push(tag({ dataset: DATASET, metric: `recall${suffix}`, value: o.recall, n }));
  if (perType) {
    for (const [t, x] of Object.entries(sc.byType())) {
      rows.push(tag({ dataset: DATASET, metric: `f1_${t}${suffix}`, value: x.f1, n: x.tp + x.fn }));
      rows.push(tag({ dataset: DATASET, metric: `precision_${t}${suffix}`, value: x.precision, n: x.tp + x.fn }));
      rows.push(tag({ dataset: DATASET, metric: `recall_${t}${suffix}`, value: x.recall, n: x.tp + x.fn }));
    }
  }
  return rows;
}

/** compromise's people/places/organizations as token spans of each sentence. */
async function compromiseSpans(sents: ConllSentence[]): Promise<TypedSpan[][]> {
  const nlp = (await import('compromise')).default as unknown as (t: string) => {
    people(): { json(o: object): Array<{ offset: { start: number; length: number } }> };
    places(): { json(o: object): Array<{ offset: { start: number; length: number } }> };
    organizations(): { json(o: object): Array<{ offset: { start: number; length: number } }> };
  };
  const out: TypedSpan[][] = sents.map(() => []);
  const BATCH = 40;
  for (let b = 0; b < sents.length; b += BATCH) {
    const group = sents.slice(b, b + BATCH);
    const { text, tokens, sentences } = conllDocument(group);
    const doc = nlp(text);
    const byToken = entitySpansByToken(tokens, sentences);
    const add = (list: Array<{ offset: { start: number; length: number } }>, type: string): void => {
      for (const m of list) {
        const r = byToken(m.offset.start, m.offset.start + m.offset.length);
        if (!r) continue;
        // compromise attaches punctuation to its terms ("Panama City ."): keep the words only
        const toks = group[r.sentence]!.tokens;
        let { start, end } = r;
        while (start < end && !/[\p{L}\p{N}]/u.test(toks[start]!)) start++;
        while (end > start && !/[\p{L}\p{N}]/u.test(toks[end - 1]!)) end--;
        if (end > start) out[b + r.sentence]!.push({ start, end, type });
      }
    };
    add(doc.people().json({ offset: true }), 'PER');
    add(doc.places().json({ offset: true }), 'LOC');
    add(doc.organizations().json({ offset: true }), 'ORG');
  }
  return out;
}

export const suite: Suite = {
  name: 'ner',
  description: 'names on CoNLL-2003 eng.testa: conlleval P/R/F1 per type and overall (+ compromise peer)',
  async run(ctx): Promise<SuiteResult> {
    const path = join(ctx.dataDir, 'ner/conll2003/eng.testa');
    if (!existsSync(path)) return { suite: 'ner', rows: [], skipped: `no data at ${path}` };
    let sents = parseConll(readFileSync(path, 'utf8'));
    if (ctx.limit) sents = sents.slice(0, ctx.limit);
    const t0 = performance.now();
    const model = loadModel();
    const loadMs = performance.now() - t0;
    const { text, tokens, sentences } = conllDocument(sents);
    const byToken = entitySpansByToken(tokens, sentences);
    const predict = (): TypedSpan[][] => {
      const pred: TypedSpan[][] = sents.map(() => []);
      for (const e of findEntities(text, sentences, tokens, model)) {
        const r = byToken(e.start_char, e.end_char);
        if (r) pred[r.sentence]!.push({ start: r.start, end: r.end, type: toConllType(e.type) });
      }
      return pred;
    };
    predict(); // warm-up: JIT and the word-form cache
    // process CPU time, so other load on the machine counts less than in wall-clock time
    const c1 = process.cpuUsage();
    const pred = predict();
    const u1 = process.cpuUsage(c1);
    const ms = (u1.user + u1.system) / 1000;
    // the model alone (no rule layer), for the record
    const raw = new ConllScorer();
    const rawHistory = model.newHistory();
    const sc = new ConllScorer();
    const sc3 = new ConllScorer(THREE);
    const confusions = new Map<string, number>();
    const examples: string[] = [];
    for (let i = 0; i < sents.length; i++) {
      const gold = tagsToSpans(sents[i]!.tags);
      sc.add(gold, pred[i]!);
      sc3.add(gold, pred[i]!);
      raw.add(gold, model.tagSentence(sents[i]!.tokens, false, rawHistory).spans);
      const key = (s: TypedSpan): string => `${s.start}:${s.end}`;
      const gm = new Map(gold.map((s) => [key(s), s]));
      const pm = new Map(pred[i]!.map((s) => [key(s), s]));
      const note = (kind: string, s: TypedSpan): void => {
        confusions.set(kind, (confusions.get(kind) ?? 0) + 1);
        if (examples.length < 25 && i % 7 === 0) examples.push(`${kind.padEnd(22)} ${sents[i]!.tokens.slice(s.start, s.end).join(' ')}  | ${sents[i]!.tokens.join(' ').slice(0, 100)}`);
      };
      for (const p of pred[i]!) {
        const g = gm.get(key(p));
        if (g) { if (g.type !== p.type) note(`${g.type} as ${p.type}`, p); continue; }
        // a wrong span over a gold name counts once, as that name's boundary error (below)
        if (!gold.some((x) => x.start < p.end && p.start < x.end)) note(`spurious ${p.type}`, p);
      }
      for (const g of gold) if (!pm.has(key(g))) {
        const overl = pred[i]!.some((p) => p.start < g.end && g.start < p.end);
        if (!overl) note(`missed ${g.type}`, g);
        else if (!pred[i]!.some((p) => p.start === g.start && p.end === g.end)) note(`boundary ${g.type}`, g);
      }
    }
    const rows = [...rowsFor(sc), ...rowsFor(sc3, undefined, '_per_loc_org', false)];
    const ro = raw.overall();
    rows.push({ dataset: DATASET, metric: 'f1_model_only', value: ro.f1, n: ro.tp + ro.fn });
    let peerNote = '';
    try {
      const t2 = performance.now();
      const cp = await compromiseSpans(sents);
      const cms = performance.now() - t2;
      const pc = new ConllScorer(THREE);
      for (let i = 0; i < sents.length; i++) pc.add(tagsToSpans(sents[i]!.tags), cp[i]!);
      rows.push(...rowsFor(pc, 'compromise', '_per_loc_org'));
      peerNote = `compromise: ${cms.toFixed(0)} ms for the same tokens (${((tokens.length / cms) * 1000).toFixed(0)} tokens/s).`;
    } catch (err) {
      peerNote = `compromise not run: ${(err as Error).message}`;
    }
    const details = [
      `model: ${model.header.trained}; ${model.header.features} features, ${model.header.nnz} weights; loaded in ${loadMs.toFixed(0)} ms`,
      `speed: findEntities over ${tokens.length} tokens in ${ms.toFixed(0)} ms = ${((tokens.length / ms) * 1000).toFixed(0)} tokens per CPU second (one core, warm; bar 150,000; bench/ner.ts measures articles)`,
      peerNote,
      `model alone (no rule layer): P ${ro.precision.toFixed(4)} R ${ro.recall.toFixed(4)} F1 ${ro.f1.toFixed(4)}`,
      'most frequent errors:',
      ...[...confusions].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `  ${String(v).padStart(5)}  ${k}`),
      ...(ctx.verbose ? ['examples:', ...examples.map((e) => '  ' + e)] : []),
    ].join('\n');
    return { suite: 'ner', rows, details };
  },
};
