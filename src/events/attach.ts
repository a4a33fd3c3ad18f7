/**
 * Date and place attachment for a trigger: the time expression and the toponym of its own sentence
 * that govern it (a date right after "said" dates the report, not the event; "since January" anchors
 * a span; a place after "in", "at", "near", "outside" is where it happened, and the most specific
 * wins), with the ACLED geo-precision the text supports.
 */
import { haversineKm } from '../geo/gazetteer/model.js';
import type { Doc, EventDate, EventLocation, Timex, Toponym } from '../types.js';
import { LOCATIVE_BEFORE, REPORTING_VERBS } from './lexicon/context.js';
import type { ESent } from './tokens.js';
import { tokAt } from './tokens.js';

export interface DateCand extends EventDate {
  basis: 'text' | 'dateline' | 'publication';
  /** Distance in characters from the trigger (for choosing between mentions). */
  dist: number;
}

export interface PlaceCand extends EventLocation {
  dist: number;
  /** A locative cue ("in", "near", "village of") introduces it. */
  cued: boolean;
  /** Specificity rank: 3 town/village, 2 district, 1 province, 0 country/region. */
  rank: number;
  feature_code: string | null;
}

const YEAR_PREP = new Set(['in', 'of', 'since', 'during', 'by', 'from', 'early', 'late', 'mid', 'until', 'till', 'through', 'throughout', 'around', 'before', 'after', 'last', 'that', 'this']);
const NOT_EVENT_ANCHOR = new Set(['since', 'until', 'till', 'by', 'before', 'through', 'ahead', 'next', 'upcoming']);
/** Words that give a time expression a day of its own (a bare "in the afternoon" or "10 pm" does not). */
const DAY_WORDS = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|yesterday|today|tonight|tomorrow|last night|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{1,2}\/\d{1,2}|\d{4}|\b\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:[ap]\.?m|:|hrs|o'clock))|\b(?:week|month|year)\b/i;

function mapPrecision(t: Timex): EventDate['precision'] | null {
  switch (t.precision) {
    case 'day': return 'day';
    case 'week': return 'week';
    case 'month': case 'quarter': return 'month';
    case 'year': case 'decade': return 'year';
    default: return t.start && t.end && t.start === t.end ? 'day' : null;
  }
}

/** Timexes of the sentence that can date an event (not the report, not a span anchor). */
export function eventTimexes(doc: Doc, sent: ESent): Timex[] {
  const toks = sent.toks;
  const out: Timex[] = [];
  for (const t of doc.timexes) {
    if (t.start_char < sent.start || t.end_char > sent.end) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    if (!t.start || !t.end) continue;
    if (t.fuzzy) continue;
    if (!DAY_WORDS.test(t.text)) continue;
    const i = tokAt(toks, t.start_char);
    let j = i;
    while (j < toks.length && toks[j]!.s < t.end_char) j++;
    const before = toks.slice(Math.max(0, i - 3), i).map((x) => x.lo);
    if (before.includes('ahead') || before.slice(-2).join(' ') === 'ahead of') continue;
    // "said on Sunday", "told reporters on Monday", "said last week"
    const reportBefore = before.some((w) => REPORTING_VERBS.has(w)) && !before.includes('killed');
    // "On Sunday, police said ..." with nothing but the source between
    const after = toks.slice(j, Math.min(toks.length, j + 4)).map((x) => x.lo);
    const reportAfter = i <= 2 && after[0] === ',' && after.slice(1).some((w) => REPORTING_VERBS.has(w));
    if (reportBefore || reportAfter) continue;
    const prev = toks[i - 1]?.lo ?? '';
    // a bare year after "the" or a name ("the 2008 agitation", "the Act, 2013") dates that noun, not the clause
    if (/^\d{4}$/.test(t.text.trim()) && !YEAR_PREP.has(prev)) continue;
    if (NOT_EVENT_ANCHOR.has(prev) || NOT_EVENT_ANCHOR.has(t.text.split(/\s+/)[0]!.toLowerCase())) continue;
    out.push(t);
  }
  return out;
}

/** Characters between a span and the trigger span [trigStart, trigEnd): 0 when it lies inside or overlaps it. */
function gapTo(t: { start_char: number; end_char: number }, trigStart: number, trigEnd: number): number {
  if (t.start_char >= trigEnd) return t.start_char - trigEnd;
  if (t.end_char <= trigStart) return trigStart - t.end_char;
  return 0;
}

export function dateFor(doc: Doc, sent: ESent, trigStart: number, trigEnd: number, timexes: Timex[]): DateCand | null {
  let best: DateCand | null = null;
  for (const t of timexes) {
    const p = mapPrecision(t);
    if (!p) continue;
    const dist = gapTo(t, trigStart, trigEnd);
    // far from the trigger, a date belongs to another clause ("... as announced by the minister in September"),
    // unless it opens the sentence ("Last month, gunmen ...")
    const opens = t.start_char - sent.start <= 4;
    if (Math.abs(dist) > 110 && !opens) continue;
    const cand: DateCand = {
      start: t.start!.slice(0, 10), end: t.end!.slice(0, 10), precision: p, text: t.text, start_char: t.start_char, end_char: t.end_char,
      basis: 'text', dist: Math.abs(dist),
    };
    if (!best || cand.dist < best.dist) best = cand;
  }
  void doc;
  void sent;
  return best;
}

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * Date for a current event whose text gives none: a dated dateline if there is one, else the news
 * window of the publication: from the day before publication to the publication day (basis
 * 'publication'; the record says so and its confidence is lower).
 */
export function fallbackDate(doc: Doc): DateCand | null {
  const dl = doc.article.dateline;
  if (dl) {
    const t = doc.timexes.find((x) => x.start_char >= dl.start_char && x.end_char <= dl.end_char && x.start && x.precision === 'day');
    if (t) return { start: t.start!.slice(0, 10), end: t.end!.slice(0, 10), precision: 'day', text: t.text, start_char: t.start_char, end_char: t.end_char, basis: 'dateline', dist: 1e9 };
  }
  const pub = doc.article.published;
  if (!pub) return null;
  const day = pub.slice(0, 10);
  return { start: addDays(day, -1), end: day, precision: 'day', text: '', start_char: 0, end_char: 0, basis: 'publication', dist: 1e9 };
}

function rankOf(fc: string | null): number {
  if (!fc) return 1;
  if (fc.startsWith('PPL') || fc === 'ADM5' || fc === 'ADM4') return 3;
  if (fc === 'ADM3' || fc === 'ADM2' || fc === 'ADMD') return 2;
  if (fc === 'ADM1') return 1;
  if (fc.startsWith('PCL') || fc === 'CONT' || fc === 'RGN' || fc === 'TERR') return 0;
  // facilities, landmarks, areas: as specific as a town
  if (/^(?:AIRP|BLDG|MSQE|CH|TMPL|SCH|HSP|MKT|BDG|CMP|MILB|INSM|PRT|STNR|RSTN|ROAD|BRDG|DAM|PASS|AREA|LCTY|PRK|SQR|HTL|UNIV|FT|GATE)/.test(fc)) return 3;
  return 1;
}

const DESCRIPTOR_NOUNS = new Set(['village', 'town', 'city', 'district', 'province', 'area', 'areas', 'region', 'state', 'suburb', 'neighbourhood', 'neighborhood', 'part', 'parts', 'township', 'upazila', 'hamlet', 'county', 'municipality', 'governorate', 'locality', 'capital']);
/** Prepositional cues only ("in", "near", "north of"); "village of" and friends are descriptors, handled apart. */
const CUES: Map<string, 1 | 2> = new Map(Object.entries(LOCATIVE_BEFORE).filter(([cue]) => !(cue.endsWith(' of') && DESCRIPTOR_NOUNS.has(cue.split(' ')[0]!))));
/** A descriptor right before the name: "the northern city of", "Kazakhstan's commercial capital". */
const DESCRIPTOR_RE = /(?:\b(?:the|a|an)\s+)?(?:\b(?!(?:in|at|on|near|outside|from|of|into|inside|around|off|across)\s)[\w'-]+\s+){0,3}?\b(village|town|city|district|province|areas?|region|state|suburb|neighbou?rhood|parts?|township|upazila|hamlet|county|municipality|governorate|locality|capital)\s+(?:of\s+)?$/;

/** Words between the nearest locative cue and the name (after stripping a descriptor); 9 when none. */
function cueGap(doc: Doc, start: number): number {
  let before = doc.text.slice(Math.max(0, start - 60), start).toLowerCase().replace(/[’']s\b/g, '');
  const d = DESCRIPTOR_RE.exec(before);
  if (d) before = before.slice(0, d.index);
  const words = before.trim().split(/\s+/).slice(-8);
  for (let gap = 0; gap <= 4; gap++) {
    const end = words.length - gap;
    for (let n = 4; n >= 1; n--) if (end - n >= 0 && CUES.has(words.slice(end - n, end).join(' '))) return gap;
  }
  return 9;
}

/** Locative cue before the toponym: precision 1 (in it) or 2 (near it), or null. The nearest cue wins. */
function cueBefore(doc: Doc, start: number): 1 | 2 | null {
  let before = doc.text.slice(Math.max(0, start - 60), start).toLowerCase().replace(/[’']s\b/g, '');
  const d = DESCRIPTOR_RE.exec(before);
  let descriptor: string | null = null;
  if (d) { descriptor = d[1]!; before = before.slice(0, d.index); }
  // the nearest cue among the last words (it may be separated from the name by up to four words:
  // "near Kyrgyzstan's capital Bishkek"), the longest cue at equal distance
  const words = before.trim().split(/\s+/).slice(-8);
  let best: 1 | 2 | null = null;
  let bestGap = Infinity;
  const maxGap = descriptor ? 1 : 4;
  for (let gap = 0; gap <= maxGap && best === null; gap++) {
    const end = words.length - gap;
    for (let n = 4; n >= 1; n--) {
      if (end - n < 0) continue;
      const p = CUES.get(words.slice(end - n, end).join(' '));
      if (p) { best = p; bestGap = gap; break; }
    }
  }
  if (descriptor && bestGap > 1) best = null;
  // "areas of", "parts of" a place: somewhere in it, not the town itself
  if (descriptor && /^(?:areas?|parts?)$/.test(descriptor)) return 2;
  if (descriptor && best === null) return 1;
  return best;
}

function placeCand(doc: Doc, t: Toponym, trigStart: number, trigEnd: number): PlaceCand {
  const rank = rankOf(t.feature_code);
  const cue = cueBefore(doc, t.start_char);
  let precision: 1 | 2 | 3 = rank === 3 ? 1 : rank === 2 ? 2 : 3;
  if (precision === 1 && cue === 2) precision = 2;
  const dist = gapTo(t, trigStart, trigEnd);
  return {
    name: t.name, geonameid: t.geonameid, lat: t.lat, lon: t.lon, country: t.country, admin1: t.admin1, precision, text: t.text,
    start_char: t.start_char, end_char: t.end_char, dist: Math.abs(dist) + (cue ? 0 : 60) + (t.start_char < trigStart ? 20 : 0), rank, feature_code: t.feature_code, cued: cue !== null && cueGap(doc, t.start_char) <= 1,
  };
}

/** Better place: more specific, then precision 1 over 2, then closer to the trigger. */
export function betterPlace(a: PlaceCand, b: PlaceCand | null): boolean {
  if (!b) return true;
  // a town after "in"/"near" beats one used as a name ("a Harvard University center in Florence")
  if (a.rank >= 2 && b.rank >= 2 && a.cued !== b.cued) return a.cued;
  if (a.rank !== b.rank) return a.rank > b.rank;
  if (a.precision !== b.precision) return a.precision < b.precision;
  return a.dist < b.dist;
}

/**
 * A toponym inside the dateline ("BAMAKO (Reuters) -") says where the story was filed, not where an
 * event happened: never an event's own place, only the fallback of `fallbackPlace` in extract.ts.
 */
export function inDateline(doc: Doc, t: { start_char: number; end_char: number }): boolean {
  const dl = doc.article.dateline;
  return !!dl && t.start_char >= dl.start_char && t.end_char <= dl.end_char;
}

export function placeFor(doc: Doc, sent: ESent, trigStart: number, trigEnd: number, exclude: { s: number; e: number }[]): PlaceCand | null {
  let best: PlaceCand | null = null;
  for (const t of doc.toponyms) {
    if (t.start_char < sent.start || t.end_char > sent.end) continue;
    if (inDateline(doc, t)) continue;
    if (exclude.some((x) => x.s < t.end_char && t.start_char < x.e)) continue;
    if ((t as Toponym & { demonym?: boolean }).demonym) continue;
    // demonyms and possessives describe, they do not locate ("Kazakhstan's commercial capital")
    const after = doc.text.slice(t.end_char, t.end_char + 2);
    const c = placeCand(doc, t, trigStart, trigEnd);
    if (/^['’]s/.test(after)) { c.dist += 80; if (c.rank === 0) continue; }
    // "900 km south of Manila": a reference point far from the event, not its place
    const far = /(\d[\d,.]*)\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\s+(?:[a-z-]+\s+)?(?:of|from)\s+(?:the\s+)?$/i.exec(doc.text.slice(Math.max(0, t.start_char - 50), t.start_char));
    if (far && Number(far[1]!.replace(/,/g, '')) > 25) continue;
    // a country named without "in"/"near" is a modifier ("U.S. military facilities", "an Armenian group"), not the place
    if (c.rank === 0 && !cueBefore(doc, t.start_char)) continue;
    if (/^-[a-z]/.test(after)) continue;
    if (betterPlace(c, best)) best = c;
  }
  return best;
}


/** Whether two places can be the same event's place (same, near, or one contains the other). */
export function placesCompatible(a: PlaceCand, b: PlaceCand): boolean {
  if (a.geonameid !== null && a.geonameid === b.geonameid) return true;
  if (a.name.toLowerCase() === b.name.toLowerCase()) return true;
  if (a.rank === 0 || b.rank === 0) return !a.country || !b.country || a.country === b.country;
  if (a.rank <= 1 || b.rank <= 1) return (!a.country || a.country === b.country) && (!a.admin1 || !b.admin1 || a.admin1 === b.admin1 || haversineKm(a.lat, a.lon, b.lat, b.lon) < 150);
  if (a.rank === 2 || b.rank === 2) return haversineKm(a.lat, a.lon, b.lat, b.lon) < 80;
  return haversineKm(a.lat, a.lon, b.lat, b.lon) <= 30;
}

export function datesCompatible(a: DateCand, b: DateCand): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * A more specific place for an event whose own sentences give none, only a country or only an admin-1
 * region: the nearest district- or town-level place of the same paragraph (after the event first, then
 * before it), in the same country and, when given, the same admin-1 region ("a bandh across Odisha ...
 * stones were thrown in Bhubaneswar").
 */
export function contextPlace(doc: Doc, paragraph: ESent[], from: number, country: string | null, admin1: string | null = null): PlaceCand | null {
  const order = [...paragraph.filter((s) => s.start >= from), ...paragraph.filter((s) => s.start < from).reverse()];
  for (const s of order) {
    let best: PlaceCand | null = null;
    for (const t of doc.toponyms) {
      if (t.start_char < s.start || t.end_char > s.end) continue;
      if (inDateline(doc, t)) continue;
      if ((t as Toponym & { demonym?: boolean }).demonym) continue;
      if (country && t.country && t.country !== country) continue;
      if (admin1 && t.admin1 !== admin1) continue;
      const c = placeCand(doc, t, s.start, s.start);
      if (c.rank < 2) continue;
      if (betterPlace(c, best)) best = c;
    }
    if (best) return best;
  }
  return null;
}
