/** The slim event the map, timeline and table keep in memory (20,000+ of them), and date helpers. */
import type { ApiEvent } from '../../api/contract.js';

export interface Slim {
  id: string;
  type: string;
  subtype: string;
  status: string;
  /** Event date interval (ISO days), null when undated. */
  start: string | null;
  end: string | null;
  /** Day numbers (days since 1970-01-01) of start/end, NaN when undated. */
  d0: number;
  d1: number;
  datePrecision: string;
  hasLoc: boolean;
  lat: number;
  lon: number;
  precision: number;
  place: string;
  country: string;
  admin1: string;
  fatalities: number;
  injured: number;
  summary: string;
  actors: string;
  sources: number;
  articles: number;
}

const DAY_MS = 86_400_000;

/** "2024-03-05" -> days since the epoch (NaN for anything else). */
export function dayNum(iso: string | null | undefined): number {
  if (!iso || iso.length < 10) return NaN;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (!y || !m || !d) return NaN;
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function dayIso(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function slim(e: ApiEvent): Slim {
  const loc = e.location;
  const hasLoc = !!loc && Number.isFinite(loc.lat) && Number.isFinite(loc.lon) && Math.abs(loc.lat) <= 90 && Math.abs(loc.lon) <= 180;
  return {
    id: e.id,
    type: e.type,
    subtype: e.subtype ?? '',
    status: e.status,
    start: e.date?.start ?? null,
    end: e.date?.end ?? e.date?.start ?? null,
    d0: dayNum(e.date?.start),
    d1: dayNum(e.date?.end ?? e.date?.start),
    datePrecision: e.date?.precision ?? '',
    hasLoc,
    lat: hasLoc ? loc!.lat : 0,
    lon: hasLoc ? loc!.lon : 0,
    precision: loc?.precision ?? 3,
    place: loc?.name ?? '',
    country: loc?.country ?? '',
    admin1: loc?.admin1 ?? '',
    fatalities: e.fatalities?.best ?? 0,
    injured: e.injured?.best ?? 0,
    summary: e.summary ?? '',
    actors: (e.actors ?? []).map((a) => a.name).join('; '),
    sources: e.sources_count ?? 1,
    articles: e.articles_count ?? 1,
  };
}

/** Events whose date interval overlaps [from, to] (ISO days, either may be empty = open). Undated events only pass an open range. */
export function inDateRange(events: Slim[], from: string, to: string): Slim[] {
  if (!from && !to) return events;
  const a = from ? dayNum(from) : -Infinity;
  const b = to ? dayNum(to) : Infinity;
  return events.filter((e) => !Number.isNaN(e.d0) && e.d1 >= a && e.d0 <= b);
}

/** Table sort keys. */
export const SORT_KEYS: Record<string, (e: Slim) => string | number> = {
  date: (e) => (Number.isNaN(e.d0) ? -Infinity : e.d0),
  type: (e) => e.type,
  subtype: (e) => e.subtype,
  place: (e) => e.place.toLowerCase(),
  country: (e) => e.country,
  fatalities: (e) => e.fatalities,
  injured: (e) => e.injured,
  sources: (e) => e.sources,
  status: (e) => e.status,
  summary: (e) => e.summary.toLowerCase(),
};

/** Stable sort by a key ("-date" = descending); ties broken by id for a deterministic order. */
export function sortEvents(events: Slim[], sort: string): Slim[] {
  const desc = sort.startsWith('-');
  const key = SORT_KEYS[desc ? sort.slice(1) : sort] ?? SORT_KEYS.date;
  const dir = desc ? -1 : 1;
  const keyed = events.map((e) => ({ e, k: key(e) }));
  keyed.sort((x, y) => (x.k < y.k ? -dir : x.k > y.k ? dir : x.e.id < y.e.id ? -1 : x.e.id > y.e.id ? 1 : 0));
  return keyed.map((x) => x.e);
}
