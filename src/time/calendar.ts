/**
 * Calendar arithmetic and TIMEX3 formatting for the time stage. Pure functions on plain numbers
 * (proleptic Gregorian, no time zones): a day is an integer count since 1970-01-01.
 */
import type { DatePrecision } from '../types.js';

/** Granularity of a calendar point, coarse to fine. */
export type Gran =
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'season'
  | 'quarter'
  | 'month'
  | 'week'
  | 'weekend'
  | 'day'
  | 'pod'
  | 'time';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI' | 'DT';

/**
 * A resolved calendar point: `gran` says which fields count. `year` is always set; finer fields
 * are set down to the granularity (a `day` point has month and day; a `week` point has the ISO
 * week-year in `year` and the week in `week`).
 */
export interface Point {
  gran: Gran;
  year: number;
  half?: number;
  quarter?: number;
  season?: Season;
  month?: number;
  week?: number;
  day?: number;
  pod?: PartOfDay;
  hour?: number;
  minute?: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Days since 1970-01-01 for a civil date (month 1-12). */
export function toDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date for a day count. */
export function fromDays(z: number): { y: number; m: number; d: number } {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

export function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO weekday 1 (Monday) .. 7 (Sunday). */
export function weekdayOf(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday (4)
}

/** ISO week-year and week of a day. */
export function isoWeek(days: number): { year: number; week: number } {
  const thursday = days - weekdayOf(days) + 4;
  const y = fromDays(thursday).y;
  const week = Math.floor((thursday - toDays(y, 1, 1)) / 7) + 1;
  return { year: y, week };
}

/** Monday of ISO week `week` of week-year `year`. */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = toDays(year, 1, 4);
  return jan4 - weekdayOf(jan4) + 1 + (week - 1) * 7;
}

export function isoDate(days: number): string {
  const { y, m, d } = fromDays(days);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function dayPoint(days: number): Point {
  const { y, m, d } = fromDays(days);
  return { gran: 'day', year: y, month: m, day: d };
}

const SEASON_ORDER: Season[] = ['SP', 'SU', 'FA', 'WI'];
const SEASON_START_MONTH: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Season containing a month (December belongs to that year's winter). */
export function seasonOf(month: number): { season: Season; yearShift: number } {
  if (month === 12) return { season: 'WI', yearShift: 0 };
  if (month <= 2) return { season: 'WI', yearShift: -1 };
  return { season: SEASON_ORDER[Math.floor((month - 3) / 3)]!, yearShift: 0 };
}

/** First and last day (inclusive) of a point. */
export function bounds(p: Point): { start: number; end: number } {
  const y = p.year;
  switch (p.gran) {
    case 'century': {
      const c = Math.floor(y / 100) * 100;
      return { start: toDays(c, 1, 1), end: toDays(c + 99, 12, 31) };
    }
    case 'decade': {
      const d = Math.floor(y / 10) * 10;
      return { start: toDays(d, 1, 1), end: toDays(d + 9, 12, 31) };
    }
    case 'year':
      return { start: toDays(y, 1, 1), end: toDays(y, 12, 31) };
    case 'half': {
      const h = p.half ?? 1;
      return { start: toDays(y, h === 1 ? 1 : 7, 1), end: h === 1 ? toDays(y, 6, 30) : toDays(y, 12, 31) };
    }
    case 'quarter': {
      const q = p.quarter ?? 1;
      const m0 = (q - 1) * 3 + 1;
      return { start: toDays(y, m0, 1), end: toDays(y, m0 + 2, daysInMonth(y, m0 + 2)) };
    }
    case 'season': {
      const m0 = SEASON_START_MONTH[p.season ?? 'SP'];
      const start = toDays(y, m0, 1);
      const endMonthAbs = y * 12 + (m0 - 1) + 2;
      const ey = Math.floor(endMonthAbs / 12);
      const em = (endMonthAbs % 12) + 1;
      return { start, end: toDays(ey, em, daysInMonth(ey, em)) };
    }
    case 'month': {
      const m = p.month ?? 1;
      return { start: toDays(y, m, 1), end: toDays(y, m, daysInMonth(y, m)) };
    }
    case 'week': {
      const s = isoWeekStart(y, p.week ?? 1);
      return { start: s, end: s + 6 };
    }
    case 'weekend': {
      const s = isoWeekStart(y, p.week ?? 1) + 5;
      return { start: s, end: s + 1 };
    }
    default: {
      const d = toDays(y, p.month ?? 1, p.day ?? 1);
      return { start: d, end: d };
    }
  }
}

/** Precision label of a granularity (the shared `DatePrecision`). */
export function precisionOf(g: Gran): DatePrecision {
  switch (g) {
    case 'century':
    case 'decade':
      return 'decade';
    case 'year':
      return 'year';
    case 'half':
    case 'season':
    case 'quarter':
      return 'quarter';
    case 'month':
      return 'month';
    case 'week':
    case 'weekend':
      return 'week';
    default:
      return 'day';
  }
}

/** TIMEX3 value of a point ("2011-12-03", "2011-W48", "2011-Q3", "201", "2011-12-03TNI"). */
export function timexValue(p: Point, yearKnown = true): string {
  const Y = yearKnown ? pad(p.year, 4) : 'XXXX';
  switch (p.gran) {
    case 'century':
      return yearKnown ? String(Math.floor(p.year / 100)) : 'XX';
    case 'decade':
      return yearKnown ? String(Math.floor(p.year / 10)) : 'XXX';
    case 'year':
      return Y;
    case 'half':
      return `${Y}-H${p.half}`;
    case 'season':
      return `${Y}-${p.season}`;
    case 'quarter':
      return `${Y}-Q${p.quarter}`;
    case 'month':
      return `${Y}-${pad(p.month!)}`;
    case 'week':
      return `${Y}-W${pad(p.week!)}`;
    case 'weekend':
      return `${Y}-W${pad(p.week!)}-WE`;
    case 'day':
      return `${Y}-${pad(p.month!)}-${pad(p.day!)}`;
    case 'pod':
      return `${Y}-${pad(p.month!)}-${pad(p.day!)}T${p.pod}`;
    case 'time':
      return `${Y}-${pad(p.month!)}-${pad(p.day!)}T${pad(p.hour!)}:${pad(p.minute ?? 0)}`;
  }
}

/** Units a point can be shifted by. */
export type ShiftUnit = 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'day';

/** The point of granularity `unit` containing the first day of `p` (coarsening or refining to a unit). */
export function containing(p: Point, unit: Gran): Point {
  if (unit === p.gran) return { ...p };
  const first = bounds(p).start;
  const { y, m, d } = fromDays(first);
  switch (unit) {
    case 'century':
    case 'decade':
    case 'year':
      return { gran: unit, year: y };
    case 'half':
      return { gran: 'half', year: y, half: m <= 6 ? 1 : 2 };
    case 'quarter':
      return { gran: 'quarter', year: y, quarter: Math.floor((m - 1) / 3) + 1 };
    case 'season': {
      const s = seasonOf(m);
      return { gran: 'season', year: y + s.yearShift, season: s.season };
    }
    case 'month':
      return { gran: 'month', year: y, month: m };
    case 'week':
    case 'weekend': {
      const w = isoWeek(first);
      return { gran: unit, year: w.year, week: w.week };
    }
    default:
      return { gran: 'day', year: y, month: m, day: d };
  }
}

/** Shift a point by n units of its own granularity family; the result keeps `p.gran`. */
export function shift(p: Point, unit: ShiftUnit, n: number): Point {
  if (n === 0) return { ...p };
  switch (unit) {
    case 'century':
      return { ...p, year: p.year + 100 * n };
    case 'decade':
      return { ...p, year: p.year + 10 * n };
    case 'year':
      if (p.gran === 'week' || p.gran === 'weekend') return { ...p, year: p.year + n };
      if (p.gran === 'day' || p.gran === 'pod' || p.gran === 'time') {
        const y = p.year + n;
        const d = Math.min(p.day!, daysInMonth(y, p.month!));
        return { ...p, year: y, day: d };
      }
      return { ...p, year: p.year + n };
    case 'half':
    case 'quarter':
    case 'month': {
      const months = unit === 'half' ? 6 * n : unit === 'quarter' ? 3 * n : n;
      if (p.gran === 'quarter') {
        const idx = p.year * 4 + (p.quarter! - 1) + months / 3;
        if (Number.isInteger(idx)) return { ...p, year: Math.floor(idx / 4), quarter: (((idx % 4) + 4) % 4) + 1 };
      }
      if (p.gran === 'half' && months % 6 === 0) {
        const idx = p.year * 2 + (p.half! - 1) + months / 6;
        return { ...p, year: Math.floor(idx / 2), half: (((idx % 2) + 2) % 2) + 1 };
      }
      if (p.gran === 'season' && months % 3 === 0) {
        const idx = p.year * 4 + SEASON_ORDER.indexOf(p.season!) + months / 3;
        return { ...p, year: Math.floor(idx / 4), season: SEASON_ORDER[((idx % 4) + 4) % 4]! };
      }
      const first = fromDays(bounds(p).start);
      const abs = first.y * 12 + (first.m - 1) + months;
      const y = Math.floor(abs / 12);
      const m = (abs % 12) + 1;
      if (p.gran === 'day' || p.gran === 'pod' || p.gran === 'time') return { ...p, year: y, month: m, day: Math.min(p.day!, daysInMonth(y, m)) };
      return containing({ gran: 'month', year: y, month: m }, p.gran);
    }
    case 'season': {
      return shift(p, 'quarter', n);
    }
    case 'week':
    case 'day': {
      const days = unit === 'week' ? 7 * n : n;
      if (p.gran === 'day' || p.gran === 'pod' || p.gran === 'time') {
        const { y, m, d } = fromDays(toDays(p.year, p.month!, p.day!) + days);
        return { ...p, year: y, month: m, day: d };
      }
      const start = bounds(p).start + days;
      return containing(dayPoint(start), p.gran);
    }
  }
}

/** Split a [start, end] day range into the part a TIMEX3 mod names (START/MID/END thirds). */
export function narrow(start: number, end: number, mod: string | null | undefined): { start: number; end: number } {
  const len = end - start + 1;
  if (len < 3 || !mod) return { start, end };
  const third = Math.floor(len / 3);
  if (mod === 'START') return { start, end: start + third - 1 };
  if (mod === 'END') return { start: end - third + 1, end };
  if (mod === 'MID') return { start: start + third, end: end - third };
  return { start, end };
}

/** The START/MID/END part of a point: a year in thirds of months, a month in 10-day parts, else thirds of days. */
export function narrowPoint(p: Point, mod: string | null | undefined): { start: number; end: number } {
  const b = bounds(p);
  if (mod !== 'START' && mod !== 'MID' && mod !== 'END') return b;
  if (p.gran === 'year') {
    const y = p.year;
    if (mod === 'START') return { start: b.start, end: toDays(y, 4, 30) };
    if (mod === 'MID') return { start: toDays(y, 5, 1), end: toDays(y, 8, 31) };
    return { start: toDays(y, 9, 1), end: b.end };
  }
  if (p.gran === 'month') {
    if (mod === 'START') return { start: b.start, end: b.start + 9 };
    if (mod === 'MID') return { start: b.start + 10, end: b.start + 19 };
    return { start: b.start + 20, end: b.end };
  }
  return narrow(b.start, b.end, mod);
}
