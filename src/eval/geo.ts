/**
 * Evaluation suite 'geo': end-to-end geoparsing (recognition + resolution from raw text) on LGL,
 * GeoWebNews and GeoVirus with the metrics of Gritta et al. 2017/2018:
 *   - a predicted toponym matches a gold one when the lower-cased mentions are equal and the span
 *     midpoints are within 10 characters (one-to-one);
 *   - geotagging precision / recall / F1 over all predicted and gold toponyms;
 *   - over matched toponyms: accuracy within 161 km, mean and median error (km), and the AUC of the
 *     log error curve (0 best, 1 worst).
 * Gold: every annotated toponym that carries coordinates (LGL: <gaztag>; GWN: a GeoNames id;
 * GeoVirus: lat/lon). The population baseline uses the same recogniser and picks the reading with
 * the highest prior (population / feature rank).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromText } from '../article/index.js';
import { geoparse, loadGazetteer, haversineKm } from '../geo/index.js';
import { createPipeline, newDoc } from '../pipeline/index.js';
import type { Doc, Toponym } from '../types.js';
import type { MetricRow, Suite } from './types.js';

export interface GoldToponym {
  start: number;
  end: number;
  text: string;
  lat: number;
  lon: number;
  name?: string;
}

export interface GoldDoc {
  id: string;
  text: string;
  toponyms: GoldToponym[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? _;
  });
}

function tag(block: string, name: string): string | null {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(block);
  if (!m) return null;
  let v = m[1]!;
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(v);
  return cdata ? cdata[1]! : unescapeXml(v);
}

function blocks(xml: string, name: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<${name}(?:\\s[^>]*)?>[\\s\\S]*?</${name}>`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out.push(m[0]);
  return out;
}

/** Put a gold span on the mention when the corpus offsets are shifted (GeoVirus is off by one). */
function fixSpan(text: string, start: number, end: number, name: string): [number, number] | null {
  if (text.slice(start, end) === name) return [start, end];
  let best = -1;
  let from = Math.max(0, start - 40);
  for (;;) {
    const k = text.indexOf(name, from);
    if (k < 0 || k > start + 40) break;
    if (best < 0 || Math.abs(k - start) < Math.abs(best - start)) best = k;
    from = k + 1;
  }
  return best < 0 ? null : [best, best + name.length];
}

export function loadLgl(file: string): GoldDoc[] {
  const xml = readFileSync(file, 'utf8');
  return blocks(xml, 'article').map((a) => {
    const id = /docid="([^"]+)"/.exec(a)?.[1] ?? '';
    const text = tag(a, 'text') ?? '';
    const toponyms: GoldToponym[] = [];
    for (const t of blocks(a, 'toponym')) {
      const gz = tag(t, 'gaztag');
      if (gz === null) continue;
      const lat = Number(tag(gz, 'lat'));
      const lon = Number(tag(gz, 'lon'));
      const start = Number(tag(t, 'start'));
      const end = Number(tag(t, 'end'));
      const phrase = tag(t, 'phrase') ?? '';
      if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      const sp = fixSpan(text, start, end, phrase);
      if (!sp) continue;
      toponyms.push({ start: sp[0], end: sp[1], text: text.slice(sp[0], sp[1]), lat, lon, name: tag(gz, 'name') ?? undefined });
    }
    return { id: `lgl-${id}`, text, toponyms };
  });
}

export function loadGwn(file: string): GoldDoc[] {
  const xml = readFileSync(file, 'utf8');
  return blocks(xml, 'article').map((a, k) => {
    const id = /file="([^"]+)"/.exec(a)?.[1] ?? String(k);
    const text = tag(a, 'text') ?? '';
    const toponyms: GoldToponym[] = [];
    for (const t of blocks(a, 'toponym')) {
      const gid = tag(t, 'geonamesID');
      if (!gid || !gid.trim()) continue;
      const lat = Number(tag(t, 'latitude'));
      const lon = Number(tag(t, 'longitude'));
      const name = tag(t, 'extractedName') ?? '';
      const sp = fixSpan(text, Number(tag(t, 'start')), Number(tag(t, 'end')), name);
      if (!sp || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      toponyms.push({ start: sp[0], end: sp[1], text: name, lat, lon, name: tag(t, 'normalisedName') ?? undefined });
    }
    return { id: `gwn-${id}`, text, toponyms };
  });
}

export function loadGeoVirus(file: string): GoldDoc[] {
  const xml = readFileSync(file, 'utf8');
  const seen = new Set<string>();
  const out: GoldDoc[] = [];
  blocks(xml, 'article').forEach((a, k) => {
    const text = tag(a, 'text') ?? '';
    if (seen.has(text)) return;
    seen.add(text);
    const toponyms: GoldToponym[] = [];
    for (const l of blocks(a, 'location')) {
      const name = tag(l, 'name') ?? '';
      const lat = Number(tag(l, 'lat'));
      const lon = Number(tag(l, 'lon'));
      const latS = tag(l, 'lat');
      if (latS === null || latS.trim() === '' || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      const sp = fixSpan(text, Number(tag(l, 'start')), Number(tag(l, 'end')), name);
      if (!sp) continue;
      toponyms.push({ start: sp[0], end: sp[1], text: name, lat, lon });
    }
    out.push({ id: `geovirus-${k}`, text, toponyms });
  });
  return out;
}

export interface MatchedPair {
  doc: string;
  gold: GoldToponym;
  pred: Toponym;
  km: number;
}

export interface GeoScores {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  acc161: number;
  meanKm: number;
  medianKm: number;
  auc: number;
  pairs: MatchedPair[];
  fps: { doc: string; pred: Toponym }[];
  fns: { doc: string; gold: GoldToponym }[];
}

/** Gritta et al. matching: equal lower-cased mention, span midpoints within 10 characters. */
export function matchDoc(doc: string, gold: GoldToponym[], pred: Toponym[]): { pairs: MatchedPair[]; fps: Toponym[]; fns: GoldToponym[] } {
  const used = new Set<number>();
  const pairs: MatchedPair[] = [];
  const fns: GoldToponym[] = [];
  for (const g of gold) {
    const gm = (g.start + g.end) / 2;
    const gl = g.text.toLowerCase();
    let best = -1;
    let bestD = Infinity;
    pred.forEach((p, k) => {
      if (used.has(k) || p.text.toLowerCase() !== gl) return;
      const d = Math.abs((p.start_char + p.end_char) / 2 - gm);
      if (d <= 10 && d < bestD) {
        bestD = d;
        best = k;
      }
    });
    if (best < 0) {
      fns.push(g);
      continue;
    }
    used.add(best);
    const p = pred[best]!;
    pairs.push({ doc, gold: g, pred: p, km: haversineKm(g.lat, g.lon, p.lat, p.lon) });
  }
  const fps = pred.filter((_, k) => !used.has(k));
  return { pairs, fps, fns };
}

export function scoreAll(results: { doc: string; gold: GoldToponym[]; pred: Toponym[] }[]): GeoScores {
  const pairs: MatchedPair[] = [];
  const fps: { doc: string; pred: Toponym }[] = [];
  const fns: { doc: string; gold: GoldToponym }[] = [];
  for (const r of results) {
    const m = matchDoc(r.doc, r.gold, r.pred);
    pairs.push(...m.pairs);
    fps.push(...m.fps.map((pred) => ({ doc: r.doc, pred })));
    fns.push(...m.fns.map((gold) => ({ doc: r.doc, gold })));
  }
  const tp = pairs.length;
  const precision = tp / Math.max(1, tp + fps.length);
  const recall = tp / Math.max(1, tp + fns.length);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const errs = pairs.map((p) => p.km).sort((a, b) => a - b);
  const acc161 = errs.length ? errs.filter((e) => e <= 161).length / errs.length : 0;
  const meanKm = errs.length ? errs.reduce((s, e) => s + e, 0) / errs.length : 0;
  const medianKm = errs.length ? (errs.length % 2 ? errs[(errs.length - 1) / 2]! : (errs[errs.length / 2 - 1]! + errs[errs.length / 2]!) / 2) : 0;
  // AUC of the sorted ln(1 + error) curve, scaled by ln(max Earth distance), trapezoid rule
  const logs = errs.map((e) => Math.log(1 + e));
  let auc = 0;
  if (logs.length > 1) {
    for (let k = 1; k < logs.length; k++) auc += (logs[k - 1]! + logs[k]!) / 2;
    auc /= (logs.length - 1) * Math.log(20039);
  } else if (logs.length === 1) auc = logs[0]! / Math.log(20039);
  return { tp, fp: fps.length, fn: fns.length, precision, recall, f1, acc161, meanKm, medianKm, auc, pairs, fps, fns };
}

const BARS: Record<string, { acc161: number; f1: number }> = {
  lgl: { acc161: 0.82, f1: 0.72 },
  gwn: { acc161: 0.92, f1: 0.75 },
  geovirus: { acc161: 0.85, f1: 0.85 },
};

function rows(dataset: string, s: GeoScores, system?: string): MetricRow[] {
  const bar = system ? undefined : BARS[dataset];
  const n = s.tp;
  const sys = system ? { system } : {};
  return [
    { dataset, metric: 'geotag-precision', value: +s.precision.toFixed(4), n: s.tp + s.fp, ...sys },
    { dataset, metric: 'geotag-recall', value: +s.recall.toFixed(4), n: s.tp + s.fn, ...sys },
    { dataset, metric: 'geotag-f1', value: +s.f1.toFixed(4), bar: bar?.f1, ...sys },
    { dataset, metric: 'acc@161', value: +s.acc161.toFixed(4), bar: bar?.acc161, n, ...sys },
    { dataset, metric: 'mean-km', value: +s.meanKm.toFixed(1), higherIsBetter: false, gate: false, n, ...sys },
    { dataset, metric: 'median-km', value: +s.medianKm.toFixed(1), higherIsBetter: false, gate: false, n, ...sys },
    { dataset, metric: 'auc', value: +s.auc.toFixed(4), higherIsBetter: false, gate: false, n, ...sys },
  ];
}

function topCounts(items: string[], n: number): string {
  const c = new Map<string, number>();
  for (const x of items) c.set(x, (c.get(x) ?? 0) + 1);
  return [...c].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ${v}`).join(', ');
}

export const suite: Suite = {
  name: 'geo',
  description: 'end-to-end geoparsing on LGL, GeoWebNews, GeoVirus (geotagging P/R/F1, acc@161, mean/median km, AUC)',
  async run(ctx) {
    const base = join(ctx.dataDir, 'geo');
    // `demonyms`: whether the corpus annotates demonyms/adjectives ("American", "Russian") as toponyms.
    // LGL and GeoWebNews do; GeoVirus's guidelines do not, so demonym predictions are left out there.
    const sets: { name: string; file: string; load: (f: string) => GoldDoc[]; demonyms: boolean }[] = [
      { name: 'lgl', file: join(base, 'lgl', 'lgl.xml'), load: loadLgl, demonyms: true },
      { name: 'gwn', file: join(base, 'gwn', 'GWN.xml'), load: loadGwn, demonyms: true },
      { name: 'geovirus', file: join(base, 'geovirus', 'GeoVirus.xml'), load: loadGeoVirus, demonyms: false },
    ];
    const present = sets.filter((s) => existsSync(s.file));
    if (!present.length) return { suite: 'geo', rows: [], skipped: `no geo corpora under ${base}` };
    const g = await loadGazetteer();
    // The text and NER stages run first (their entities help); without a usable NER model, text only.
    let nerNote = '';
    const pipe = await createPipeline({ disable: ['time', 'geo', 'events'] }).catch(async (e: Error) => {
      nerNote = `NER stage unavailable (${e.message.split('\n')[0]}); ran without entities`;
      return createPipeline({ disable: ['entities', 'time', 'geo', 'events'] });
    });
    const out: MetricRow[] = [];
    const details: string[] = [];
    let geoMs = 0;
    let geoCpuMs = 0;
    let nWords = 0;
    let upstreamErrors = 0;
    let nDocs = 0;
    for (const s of present) {
      let docs = s.load(s.file);
      if (ctx.limit) docs = docs.slice(0, ctx.limit);
      const sys: { doc: string; gold: GoldToponym[]; pred: Toponym[] }[] = [];
      const pop: { doc: string; gold: GoldToponym[]; pred: Toponym[] }[] = [];
      for (const d of docs) {
        const article = articleFromText(d.text, { id: d.id });
        let doc: Doc;
        try {
          doc = pipe.analyze(article);
        } catch {
          upstreamErrors++;
          doc = newDoc(article);
        }
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const pred = geoparse(doc, g);
        geoMs += performance.now() - t0;
        geoCpuMs += process.cpuUsage(c0).user / 1000;
        nWords += d.text.split(/\s+/).length;
        nDocs++;
        const keep = (t: Toponym): boolean => s.demonyms || !t.demonym;
        sys.push({ doc: d.id, gold: d.toponyms, pred: pred.filter(keep) });
        pop.push({ doc: d.id, gold: d.toponyms, pred: geoparse(doc, g, { mode: 'population' }).filter(keep) });
      }
      const sc = scoreAll(sys);
      const pb = scoreAll(pop);
      out.push(...rows(s.name, sc));
      out.push(...rows(s.name, pb, 'population-baseline').filter((r) => r.metric === 'acc@161' || r.metric === 'geotag-f1' || r.metric === 'median-km'));
      const worst = [...sc.pairs].sort((a, b) => b.km - a.km).slice(0, 20);
      details.push(`${s.name}: ${docs.length} docs, ${sc.tp + sc.fn} gold toponyms, ${sc.tp + sc.fp} predicted, ${sc.tp} matched`);
      details.push(`  20 largest errors (doc, mention -> predicted [cc fcode], km):`);
      for (const w of worst) details.push(`    ${w.doc} "${w.gold.text}" -> ${w.pred.name} [${w.pred.country ?? '-'} ${w.pred.feature_code ?? '-'}] ${Math.round(w.km)} km`);
      if (ctx.verbose) {
        details.push(`  most frequent missed mentions: ${topCounts(sc.fns.map((x) => x.gold.text), 40)}`);
        details.push(`  most frequent spurious mentions: ${topCounts(sc.fps.map((x) => x.pred.text), 40)}`);
        details.push(`  most frequent >161 km mentions: ${topCounts(sc.pairs.filter((p) => p.km > 161).map((p) => `${p.gold.text}->${p.pred.name}/${p.pred.country}`), 40)}`);
      }
    }
    if (nerNote) details.push(nerNote);
    if (upstreamErrors) details.push(`${upstreamErrors} documents failed in the text/NER stages and were geoparsed from the bare text`);
    details.push(`geo stage time after init: ${(geoMs / Math.max(1, nDocs)).toFixed(3)} ms wall per document, ${((geoCpuMs * 600) / Math.max(1, nWords)).toFixed(3)} ms CPU per 600 words (${nDocs} documents, ${Math.round(nWords / Math.max(1, nDocs))} words on average)`);
    return { suite: 'geo', rows: out, details: details.join('\n') };
  },
};
