/**
 * The time engine: a configuration is an ordered list of parsers and refiners (chrono-node
 * style). Parsers scan the text once each with a precompiled pattern; refiners merge, extend and
 * de-overlap the candidates; resolution then walks the candidates in text order, resolving each
 * against the publication day and the last resolved date, and builds the Timex records.
 */
import type { Timex } from '../types.js';
import { bounds, containing, isoDate, narrowPoint, precisionOf, timexValue, toDays, validDate, type Point } from './calendar.js';
import { CLOCK_PARSERS } from './parsers/clock.js';
import { DATE_PARSERS } from './parsers/dates.js';
import { DURATION_PARSERS } from './parsers/durations.js';
import { FUZZY_PARSERS } from './parsers/fuzzy.js';
import { PERIOD_PARSERS } from './parsers/periods.js';
import { RELATIVE_PARSERS } from './parsers/relative.js';
import { WEEKDAY_PARSERS } from './parsers/weekdays.js';
import { YEAR_PARSERS } from './parsers/years.js';
import { REFINERS } from './refiners.js';
import { clauseTense, pointsForward } from './tense.js';
import type { Candidate, Parser, Refiner, ResolveContext, TimeOptions } from './types.js';
import { TRIGGER_CLASSES, type TriggerClass } from './lexicon.js';

export const PARSERS: Parser[] = [
  ...DATE_PARSERS,
  ...YEAR_PARSERS,
  ...WEEKDAY_PARSERS,
  ...RELATIVE_PARSERS,
  ...PERIOD_PARSERS,
  ...CLOCK_PARSERS,
  ...DURATION_PARSERS,
  ...FUZZY_PARSERS,
];

/** Publication day from an ISO string ("2011-12-04T06:08:00+00:00" -> 2011-12-04, as written). */
export function anchorPoint(anchor: string | null | undefined): Point | null {
  if (!anchor) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(anchor.trim());
  if (!m) return null;
  const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
  if (!validDate(y, mo, d)) return null;
  return { gran: 'day', year: y, month: mo, day: d };
}

/** Trigger word -> its class (one class per word). */
const TRIGGER_WORDS = new Map<string, TriggerClass>();
for (const [k, words] of Object.entries(TRIGGER_CLASSES) as Array<[TriggerClass, string[]]>) for (const wd of words) TRIGGER_WORDS.set(wd, k);
const sticky = new WeakMap<Parser, RegExp>();

function stickyOf(p: Parser): RegExp {
  let re = sticky.get(p);
  if (!re) {
    re = new RegExp(p.pattern.source, p.pattern.flags.replace('g', '') + 'y');
    sticky.set(p, re);
  }
  return re;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
}

function emit(p: Parser, m: RegExpExecArray, text: string, out: Candidate[]): void {
  const r = p.extract(m, text);
  if (!r) return;
  if (Array.isArray(r)) out.push(...r);
  else out.push(r);
}

/** Trigger positions per class, in text order: one pass over the text, words looked up in a map. */
export function triggerIndex(text: string): Map<TriggerClass, number[]> {
  const idx = new Map<TriggerClass, number[]>();
  const add = (k: TriggerClass, pos: number) => {
    let list = idx.get(k);
    if (!list) idx.set(k, (list = []));
    list.push(pos);
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const s = i;
      while (i < n && (i === s || isDigit(text.charCodeAt(i)))) i++;
      add('digit', s);
      continue;
    }
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      const s = i;
      i++;
      while (i < n && isLetter(text.charCodeAt(i))) i++;
      const len = i - s;
      if (len >= 3 && len <= 12) {
        const k = TRIGGER_WORDS.get(text.slice(s, i).toLowerCase());
        if (k) add(k, s);
      }
      continue;
    }
    i++;
  }
  return idx;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Run the parsers over the text: every match of every parser becomes a candidate. A parser with
 * triggers is tried (sticky) only at token starts up to `back` characters before its trigger words;
 * one without triggers scans the whole text.
 */
export function parse(text: string, parsers: Parser[] = PARSERS): Candidate[] {
  const out: Candidate[] = [];
  let index: Map<TriggerClass, number[]> | null = null;
  for (const p of parsers) {
    if (!p.triggers) {
      const re = p.pattern;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        if (m[0].length === 0) { re.lastIndex++; continue; }
        emit(p, m, text, out);
      }
      continue;
    }
    index ??= triggerIndex(text);
    let hits: number[] = [];
    for (const k of p.triggers) {
      const h = index.get(k);
      if (h) hits = hits.length ? mergeSorted(hits, h) : h;
    }
    if (!hits.length) continue;
    const re = stickyOf(p);
    const back = p.back ?? 0;
    let next = 0; // no match may start before this (end of the previous match)
    let tried = -1; // last start position tried
    const near = p.near;
    for (const t of hits) {
      if (t < next) continue;
      if (near) {
        near.lastIndex = t;
        if (!near.test(text)) continue;
      }
      const lo = Math.max(next, tried + 1, t - back);
      for (let s = lo; s <= t; s++) {
        const c = text.charCodeAt(s);
        if (isSpace(c)) continue;
        if (s !== t && s > 0 && isAlnum(text.charCodeAt(s - 1)) && isAlnum(c)) continue; // not a token start
        re.lastIndex = s;
        const m = re.exec(text);
        if (m && m[0].length > 0) {
          emit(p, m, text, out);
          next = s + m[0].length;
          break;
        }
      }
      tried = Math.max(tried, t);
    }
  }
  return out;
}

function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

export function refine(cands: Candidate[], text: string, refiners: Refiner[] = REFINERS): Candidate[] {
  let cs = cands;
  for (const r of refiners) cs = r.refine(cs, text);
  return cs;
}

/** Resolve candidates in text order against the anchor and build Timex records. */
export function resolveAll(cands: Candidate[], text: string, anchor: Point | null): Timex[] {
  const ctx: ResolveContext = {
    text,
    anchor,
    anchorDays: anchor ? toDays(anchor.year, anchor.month!, anchor.day!) : null,
    lastDay: null,
    lastRef: null,
    lastQuarter: null,
    future: (c) => pointsForward(text, c.start, c.end),
    tense: (c) => clauseTense(text, c.start, c.end),
  };
  const out: Timex[] = [];
  const ranges = new Map<number, Timex[]>();
  for (const c of cands) {
    const r = c.resolve(ctx);
    if (!r) continue;
    let value: string;
    let start: string | null = null;
    let end: string | null = null;
    let precision = r.precision ?? null;
    let pod: string | null = null;
    const p = r.point ?? null;
    if (p) {
      const yearKnown = r.yearKnown !== false;
      value = timexValue(p, yearKnown);
      precision = precisionOf(p.gran);
      if (p.gran === 'pod') pod = p.pod ?? null;
      if (yearKnown) {
        const b = r.startDays !== undefined || r.endDays !== undefined ? bounds(p) : narrowPoint(p, c.mod);
        const s = r.startDays !== undefined ? Math.max(b.start, r.startDays) : b.start;
        const e = r.endDays !== undefined ? Math.min(b.end, r.endDays) : b.end;
        start = isoDate(s);
        end = isoDate(Math.max(s, e));
      }
      if (!r.noRef && yearKnown && ((r.type ?? c.type) === 'DATE' || (r.type ?? c.type) === 'TIME')) {
        ctx.lastRef = p;
        if (p.gran === 'day' || p.gran === 'pod' || p.gran === 'time') ctx.lastDay = containing(p, 'day');
        // The reporting quarter is the latest completed quarter named so far: the current quarter and
        // forecasts do not reset it, nor does an earlier quarter named for contrast ("after a flat second quarter").
        if (p.gran === 'quarter' && (!anchor || p.year * 4 + p.quarter! < anchor.year * 4 + Math.ceil(anchor.month! / 3))) {
          const lq = ctx.lastQuarter;
          if (!lq || p.year * 4 + p.quarter! >= lq.year * 4 + lq.quarter!) ctx.lastQuarter = p;
        }
      }
    } else {
      value = r.value ?? 'XXXX';
      // "the first nine months", "the six months": a year-to-date period. Comparisons that follow
      // ("a year earlier") are with that period of the year before, no longer with a quarter.
      if ((r.type ?? c.type) === 'DURATION' && ctx.lastRef?.gran === 'quarter' && /^P(?:[4-9]|1[01])M$/.test(value) && /^the\s/i.test(text.slice(c.start, c.end))) {
        ctx.lastRef = { gran: 'year', year: ctx.lastRef.year };
      }
    }
    const t: Timex = {
      start_char: c.start,
      end_char: c.end,
      text: text.slice(c.start, c.end),
      type: r.type ?? (c.type === 'DATE' && p && (p.gran === 'pod' || p.gran === 'time') ? 'TIME' : c.type),
      value,
      start,
      end,
      precision,
      part_of_day: pod,
      fuzzy: r.fuzzy ?? false,
      mod: c.mod ?? null,
    };
    if (c.rangeId !== undefined) {
      const list = ranges.get(c.rangeId) ?? [];
      list.push(t);
      ranges.set(c.rangeId, list);
    }
    out.push(t);
  }
  for (const list of ranges.values()) {
    if (list.length !== 2) continue;
    const [a, b] = list as [Timex, Timex];
    if (a.start && b.end && a.start <= b.end) {
      const range = { start: a.start, end: b.end };
      a.range = range;
      b.range = range;
    }
  }
  return out;
}

/**
 * Find and resolve every time expression in `text`. `anchor` is the publication time (ISO 8601);
 * with null, relative expressions keep X placeholders and no interval.
 */
export function extractTimexes(text: string, anchor: string | null, opts: TimeOptions = {}): Timex[] {
  const cands = refine(parse(text, opts.parsers ?? PARSERS), text, opts.refiners ?? REFINERS);
  return resolveAll(cands, text, anchorPoint(anchor));
}
