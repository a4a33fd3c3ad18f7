/**
 * Resolution helpers shared by the parsers: turn "relative to the anchor", "relative to the last
 * resolved date" and "a month/day/weekday with no year" into calendar points with news semantics
 * (past bias unless the clause points forward). Without an anchor they return TIMEX3 values with
 * X placeholders ("XXXX-10-31", "XXXX-WXX-6") and no interval.
 */
import { containing, daysInMonth, isoWeek, precisionOf, shift, toDays, dayPoint, type Gran, type PartOfDay, type Point, type ShiftUnit } from './calendar.js';
import type { Candidate, Resolution, ResolveContext } from './types.js';

/** Value of a granularity with every field unknown. */
export function unknownValue(gran: Gran): string {
  switch (gran) {
    case 'century':
      return 'XX';
    case 'decade':
      return 'XXX';
    case 'year':
      return 'XXXX';
    case 'half':
      return 'XXXX-HX';
    case 'season':
      return 'XXXX-XX';
    case 'quarter':
      return 'XXXX-QX';
    case 'month':
      return 'XXXX-XX';
    case 'week':
      return 'XXXX-WXX';
    case 'weekend':
      return 'XXXX-WXX-WE';
    default:
      return 'XXXX-XX-XX';
  }
}

export function unresolved(gran: Gran, value = unknownValue(gran)): Resolution {
  return { value, precision: precisionOf(gran), noRef: true };
}

/** Base point of a relative expression: the anchor or the last resolved reference of the right granularity. */
export function basePoint(ctx: ResolveContext, base: 'anchor' | 'ref', gran: Gran): Point | null {
  if (base === 'anchor') return ctx.anchor;
  const fine = gran === 'day' || gran === 'pod' || gran === 'time' || gran === 'week' || gran === 'weekend';
  if (fine) return ctx.lastDay ?? ctx.anchor;
  if (gran === 'quarter' && ctx.lastQuarter) return ctx.lastQuarter;
  return ctx.lastRef ?? ctx.anchor;
}

/**
 * "this/last/next UNIT", "N UNITs ago", "a year earlier": the unit containing the base, shifted
 * by n. `gran` is the granularity of the result (usually the unit itself).
 */
export function relative(ctx: ResolveContext, gran: Gran, unit: ShiftUnit, n: number, base: 'anchor' | 'ref' = 'anchor'): Resolution {
  const b = basePoint(ctx, base, gran);
  if (!b) return unresolved(gran);
  const cur = containing(b, gran === 'pod' || gran === 'time' ? 'day' : gran);
  return { point: shift(cur, unit, n) };
}

/** Add a part of day or a clock time to a day resolution. */
export function withTime(r: Resolution | null, pod?: PartOfDay | null, clock?: { hour: number; minute: number } | null): Resolution | null {
  if (!r) return r;
  if (r.point && (r.point.gran === 'day' || r.point.gran === 'pod' || r.point.gran === 'time')) {
    if (clock) return { ...r, point: { ...r.point, gran: 'time', hour: clock.hour, minute: clock.minute } };
    if (pod) return { ...r, point: { ...r.point, gran: 'pod', pod } };
    return r;
  }
  if (r.value && /^XXXX-(?:XX-XX|WXX-\d)$/.test(r.value)) {
    if (clock) return { ...r, value: `${r.value}T${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}` };
    if (pod) return { ...r, value: `${r.value}T${pod}` };
  }
  return r;
}

/**
 * A month (and day) with no year. News semantics: the occurrence in the publication year when
 * that is not in the future; a later month/day is last year's, unless the clause points forward
 * ("will", "scheduled"), then the next occurrence.
 */
export function monthDay(ctx: ResolveContext, c: Candidate, month: number, day: number | null): Resolution {
  if (!ctx.anchor) return unresolved(day === null ? 'month' : 'day', day === null ? `XXXX-${pad2(month)}` : `XXXX-${pad2(month)}-${pad2(day)}`);
  const a = ctx.anchor;
  let y = a.year;
  const tense = ctx.tense(c);
  const future = tense === 'future';
  if (tense === 'near') {
    // "had bought shares through Sept. 29", "extended loans through January": the occurrence nearest the publication day.
    if (day === null) {
      const ahead = month - a.month!;
      if (ahead > 6) y -= 1;
      else if (ahead < -5) y += 1;
      return { point: { gran: 'month', year: y, month } };
    }
    const diff = toDays(y, month, Math.min(day, daysInMonth(y, month))) - ctx.anchorDays!;
    if (diff > 182) y -= 1;
    else if (diff < -182) y += 1;
    if (day > daysInMonth(y, month)) return unresolved('day', `XXXX-${pad2(month)}-${pad2(day)}`);
    return { point: { gran: 'day', year: y, month, day } };
  }
  if (day === null) {
    const ahead = month - a.month!;
    // A later month is last year's unless the clause points forward, or it is next month (news
    // names last year's as "last November"), or (with no tense cue) it is two months ahead.
    if (ahead > 1 && !future && (tense === 'past' || ahead > 2)) y -= 1;
    else if (ahead < 0 && future) y += 1;
    return { point: { gran: 'month', year: y, month } };
  }
  const anchorDays = ctx.anchorDays!;
  const dd = (yy: number) => toDays(yy, month, Math.min(day, daysInMonth(yy, month)));
  const diff = dd(y) - anchorDays;
  // A date later this year is read as upcoming only when close (AP style omits the current year)
  // or when the clause points forward; a far-off one is last year's.
  if (diff > 62 && !future) y -= 1;
  else if (diff < -14 && future) y += 1;
  if (day > daysInMonth(y, month)) return unresolved('day', `XXXX-${pad2(month)}-${pad2(day)}`);
  return { point: { gran: 'day', year: y, month, day } };
}

/**
 * A weekday. `rel` "bare": the most recent one on or before the anchor (the anchor itself when it
 * is that weekday), or the next one when the clause points forward; "last": strictly before;
 * "next": strictly after; "this": in the anchor's week.
 */
export function weekday(ctx: ResolveContext, c: Candidate, wd: number, rel: 'bare' | 'last' | 'this' | 'next' | 'coming' | 'past'): Resolution {
  if (!ctx.anchor) return unresolved('day', `XXXX-WXX-${wd}`);
  const base = ctx.anchorDays!;
  const awd = ((((base + 3) % 7) + 7) % 7) + 1;
  let d: number;
  if (rel === 'this') d = base - awd + wd;
  else if (rel === 'last' || rel === 'past') d = base - (((awd - wd + 7) % 7) || 7);
  else if (rel === 'next' || rel === 'coming') d = base + (((wd - awd + 7) % 7) || 7);
  else if (ctx.tense(c) === 'near') {
    // A deadline in a past clause: "had filed reports by Wednesday" read on Thursday is yesterday;
    // otherwise still the coming one ("extended the curfew until Monday").
    const ahead = (wd - awd + 7) % 7;
    d = ahead === 6 ? base - 1 : base + ahead;
  } else if (ctx.future(c)) d = base + ((wd - awd + 7) % 7);
  else d = base - ((awd - wd + 7) % 7);
  return { point: dayPoint(d) };
}

/**
 * A quarter (or half/season) of an unnamed year: the publication year, except that a fourth
 * quarter named early in a year is last year's (results reported after the year ends).
 */
export function partOfYear(ctx: ResolveContext, c: Candidate, gran: 'quarter' | 'half' | 'season', index: number | string): Resolution {
  const code = gran === 'quarter' ? `Q${index}` : gran === 'half' ? `H${index}` : String(index);
  if (!ctx.anchor) return unresolved(gran, `XXXX-${code}`);
  const a = ctx.anchor;
  let y = a.year;
  const aq = Math.floor((a.month! - 1) / 3) + 1;
  const future = ctx.future(c);
  if (gran === 'quarter') {
    const q = Number(index);
    if (q > aq && aq === 1 && !future) y -= 1;
    return { point: { gran: 'quarter', year: y, quarter: q } };
  }
  if (gran === 'half') {
    const h = Number(index);
    if (h === 2 && a.month! <= 3 && !future) y -= 1;
    return { point: { gran: 'half', year: y, half: h } };
  }
  const s = String(index) as Point['season'];
  const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[s!]!;
  if (s !== 'WI' && start > a.month! + 1 && !future) y -= 1;
  if (s === 'WI' && a.month! <= 3) y -= 1;
  return { point: { gran: 'season', year: y, season: s } };
}

/** The current reporting quarter: the last quarter named in the document, else the last completed quarter. */
export function reportingQuarter(ctx: ResolveContext): Point | null {
  if (ctx.lastQuarter) return ctx.lastQuarter;
  if (!ctx.anchor) return null;
  const cur = containing(ctx.anchor, 'quarter');
  return shift(cur, 'quarter', -1);
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export { isoWeek };
