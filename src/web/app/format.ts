/** Labels, colours and formatting shared by the views. */
import type { Count, EventRecord, EventType } from '../../types.js';
import { SUBTYPES as TAXONOMY, EVENT_TYPES } from '../../events/taxonomy.js';

/** ACLED's six types in codebook order, with their human-readable names, from the taxonomy. */
export const TYPE_LABEL: Record<string, string> = EVENT_TYPES;
export const TYPES: EventType[] = Object.keys(EVENT_TYPES) as EventType[];

/** Colour-blind-friendly palette (Okabe-Ito based), one per event type. */
export const TYPE_COLOR: Record<string, string> = {
  battles: '#d55e00',
  explosions_remote_violence: '#e69f00',
  violence_against_civilians: '#cc79a7',
  protests: '#009e73',
  riots: '#0072b2',
  strategic_developments: '#56b4e9',
};

export function typeColor(t: string): string {
  return TYPE_COLOR[t] ?? '#777777';
}

export function typeLabel(t: string): string {
  return TYPE_LABEL[t] ?? t;
}

/** Sub-event types (slug -> ACLED label), grouped by type: the pipeline's own taxonomy, bundled at build time. */
export const SUBTYPES: Record<string, Array<{ slug: string; label: string }>> = {};
for (const s of TAXONOMY) (SUBTYPES[s.type] ??= []).push({ slug: s.slug, label: s.label });
const SUBTYPE_LABEL = new Map(TAXONOMY.map((s) => [s.slug, s.label]));

/** "remote_explosive_landmine_ied" -> "Remote explosive/landmine/IED"; unknown slugs are prettified. */
export function subtypeLabel(slug: string | null | undefined): string {
  if (!slug) return '';
  const known = SUBTYPE_LABEL.get(slug);
  if (known) return known;
  const t = slug.replace(/_/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export const PRECISION_LABEL: Record<number, string> = {
  1: 'exact town or village',
  2: 'near a town / part of a region',
  3: 'region or country centroid',
};

export const ACTOR_KIND_LABEL: Record<string, string> = {
  state_forces: 'state forces',
  rebel_group: 'rebel group',
  political_militia: 'political militia',
  identity_militia: 'identity militia',
  rioters: 'rioters',
  protesters: 'protesters',
  civilians: 'civilians',
  external_forces: 'external forces',
  unidentified_armed_group: 'unidentified armed group',
};

let regionNames: Intl.DisplayNames | null = null;
/** "KZ" -> "Kazakhstan" (the browser's own CLDR data; no download). */
export function countryName(code: string | null | undefined): string {
  if (!code) return '';
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "3", "3 (2–5)", "at least 3" style. */
export function formatCount(c: Count | null | undefined): string {
  if (!c) return '—';
  if (c.low === c.high || (c.low === c.best && c.high === c.best)) return String(c.best);
  return `${c.best} (${c.low}–${c.high})`;
}

export function formatDate(d: EventRecord['date']): string {
  if (!d) return '—';
  if (d.start === d.end) return d.start;
  return `${d.start} – ${d.end} (${d.precision})`;
}

/** "2024-03-05T10:00:00+00:00" -> "2024-03-05 10:00 UTC". */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  if (!m) return iso;
  const off = iso.slice(19).replace(/^\.\d+/, '');
  return `${m[1]} ${m[2]}${off === 'Z' || off === '+00:00' ? ' UTC' : off ? ` ${off}` : ''}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
