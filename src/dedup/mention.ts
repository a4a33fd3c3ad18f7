/**
 * A mention: one event record as extracted from one article, plus the article facts dedup needs.
 * `prepare` turns it into a view with everything pre-computed (day numbers, actor keys, content words)
 * so comparing two mentions costs microseconds.
 */
import type { ActorKind, Count, EventRecord, EventType } from '../types.js';
import { ACTOR_DESCRIPTORS, GENERIC_ACTOR_WORDS, SITE_CLASSES, STOPWORDS, UNDATED_BACKGROUND_LOOKBACK_DAYS, UNDATED_LOOKBACK_DAYS } from './rules.js';

export interface Mention {
  /** Stable id ("<article id>:<index>"). */
  id: string;
  article_id: string;
  /** The outlet ("Reuters"), when known. */
  source: string | null;
  /** Article publication time (ISO), when known. */
  published: string | null;
  record: EventRecord;
  /**
   * The sentences of the article around the record's evidence (see `evidenceContext`). Text similarity
   * uses it when given; otherwise the evidence texts themselves (never the generated summary, whose
   * template words every record shares).
   */
  context?: string | null;
}

export interface ActorKey {
  /** Normalised name ("boko haram"). */
  key: string;
  /** The name without descriptor words ("ambazonian" for "Ambazonian separatists"); the key when nothing is left. */
  core: string;
  role: 'actor1' | 'actor2' | 'associated';
  /** Initials of a multi-word name ("iswap" for "Islamic State West Africa Province"), else null. */
  initials: string | null;
  kind: ActorKind;
  /** True when the name names a group rather than describing one ("gunmen"). */
  named: boolean;
}

export interface CountView {
  best: number;
  low: number;
  high: number;
  /** Content words of the breakdown ("who" was counted), null without a breakdown. */
  victims: Set<string> | null;
}

export interface MentionView {
  m: Mention;
  type: EventType;
  subtype: string;
  background: boolean;
  /** Publication time in ms, or null. */
  pub: number | null;
  /** Event date as inclusive day numbers (days since epoch), or null. */
  date: { start: number; end: number; precision: 'day' | 'week' | 'month' | 'year' } | null;
  place: { lat: number; lon: number; country: string | null; admin1: string | null; precision: 1 | 2 | 3; geonameid: number | null; name: string } | null;
  actors: ActorKey[];
  fatalities: CountView | null;
  injured: CountView | null;
  /** Content words of the evidence and summary, place-name words removed. */
  words: Set<string>;
  /** Kinds of site the evidence names (SITE_CLASSES keys). */
  sites: Set<string>;
}

const DAY_MS = 86_400_000;

/** Day number of an ISO date or date-time ("2011-12-03", "2011-12-03T10:00:00+06:00" -> its calendar day). */
export function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return null;
  return Math.floor(Date.UTC(+m[1]!, +m[2]! - 1, m[3] ? +m[3] : 1) / DAY_MS);
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function normName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^(the|a|an) /, '')
    .trim();
}

// Particles left out of initials: "Tehreek-e-Taliban Pakistan" -> TTP, "Jama'at Nusrat al-Islam wal-Muslimin" -> JNIM.
const NAME_STOP = new Set(['of', 'the', 'and', 'for', 'in', 'al', 'el', 'de', 'del', 'des', 'du', 'la', 'le', 'e', 'i', 'ul', 'ud', 'wal', 'wa']);

function initialsOf(key: string): string | null {
  const words = key.split(' ').filter((w) => w && !NAME_STOP.has(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : null;
}

export function actorKey(name: string, kind: ActorKind, role: ActorKey['role'] = 'actor1'): ActorKey {
  const key = normName(name);
  const generic = !key || GENERIC_ACTOR_WORDS.has(key) || GENERIC_ACTOR_WORDS.has(key.replace(/^(unknown|unidentified|suspected|armed|local) /, ''));
  // A name is a name when it is not a generic description and the writer capitalised it.
  const named = !generic && /[A-Z0-9]/.test(name);
  const core = key.split(' ').filter((w) => !ACTOR_DESCRIPTORS.has(w)).join(' ') || key;
  return { key, core, role, initials: initialsOf(key), kind, named };
}

/** Light stemming: enough to match "bombs"/"bomb", "killed"/"killing"/"kill". */
export function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ings')) return w.slice(0, -4);
  if (w.length > 4 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('es') && /(ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

export function contentWords(text: string, exclude: ReadonlySet<string> = new Set()): Set<string> {
  const out = new Set<string>();
  for (const raw of normName(text).split(' ')) {
    if (raw.length < 2 || /^\d+$/.test(raw) || STOPWORDS.has(raw) || exclude.has(raw)) continue;
    out.add(stem(raw));
  }
  return out;
}

const SITE_PHRASES: Array<[string, string]> = Object.entries(SITE_CLASSES).flatMap(([cls, phrases]) =>
  phrases.map((p) => [` ${normName(p).split(' ').map(stem).join(' ')} `, cls] as [string, string]));

/** Kinds of site named in a text ("a crowded market" -> market). */
export function sitesOf(text: string): Set<string> {
  const norm = ` ${normName(text).split(' ').map(stem).join(' ')} `;
  const out = new Set<string>();
  for (const [p, cls] of SITE_PHRASES) if (norm.includes(p)) out.add(cls);
  // "police station" is a police site, not a transport one; "military base" is not an air base.
  return out;
}

function countView(c: Count | null | undefined): CountView | null {
  if (!c || typeof c.best !== 'number' || !Number.isFinite(c.best)) return null;
  const low = Number.isFinite(c.low) ? Math.min(c.low, c.best) : c.best;
  const high = Number.isFinite(c.high) ? Math.max(c.high, c.best) : c.best;
  const whos = (c.breakdown ?? []).map((b) => b?.who ?? '').filter(Boolean);
  return { best: c.best, low, high, victims: whos.length ? contentWords(whos.join(' ')) : null };
}

export function prepare(m: Mention): MentionView {
  const r = m.record;
  let date: MentionView['date'] = null;
  if (r.date?.start) {
    const s = dayNumber(r.date.start);
    const e = dayNumber(r.date.end || r.date.start);
    if (s !== null) date = { start: s, end: e !== null && e >= s ? e : s, precision: r.date.precision ?? 'day' };
  }
  let place: MentionView['place'] = null;
  const loc = r.location;
  if (loc && Number.isFinite(loc.lat) && Number.isFinite(loc.lon)) {
    place = {
      lat: loc.lat,
      lon: loc.lon,
      country: loc.country ?? null,
      admin1: loc.admin1 ?? null,
      precision: loc.precision === 1 || loc.precision === 2 || loc.precision === 3 ? loc.precision : 2,
      geonameid: loc.geonameid ?? null,
      name: loc.name ?? '',
    };
  }
  const actors = (r.actors ?? []).filter((a) => a && a.name).map((a) => actorKey(a.name, a.kind, a.role));
  // Place and actor names are compared by their own features: leave them out of the text.
  const skip = new Set<string>();
  if (place) for (const w of normName(place.name).split(' ')) skip.add(w);
  for (const a of actors) for (const w of a.key.split(' ')) skip.add(w);
  const evidence = (r.evidence ?? []).map((e) => e?.text ?? '').filter(Boolean);
  const texts = m.context ? [m.context] : evidence.length ? evidence : [r.summary ?? ''];
  const pubMs = m.published ? Date.parse(m.published) : NaN;
  return {
    m,
    type: r.type,
    subtype: r.subtype ?? '',
    background: r.status === 'background',
    pub: Number.isFinite(pubMs) ? pubMs : null,
    date,
    place,
    actors,
    fatalities: countView(r.fatalities),
    injured: countView(r.injured),
    words: contentWords(texts.join(' '), skip),
    sites: sitesOf(texts.join(' ')),
  };
}

/**
 * The inclusive day span a mention occupies when looking for candidate events: its date, else its
 * publication day reaching back the look-back window. Null when it has neither.
 */
export function daySpan(date: { start: number; end: number } | null, pub: number | null, background: boolean): { from: number; to: number } | null {
  if (date) return { from: date.start, to: date.end };
  if (pub === null) return null;
  const pubDay = Math.floor(pub / DAY_MS);
  return { from: pubDay - (background ? UNDATED_BACKGROUND_LOOKBACK_DAYS : UNDATED_LOOKBACK_DAYS), to: pubDay };
}

export function mentionDays(v: MentionView): { from: number; to: number } | null {
  return daySpan(v.date, v.pub, v.background);
}

/** Same as mentionDays, straight from a Mention. */
export function mentionDaysOf(m: Mention): { from: number; to: number } | null {
  const d = m.record.date;
  const s = d?.start ? dayNumber(d.start) : null;
  const e = d?.end ? dayNumber(d.end) : s;
  const t = m.published ? Date.parse(m.published) : NaN;
  return daySpan(s !== null ? { start: s, end: e !== null && e >= s ? e : s } : null, Number.isFinite(t) ? t : null, m.record.status === 'background');
}

const SENTENCE_END = /[.!?]["'\u2019\u201d)]*\s|\n/g;

/**
 * The sentences of `text` that hold the evidence spans, joined (each span widened to its sentence, at
 * most 400 characters either side). This is what a reader compares when asking "same event?".
 */
export function evidenceContext(text: string, spans: Array<{ start_char: number; end_char: number }>): string {
  const ranges: Array<[number, number]> = [];
  for (const sp of spans) {
    if (!sp || !(sp.end_char > sp.start_char) || sp.start_char < 0 || sp.end_char > text.length) continue;
    let start = Math.max(0, sp.start_char - 400);
    SENTENCE_END.lastIndex = start;
    let mt: RegExpExecArray | null;
    while ((mt = SENTENCE_END.exec(text)) && mt.index + mt[0].length <= sp.start_char) start = mt.index + mt[0].length;
    let end = Math.min(text.length, sp.end_char + 400);
    SENTENCE_END.lastIndex = sp.end_char;
    if ((mt = SENTENCE_END.exec(text)) && mt.index < end) end = mt.index + 1;
    ranges.push([start, end]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged.map(([a, b]) => text.slice(a, b).trim()).join(' ');
}
