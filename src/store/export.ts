/**
 * Exports of canonical events: ACLED-style CSV (readable by ACLED tooling), a flat sitrep CSV, JSON Lines
 * and GeoJSON. Each is a stream of text chunks over an async iterable of events, so a large store
 * exports in constant memory.
 */
import type { ApiEvent } from '../api/contract.js';
import type { Actor } from '../types.js';
import { ACLED_EVENT_TYPE, ACLED_GENERIC_ACTOR, ACLED_INTER, countryInfo, disorderType, subEventTypeName } from './acled.js';

export const EXPORT_FORMATS = ['acled-csv', 'csv', 'jsonl', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

export const CSV_COLUMNS = [
  'id', 'seq', 'date_start', 'date_end', 'date_precision', 'type', 'subtype', 'status', 'modality', 'location', 'country',
  'admin1', 'latitude', 'longitude', 'geo_precision', 'actor1', 'actor2', 'associated', 'fatalities', 'fatalities_low',
  'fatalities_high', 'injured', 'arrested', 'sources_count', 'articles_count', 'outlets', 'first_reported', 'confidence',
  'revision', 'updated_at', 'summary',
] as const;

export function exportContentType(f: ExportFormat): string {
  return f === 'jsonl' ? 'application/x-ndjson; charset=utf-8' : f === 'geojson' ? 'application/geo+json; charset=utf-8' : 'text/csv; charset=utf-8';
}

export function exportFileName(f: ExportFormat): string {
  return `sitrep-events.${f === 'acled-csv' ? 'acled.csv' : f}`;
}

/** RFC 4180 field: quoted when it holds a comma, quote, or line break. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (cells: unknown[]) => cells.map(csvField).join(',') + '\n';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

function acledActorName(a: Actor, countryName: string | null): string {
  const generic = ACLED_GENERIC_ACTOR[a.kind];
  // Described (not named) civilians, protesters, rioters and unknown gunmen take ACLED's generic names.
  if (generic && !/[A-Z]/.test(a.name.replace(/^(The|A|An) /, ''))) return countryName ? `${generic} (${countryName})` : generic;
  return a.name;
}

function sides(e: ApiEvent): { a1: Actor[]; a2: Actor[]; assoc: Actor[] } {
  const actors = (e.actors ?? []) as Actor[];
  return { a1: actors.filter((x) => x.role === 'actor1'), a2: actors.filter((x) => x.role === 'actor2'), assoc: actors.filter((x) => x.role === 'associated') };
}

export function acledRow(e: ApiEvent): Record<(typeof ACLED_COLUMNS)[number], string | number> {
  const c = countryInfo(e.location?.country);
  const { a1, a2, assoc } = sides(e);
  const name = (a: Actor | undefined) => (a ? acledActorName(a, c?.name ?? null) : '');
  const inter1 = a1[0] ? ACLED_INTER[a1[0].kind] ?? '' : '';
  const inter2 = a2[0] ? ACLED_INTER[a2[0].kind] ?? '' : '';
  const interaction = inter1 === '' ? '' : inter2 === '' ? Number(inter1) * 10 : Math.min(+inter1, +inter2) * 10 + Math.max(+inter1, +inter2);
  const civilianTargeting = e.type === 'violence_against_civilians' || a2.some((x) => x.kind === 'civilians') ? 'Civilian targeting' : '';
  const date = e.date?.start ?? '';
  const summary = (e.summary ?? '').trim();
  const notes = date && summary && !/^on\s/i.test(summary) ? `On ${longDate(date)}, ${summary}` : summary;
  return {
    event_id_cnty: `${c?.iso3 ?? 'XXX'}${e.seq ?? ''}`,
    event_date: date,
    year: date ? Number(date.slice(0, 4)) : '',
    time_precision: !e.date ? '' : e.date.precision === 'day' ? 1 : e.date.precision === 'week' ? 2 : 3,
    disorder_type: disorderType(e.type, e.subtype ?? ''),
    event_type: ACLED_EVENT_TYPE[e.type] ?? e.type,
    sub_event_type: subEventTypeName(e.subtype),
    actor1: name(a1[0]),
    assoc_actor_1: [...a1.slice(1), ...assoc].map((a) => acledActorName(a, c?.name ?? null)).join('; '),
    inter1,
    actor2: name(a2[0]),
    assoc_actor_2: a2.slice(1).map((a) => acledActorName(a, c?.name ?? null)).join('; '),
    inter2,
    interaction,
    civilian_targeting: civilianTargeting,
    iso: c?.numeric ?? '',
    region: c?.region ?? '',
    country: c?.name ?? e.location?.country ?? '',
    admin1: e.location?.admin1 ?? '',
    admin2: '',
    admin3: '',
    location: e.location?.name ?? '',
    latitude: e.location ? Number(e.location.lat.toFixed(4)) : '',
    longitude: e.location ? Number(e.location.lon.toFixed(4)) : '',
    geo_precision: e.location?.precision ?? '',
    source: (e.outlets ?? []).join('; '),
    source_scale: '',
    notes,
    fatalities: e.fatalities?.best ?? 0,
    tags: `sitrep_id=${e.id}; sources=${e.sources_count}; revision=${e.revision}`,
    timestamp: Math.floor(Date.parse(e.updated_at) / 1000) || '',
  };
}

export function csvRow(e: ApiEvent): Record<(typeof CSV_COLUMNS)[number], unknown> {
  const { a1, a2, assoc } = sides(e);
  return {
    id: e.id,
    seq: e.seq ?? '',
    date_start: e.date?.start ?? '',
    date_end: e.date?.end ?? '',
    date_precision: e.date?.precision ?? '',
    type: e.type,
    subtype: e.subtype,
    status: e.status,
    modality: e.modality ?? '',
    location: e.location?.name ?? '',
    country: e.location?.country ?? '',
    admin1: e.location?.admin1 ?? '',
    latitude: e.location?.lat ?? '',
    longitude: e.location?.lon ?? '',
    geo_precision: e.location?.precision ?? '',
    actor1: a1.map((a) => a.name).join('; '),
    actor2: a2.map((a) => a.name).join('; '),
    associated: assoc.map((a) => a.name).join('; '),
    fatalities: e.fatalities?.best ?? '',
    fatalities_low: e.fatalities?.low ?? '',
    fatalities_high: e.fatalities?.high ?? '',
    injured: e.injured?.best ?? '',
    arrested: e.arrested?.best ?? '',
    sources_count: e.sources_count,
    articles_count: e.articles_count,
    outlets: (e.outlets ?? []).join('; '),
    first_reported: e.first_reported ?? '',
    confidence: e.confidence,
    revision: e.revision,
    updated_at: e.updated_at,
    summary: e.summary,
  };
}

function geoFeature(e: ApiEvent): unknown {
  const { a1, a2, assoc } = sides(e);
  return {
    type: 'Feature',
    id: e.id,
    geometry: e.location ? { type: 'Point', coordinates: [e.location.lon, e.location.lat] } : null,
    properties: {
      id: e.id,
      type: e.type,
      subtype: e.subtype,
      status: e.status,
      date_start: e.date?.start ?? null,
      date_end: e.date?.end ?? null,
      date_precision: e.date?.precision ?? null,
      location: e.location?.name ?? null,
      country: e.location?.country ?? null,
      geo_precision: e.location?.precision ?? null,
      actor1: a1.map((a) => a.name),
      actor2: a2.map((a) => a.name),
      associated: assoc.map((a) => a.name),
      fatalities: e.fatalities?.best ?? null,
      fatalities_low: e.fatalities?.low ?? null,
      fatalities_high: e.fatalities?.high ?? null,
      injured: e.injured?.best ?? null,
      sources_count: e.sources_count,
      articles_count: e.articles_count,
      first_reported: e.first_reported,
      summary: e.summary,
      revision: e.revision,
    },
  };
}

/** Stream an export as text chunks. */
export async function* exportEvents(events: AsyncIterable<ApiEvent> | Iterable<ApiEvent>, format: ExportFormat): AsyncGenerator<string> {
  if (format === 'acled-csv') {
    yield csvLine([...ACLED_COLUMNS]);
    for await (const e of events) { const r = acledRow(e); yield csvLine(ACLED_COLUMNS.map((k) => r[k])); }
  } else if (format === 'csv') {
    yield csvLine([...CSV_COLUMNS]);
    for await (const e of events) { const r = csvRow(e); yield csvLine(CSV_COLUMNS.map((k) => r[k])); }
  } else if (format === 'jsonl') {
    for await (const e of events) yield JSON.stringify(e) + '\n';
  } else {
    yield '{"type":"FeatureCollection","features":[\n';
    let first = true;
    for await (const e of events) {
      yield (first ? '' : ',\n') + JSON.stringify(geoFeature(e));
      first = false;
    }
    yield '\n]}\n';
  }
}
