/**
 * Place stage: an embedded gazetteer (./gazetteer) and a news geoparser.
 * Entry: geoparse(doc, gazetteer) -> Toponym[] (recognise with ./recognize.ts, resolve with ./resolve.ts).
 * The pipeline component loads the gazetteer once in `init()` and fills `doc.toponyms`.
 */
import type { Component } from '../pipeline/index.js';
import type { Dateline, Doc, Entity, Toponym } from '../types.js';
import { currentGazetteer, loadGazetteer } from './gazetteer/cache.js';
import type { Gazetteer } from './gazetteer/model.js';
import { recognize } from './recognize.js';
import { resolveMentions, type ResolveOptions } from './resolve.js';

export { loadGazetteer, currentGazetteer, buildGazetteer, gazetteerPath, cacheDir } from './gazetteer/cache.js';
export { Gazetteer, Kind, haversineKm } from './gazetteer/model.js';
export { skeleton, basicFold } from './fold.js';

export interface GeoparseOptions extends ResolveOptions {
  entities?: Entity[];
  dateline?: Dateline | null;
  /** Offset where the body starts (for dateline detection when none is given). */
  bodyStart?: number;
}

const DATELINE_RE = /^\s*([A-Z][A-Z'’.\- ]{1,40}?[A-Z.])(?:,\s*([A-Z][A-Za-z.' ]{1,30}?))?\s*(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}\s*)?(?:\([A-Za-z .&]+\)\s*)?[-—–]/;

/** A wire dateline at the start of the body ("BISHKEK, Dec 3 (Reuters) -", "KABUL —") when the article has none. */
export function detectDateline(text: string, bodyStart = 0): Dateline | null {
  let k = bodyStart;
  while (k < text.length && /\s/.test(text[k]!)) k++;
  const c = text.charCodeAt(k);
  if (!(c >= 65 && c <= 90) || !/^[A-Z][A-Z'’.\- ]/.test(text.slice(k, k + 2))) return null;
  const m = DATELINE_RE.exec(text.slice(bodyStart, bodyStart + 120));
  if (!m) return null;
  const place = m[1]!.trim();
  const ps = bodyStart + m.index + m[0].indexOf(m[1]!);
  return {
    start_char: bodyStart + m.index,
    end_char: bodyStart + m.index + m[0].length,
    text: m[0],
    place,
    place_start_char: ps,
    place_end_char: ps + place.length,
    agency: null,
    date_text: null,
  };
}

/** Geoparse raw text with a loaded gazetteer. */
export function geoparseText(g: Gazetteer, text: string, opts: GeoparseOptions = {}): Toponym[] {
  const dateline = opts.dateline !== undefined && opts.dateline !== null ? opts.dateline : detectDateline(text, opts.bodyStart ?? 0);
  const { mentions } = recognize(g, text, { entities: opts.entities, dateline });
  const res = resolveMentions(g, mentions, { ...opts, text });
  const out: Toponym[] = [];
  for (const r of res) {
    if (r.place === null) continue;
    const i = r.place;
    const m = r.mention;
    const t: Toponym = {
      start_char: m.start,
      end_char: m.end,
      text: m.text,
      geonameid: g.geonameid(i),
      name: g.name(i),
      lat: g.lat(i),
      lon: g.lon(i),
      country: g.cc(i) || null,
      admin1: g.admin1Name(i),
      feature_code: g.fcode(i) || null,
      score: r.score,
    };
    if (m.demonym) t.demonym = true;
    out.push(t);
  }
  return out;
}

/** Geoparse an analysed document (uses its NER entities and dateline when present). */
export function geoparse(doc: Doc, g: Gazetteer, opts: ResolveOptions = {}): Toponym[] {
  return geoparseText(g, doc.text, { ...opts, entities: doc.entities, dateline: doc.article.dateline, bodyStart: doc.article.body_start });
}

export const geoComponent: Component = {
  name: 'geo',
  async init() {
    await loadGazetteer();
  },
  apply(doc) {
    const g = currentGazetteer();
    if (!g) {
      doc.warnings.push('geo: gazetteer not loaded (call init first)');
      return;
    }
    doc.toponyms = geoparse(doc, g);
  },
};
