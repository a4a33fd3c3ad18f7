/**
 * Compare two mentions: hard constraints (veto) and points for each kind of agreement.
 * Each feature is a small function with its own tests; `compare` adds them up.
 */
import type { ActorKey, CountView, MentionView } from './mention.js';
import {
  CONTENT_MIN, COUNT_CLOSE_ABS, FAMILY_PAIRS, COUNT_CLOSE_RATIO, COUNT_RISING_ABS, COUNT_RISING_RATIO, CROSS_BORDER_KM, DAY_SLACK,
  GENERIC_EVENT_WORDS, GENERIC_WORD_WEIGHT, GROUP_KINDS, LINK_THRESHOLD, NEUTRAL_KINDS, PLACE_RADIUS_KM, POINTS, SAME_SPOT_KM,
  SAME_TIME_HOURS, SUBTYPE_FAMILIES, TYPE_PAIRS, UNDATED_BACKGROUND_LOOKBACK_DAYS, UNDATED_LOOKBACK_DAYS, typePairKey,
} from './rules.js';
import { stem } from './mention.js';
import { haversineKm } from '../geo/gazetteer/model.js';

export interface Feature {
  points: number;
  /** Set when the two mentions cannot be the same event. */
  veto?: string;
}

export interface Comparison {
  score: number;
  /** Points from actors, counts, text and subtype (everything but type, day and place). */
  content: number;
  veto: string | null;
  parts: Record<string, number>;
}

/** Does a comparison say "same event"? */
export function linked(c: Comparison): boolean {
  return !c.veto && c.score >= LINK_THRESHOLD && c.content >= CONTENT_MIN;
}

const DAY_MS = 86_400_000;

export { haversineKm };

export function typeFeature(a: MentionView, b: MentionView): Feature {
  if (a.type === b.type) return { points: POINTS.sameType + (a.subtype && a.subtype === b.subtype ? POINTS.sameSubtype : 0) };
  const pair = TYPE_PAIRS[typePairKey(a.type, b.type)];
  if (pair === undefined) return { points: 0, veto: `type ${a.type} vs ${b.type}` };
  return { points: pair };
}

function family(subtype: string): string | null {
  return SUBTYPE_FAMILIES[subtype] ?? null;
}

/** Content side of the type: different (compatible) types, or subtypes from different families, need more evidence. */
export function kindFeature(a: MentionView, b: MentionView): Feature {
  let points = a.type === b.type ? 0 : POINTS.typeMismatch;
  const fa = family(a.subtype);
  const fb = family(b.subtype);
  if (fa && fb && fa !== fb && !FAMILY_PAIRS.has(fa < fb ? `${fa}|${fb}` : `${fb}|${fa}`)) points += POINTS.subtypeConflict;
  return { points };
}

/** Days between two inclusive day intervals (0 when they overlap). */
function gapDays(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end < b.start) return b.start - a.end;
  if (b.end < a.start) return a.start - b.end;
  return 0;
}

export function dateFeature(a: MentionView, b: MentionView): Feature {
  if (a.date && b.date) {
    const gap = gapDays(a.date, b.date);
    const bothDay = a.date.precision === 'day' && b.date.precision === 'day';
    const slack = bothDay || a.date.precision === 'day' || b.date.precision === 'day' ? DAY_SLACK : 0;
    if (gap > slack) return { points: 0, veto: `dates ${gap} days apart` };
    if (bothDay) return { points: gap === 0 ? POINTS.sameDay : POINTS.adjacentDay };
    const coarse = [a.date.precision, b.date.precision].includes('year') ? 'year' : [a.date.precision, b.date.precision].includes('month') ? 'month' : 'week';
    return { points: coarse === 'week' ? POINTS.overlapWeek : coarse === 'month' ? POINTS.overlapMonth : POINTS.overlapYear };
  }
  // One side undated: its event happened before (or on) its publication, within a look-back window.
  const dated = a.date ? a : b.date ? b : null;
  const undated = dated === a ? b : a;
  if (dated && dated.date && undated.pub !== null) {
    const pubDay = Math.floor(undated.pub / DAY_MS);
    if (dated.date.start > pubDay + DAY_SLACK) return { points: 0, veto: 'event dated after the other report was published' };
    const lookback = undated.background ? UNDATED_BACKGROUND_LOOKBACK_DAYS : UNDATED_LOOKBACK_DAYS;
    if (dated.date.end < pubDay - lookback) return { points: 0, veto: 'undated report published long after the dated event' };
    return { points: 0 };
  }
  if (!a.date && !b.date && a.pub !== null && b.pub !== null) {
    const gap = Math.abs(a.pub - b.pub);
    const lookback = a.background || b.background ? UNDATED_BACKGROUND_LOOKBACK_DAYS : UNDATED_LOOKBACK_DAYS;
    if (gap > lookback * DAY_MS) return { points: 0, veto: 'undated reports published far apart' };
    return { points: gap <= 2 * DAY_MS && !a.background && !b.background ? POINTS.bothUndatedClosePublished : 0 };
  }
  // Neither a date nor a publication time on one side: it cannot be placed in time, so it is never merged.
  return { points: 0, veto: 'no date and no publication time' };
}

export function placeFeature(a: MentionView, b: MentionView): Feature {
  const p = a.place;
  const q = b.place;
  if (!p || !q) return { points: 0 };
  const d = haversineKm(p.lat, p.lon, q.lat, q.lon);
  if (p.country && q.country && p.country !== q.country && d > CROSS_BORDER_KM) return { points: 0, veto: `countries ${p.country} vs ${q.country}` };
  const coarse = p.precision === 3 || q.precision === 3;
  if (coarse) {
    // A region-level place must contain the other: same country, same admin-1 when both name one.
    const region = p.precision === 3 ? p : q;
    const other = region === p ? q : p;
    if (region.admin1 && other.admin1 && region.country === other.country && region.admin1 !== other.admin1 && d > PLACE_RADIUS_KM[1]) {
      return { points: 0, veto: `regions ${region.admin1} vs ${other.admin1}` };
    }
  }
  const threshold = PLACE_RADIUS_KM[p.precision] + PLACE_RADIUS_KM[q.precision];
  // A country-level place (no admin-1) can hold anything in its country.
  const countryLevel = (coarse && (p.precision === 3 ? !p.admin1 : !q.admin1) && p.country !== null && p.country === q.country);
  if (d > threshold && !countryLevel) return { points: 0, veto: `places ${Math.round(d)} km apart` };
  if (coarse) return { points: POINTS.samePlaceRegion };
  if ((p.geonameid !== null && p.geonameid === q.geonameid) || d <= SAME_SPOT_KM) return { points: POINTS.sameSpot };
  return { points: POINTS.nearPlace * Math.max(0, 1 - d / threshold) };
}

export function sameActor(x: ActorKey, y: ActorKey): boolean {
  if (x.key === y.key || x.core === y.core) return true;
  if (x.initials && x.initials === y.key.replace(/ /g, '')) return true;
  if (y.initials && y.initials === x.key.replace(/ /g, '')) return true;
  // "al Shabaab" vs "al Shabaab fighters": one name inside the other, word-aligned.
  const [s, l] = x.core.length <= y.core.length ? [x.core, y.core] : [y.core, x.core];
  if (s.length >= 4 && (` ${l} `).includes(` ${s} `)) return true;
  // A short form of the first word ("Amba" for "Ambazonia(n)").
  if (!s.includes(' ') && s.length >= 4 && l.split(' ')[0]!.startsWith(s)) return true;
  // Transliteration variants: doubled letters and vowels ("Shabaab"/"Shabab", "Qaeda"/"Qaida").
  return x.core.length >= 4 && loose(x.core) === loose(y.core);
}

function loose(a: string): string {
  return a.replace(/([a-z])\1+/g, '$1').replace(/[aeiouy]/g, '');
}

const ONE_SIDED = new Set(['explosions_remote_violence', 'violence_against_civilians']);

/** Compare two actor lists: shared names and kinds earn points, different named groups or kinds cost points. */
function compareActors(xs: ActorKey[], ys: ActorKey[], groupKindsOnly: boolean, conflict: number): number {
  const na = xs.filter((x) => x.named);
  const nb = ys.filter((x) => x.named);
  if (na.some((x) => nb.some((y) => sameActor(x, y)))) return POINTS.sharedNamedActor;
  const ga = groupKindsOnly ? na.filter((x) => GROUP_KINDS.has(x.kind)) : na;
  const gb = groupKindsOnly ? nb.filter((x) => GROUP_KINDS.has(x.kind)) : nb;
  if (ga.length && gb.length && ga.every((x) => GROUP_KINDS.has(x.kind)) && gb.every((y) => GROUP_KINDS.has(y.kind))) return conflict;
  const ka = new Set(xs.map((x) => x.kind).filter((k) => !NEUTRAL_KINDS.has(k)));
  const kb = new Set(ys.map((x) => x.kind).filter((k) => !NEUTRAL_KINDS.has(k)));
  if (!ka.size || !kb.size) return 0;
  for (const k of ka) if (kb.has(k)) return POINTS.sharedActorKind;
  // Disjoint kinds: for one-sided violence two different perpetrators; for a battle or a protest, each report
  // may simply name a different side, which says nothing.
  return groupKindsOnly ? 0 : conflict;
}

export function actorFeature(a: MentionView, b: MentionView): Feature {
  if (ONE_SIDED.has(a.type) && ONE_SIDED.has(b.type)) {
    // One-sided violence: who did it decides. Different perpetrators (by kind or named group) are different events.
    const pa = a.actors.filter((x) => x.role === 'actor1');
    const pb = b.actors.filter((x) => x.role === 'actor1');
    const perp = compareActors(pa, pb, false, POINTS.perpetratorConflict);
    if (perp !== 0) return { points: perp };
    // No perpetrator on one side: a shared named target still says something.
    const ta = a.actors.filter((x) => x.role !== 'actor1' && x.named);
    const tb = b.actors.filter((x) => x.role !== 'actor1' && x.named);
    return { points: ta.some((x) => tb.some((y) => sameActor(x, y))) ? POINTS.sharedActorKind : 0 };
  }
  // Battles, protests, riots: sides are named in either order.
  return { points: compareActors(a.actors, b.actors, true, POINTS.namedActorConflict) };
}

export type CountRelation = 'none' | 'agree' | 'agree-zero' | 'close' | 'rising' | 'conflict';

/** How two reported counts relate, given which report came later (tolls rise; they rarely fall a lot). */
export function countRelation(a: CountView | null, b: CountView | null, aPub: number | null, bPub: number | null): CountRelation {
  if (!a || !b) return 'none';
  // Both say who was counted, and they counted different people ("two gendarmes" vs "four separatists").
  if (a.victims && b.victims && a.best !== b.best && a.victims.size && b.victims.size && ![...a.victims].some((w) => b.victims!.has(w))) return 'conflict';
  if (a.low <= b.high && b.low <= a.high) return a.best === 0 && b.best === 0 ? 'agree-zero' : 'agree';
  const lo = Math.min(a.best, b.best);
  const hi = Math.max(a.best, b.best);
  if (hi <= COUNT_CLOSE_RATIO * lo + COUNT_CLOSE_ABS) return 'close';
  if (aPub !== null && bPub !== null && Math.abs(aPub - bPub) >= SAME_TIME_HOURS * 3_600_000) {
    const later = aPub > bPub ? a : b;
    if (later.best === hi && hi <= COUNT_RISING_RATIO * lo + COUNT_RISING_ABS) return 'rising';
  }
  return 'conflict';
}

export function countFeature(a: MentionView, b: MentionView): Feature {
  let points = 0;
  const f = countRelation(a.fatalities, b.fatalities, a.pub, b.pub);
  points += f === 'agree' ? POINTS.countAgree : f === 'agree-zero' ? POINTS.countAgreeZero : f === 'close' ? POINTS.countClose : f === 'rising' ? POINTS.countRising : f === 'conflict' ? POINTS.fatalitiesConflict : 0;
  const i = countRelation(a.injured, b.injured, a.pub, b.pub);
  points += i === 'agree' ? POINTS.countAgree / 2 : i === 'close' ? POINTS.countClose / 2 : i === 'conflict' ? POINTS.injuredConflict : 0;
  return { points };
}

const GENERIC_STEMS = new Set([...GENERIC_EVENT_WORDS].map(stem));
const weightOf = (w: string) => (GENERIC_STEMS.has(w) ? GENERIC_WORD_WEIGHT : 1);

/** Weighted Dice coefficient: generic event words ("killed", "attack") weigh GENERIC_WORD_WEIGHT. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  let total = 0;
  for (const w of a) { const k = weightOf(w); total += k; if (b.has(w)) shared += k; }
  for (const w of b) total += weightOf(w);
  return total ? (2 * shared) / total : 0;
}

/** The kind of site hit: both name one and share it (+), or both name one and share none (-). */
export function siteFeature(a: MentionView, b: MentionView): Feature {
  if (!a.sites.size || !b.sites.size) return { points: 0 };
  for (const s of a.sites) if (b.sites.has(s)) return { points: POINTS.sameSite };
  return { points: POINTS.siteConflict };
}

export function textFeature(a: MentionView, b: MentionView): Feature {
  return { points: POINTS.text * dice(a.words, b.words) };
}

/** Context features (type, day, place) and content features (the rest); the flag marks content. */
export const FEATURES: Array<[string, (a: MentionView, b: MentionView) => Feature, boolean]> = [
  ['type', typeFeature, false],
  ['date', dateFeature, false],
  ['place', placeFeature, false],
  ['kind', kindFeature, true],
  ['actors', actorFeature, true],
  ['counts', countFeature, true],
  ['site', siteFeature, true],
  ['text', textFeature, true],
];

/** Compare two mentions. Mentions from the same article are never the same event (the extractor merged those). */
export function compare(a: MentionView, b: MentionView): Comparison {
  const parts: Record<string, number> = {};
  if (a.m.article_id === b.m.article_id) return { score: 0, content: 0, veto: 'same article', parts };
  let score = 0;
  let content = 0;
  for (const [name, f, isContent] of FEATURES) {
    const r = f(a, b);
    if (r.veto) return { score: 0, content: 0, veto: `${name}: ${r.veto}`, parts };
    parts[name] = r.points;
    score += r.points;
    if (isContent) content += r.points;
  }
  return { score, content, veto: null, parts };
}
