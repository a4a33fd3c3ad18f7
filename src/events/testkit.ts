/**
 * Test helpers: a Doc built by hand (time expressions and places given explicitly), so the events
 * stage can be tested on its own, independent of the time and geo stages' current behaviour.
 */
import { articleFromText } from '../article/index.js';
import type { Doc, EventRecord, Timex, Toponym } from '../types.js';
import { extractNumbers } from '../text/numbers.js';
import { extractEvents } from './extract.js';

export interface TimexSpec {
  /** Surface text; `nth` picks the n-th occurrence (0-based). */
  text: string;
  start: string;
  end?: string;
  precision: Timex['precision'];
  type?: Timex['type'];
  nth?: number;
}

export interface PlaceSpec {
  text: string;
  name?: string;
  lat: number;
  lon: number;
  country?: string;
  admin1?: string | null;
  feature_code?: string;
  geonameid?: number;
  nth?: number;
}

function find(text: string, surface: string, nth = 0): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(surface, at + 1);
    if (at < 0) throw new Error(`fixture: "${surface}" (#${nth}) not in text`);
  }
  return at;
}

export function makeDoc(body: string, opts: { title?: string; published?: string | null; timexes?: TimexSpec[]; places?: PlaceSpec[] } = {}): Doc {
  const article = articleFromText(body, { title: opts.title ?? null, published: opts.published === undefined ? '2024-03-10T09:00:00Z' : opts.published });
  const text = article.text;
  const timexes: Timex[] = (opts.timexes ?? []).map((t) => {
    const s = find(text, t.text, t.nth);
    return { text: t.text, start_char: s, end_char: s + t.text.length, type: t.type ?? 'DATE', value: t.start, start: t.start, end: t.end ?? t.start, precision: t.precision };
  });
  const toponyms: Toponym[] = (opts.places ?? []).map((p, k) => {
    const s = find(text, p.text, p.nth);
    return {
      text: p.text, start_char: s, end_char: s + p.text.length, geonameid: p.geonameid ?? 1000 + k, name: p.name ?? p.text, lat: p.lat, lon: p.lon,
      country: p.country ?? 'XX', admin1: p.admin1 ?? null, feature_code: p.feature_code ?? 'PPL', score: 1,
    };
  });
  return {
    article, text, sentences: [], tokens: [], numbers: extractNumbers(text, []), entities: [], attributions: [], timexes, toponyms, events: [], warnings: [],
  };
}

export function eventsOf(body: string, opts: Parameters<typeof makeDoc>[1] = {}): { doc: Doc; events: EventRecord[] } {
  const doc = makeDoc(body, opts);
  return { doc, events: extractEvents(doc) };
}

/** Asserted events only. */
export function asserted(events: EventRecord[]): EventRecord[] {
  return events.filter((e) => (e.modality ?? 'asserted') === 'asserted');
}
