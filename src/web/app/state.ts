/**
 * Filter state <-> URL query string. The URL holds the whole view so it can be shared:
 * /?from=2024-01-01&to=2024-03-31&country=KZ&type=battles&subtype=&actor=&status=current&min_fatalities=1&q=bomb
 * plus view settings (sort, page, table page size, timeline bin, map view).
 */

export interface Filters {
  from: string;
  to: string;
  country: string;
  type: string;
  subtype: string;
  actor: string;
  status: '' | 'current' | 'background';
  min_fatalities: string;
  q: string;
}

export interface ViewState extends Filters {
  /** Table sort: column key, '-' prefix for descending. */
  sort: string;
  page: number;
  bin: 'auto' | 'day' | 'week';
  /** Map view "lon,lat,zoom" (empty = fit to events). */
  map: string;
  /** Only list events inside the map view in the table. */
  inview: boolean;
}

export const FILTER_KEYS: Array<keyof Filters> = ['from', 'to', 'country', 'type', 'subtype', 'actor', 'status', 'min_fatalities', 'q'];

/** Filters the server applies (everything but the date range, which the timeline brushes on the client). */
export const SERVER_FILTER_KEYS: Array<keyof Filters> = ['country', 'type', 'subtype', 'actor', 'status', 'min_fatalities', 'q'];

export const DEFAULT_STATE: ViewState = {
  from: '',
  to: '',
  country: '',
  type: '',
  subtype: '',
  actor: '',
  status: '',
  min_fatalities: '',
  q: '',
  sort: '-date',
  page: 1,
  bin: 'auto',
  map: '',
  inview: false,
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Parse a query string into a normalised view state; invalid values fall back to defaults. */
export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const s: ViewState = { ...DEFAULT_STATE };
  const str = (k: string) => (p.get(k) ?? '').trim();
  s.from = ISO_DAY.test(str('from')) ? str('from') : '';
  s.to = ISO_DAY.test(str('to')) ? str('to') : '';
  s.country = /^[A-Za-z]{2}$/.test(str('country')) ? str('country').toUpperCase() : '';
  s.type = str('type');
  s.subtype = str('subtype');
  s.actor = str('actor');
  const status = str('status');
  s.status = status === 'current' || status === 'background' ? status : '';
  const mf = str('min_fatalities');
  s.min_fatalities = /^\d+$/.test(mf) ? String(Number(mf)) : '';
  s.q = str('q');
  const sort = str('sort');
  if (/^-?[a-z_]+$/.test(sort)) s.sort = sort;
  const page = Number(str('page'));
  s.page = Number.isInteger(page) && page >= 1 ? page : 1;
  const bin = str('bin');
  s.bin = bin === 'day' || bin === 'week' ? bin : 'auto';
  const map = str('map');
  s.map = /^-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?$/.test(map) ? map : '';
  s.inview = str('inview') === '1';
  return s;
}

/** Serialise a view state; default values are left out so URLs stay short. */
export function stateToQuery(s: ViewState): string {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (s[k]) p.set(k, String(s[k]));
  if (s.sort !== DEFAULT_STATE.sort) p.set('sort', s.sort);
  if (s.page !== 1) p.set('page', String(s.page));
  if (s.bin !== 'auto') p.set('bin', s.bin);
  if (s.map) p.set('map', s.map);
  if (s.inview) p.set('inview', '1');
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** Query string for the API (GET /api/events, /api/export) from the filters. */
export function apiQuery(s: Filters, keys: Array<keyof Filters> = FILTER_KEYS, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  for (const k of keys) if (s[k]) p.set(k, String(s[k]));
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p.toString();
}

/** True when two states ask the server for different event sets. */
export function serverFiltersDiffer(a: Filters, b: Filters): boolean {
  return SERVER_FILTER_KEYS.some((k) => a[k] !== b[k]);
}
