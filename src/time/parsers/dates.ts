/**
 * Calendar dates: ISO and numeric dates, "Dec. 3", "3 December 2011", "December 2011",
 * "June last year", bare month names ("in May"), and day ranges ("March 3-5", "between March 3 and 5").
 */
import { validDate, type Point } from '../calendar.js';
import { MONTH_RE, WEEKDAY_RE, monthNumber, AMBIGUOUS_MONTHS } from '../lexicon.js';
import { monthDay, relative, unresolved } from '../resolve.js';
import type { Candidate, Parser, Resolution, ResolveContext } from '../types.js';
import { capitalised, ge, gs, mk, prevWord, rx } from './util.js';

const dayPoint = (y: number, m: number, d: number): Point => ({ gran: 'day', year: y, month: m, day: d });

export const isoDateParser: Parser = {
  name: 'iso-date',
  triggers: ['digit'],
  back: 0,
  near: /\d{4}-\d\d-\d\d/y,
  pattern: rx('(?<![\\w./-])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?![\\w/-])'),
  extract(m) {
    const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
    if (y < 1000 || !validDate(y, mo, d)) return null;
    const h = m[4] ? +m[4] : null;
    const point: Point = h !== null && h < 24 ? { gran: 'time', year: y, month: mo, day: d, hour: h, minute: +m[5]! } : dayPoint(y, mo, d);
    return mk('iso-date', m.index, m.index + m[0].length, point.gran === 'time' ? 'TIME' : 'DATE', () => ({ point }), { role: 'date' });
  },
};

/** "12/04/2011", "11/02/89" (US month first; day first when the first number exceeds 12). */
export const numericDateParser: Parser = {
  name: 'numeric-date',
  triggers: ['digit'],
  back: 0,
  near: /\d{1,2}\/\d{1,2}\//y,
  pattern: rx('(?<![\\w/.,$-])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?:\\s+(\\d{1,2}):(\\d{2})(?::\\d{2})?)?(?![\\w/]|[.,]\\d)'),
  extract(m) {
    let mo = +m[1]!, d = +m[2]!;
    let y = +m[3]!;
    if (m[3]!.length === 2) y += y < 50 ? 2000 : 1900;
    if (mo > 12 && d <= 12) [mo, d] = [d, mo];
    if (!validDate(y, mo, d)) return null;
    const h = m[4] ? +m[4] : null;
    const point: Point = h !== null && h < 24 ? { gran: 'time', year: y, month: mo, day: d, hour: h, minute: +m[5]! } : dayPoint(y, mo, d);
    return mk('numeric-date', m.index, m.index + m[0].length, point.gran === 'time' ? 'TIME' : 'DATE', () => ({ point }), { role: 'date' });
  },
};

let rangeCounter = 0;

function dayResolver(month: number, day: number, year: number | null) {
  return (ctx: ResolveContext, self: Candidate): Resolution | null => {
    if (year !== null) return validDate(year, month, day) ? { point: dayPoint(year, month, day) } : null;
    return monthDay(ctx, self, month, day);
  };
}

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?![\\d%]|[.,:]\\d|\\s*(?:%|percent|per\\s*cent|pct))';
const YEAR_TAIL = '(?:(?:,\\s*|\\s+)(\\d{4})(?![\\d%]|[.,]\\d|\\s*(?:%|percent)))?';
const RANGE_TAIL = '(?:\\s*(-|–|to|through|until|and|or)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d%]|[.,:]\\d|\\s*%|\\s*(?:percent|per\\s*cent|pct)\\b))?';

/** "December 4", "Dec. 4th, 2011", "Saturday, April 25", "March 3-5", "March 3 and 5, 2011". */
export const monthDayParser: Parser = {
  name: 'month-day',
  triggers: ['month'],
  back: 16,
  pattern: rx(`\\b(?:(${WEEKDAY_RE}),?\\s+(?:the\\s+)?)?(${MONTH_RE})\\s+${DAY}${RANGE_TAIL}${YEAR_TAIL}`),
  extract(m, text) {
    const monthWord = m[2]!;
    if (!capitalised(monthWord)) return null;
    const month = monthNumber(monthWord.replace(/\.$/, ''))!;
    const day = +m[3]!;
    if (day < 1 || day > 31) return null;
    let year = m[6] ? +m[6] : null;
    if (year !== null && (year < 1000 || year > 2199)) year = null;
    const start = m.index;
    const end = m.index + m[0].length;
    const conj = m[4]?.toLowerCase();
    const day2 = m[5] ? +m[5] : null;
    // "and"/"or" make a range only after "between"/"from" and when no noun follows ("March 3 and 5 people")
    const andOk = /\bbetween\s+$|\bfrom\s+$/i.test(text.slice(Math.max(0, start - 10), start)) && !/^\s+(?!(?:in|on|at|and|or|when|as|near|after|before|to|with|while|during|across|around|along|outside|inside|from|by|but|that)\b)[a-z]/.test(text.slice(end, end + 20));
    const rangeOk = day2 !== null && day2 > day && day2 <= 31 && (conj === '-' || conj === '–' || conj === 'to' || conj === 'through' || conj === 'until' || andOk);
    if (!rangeOk) {
      // Span ends after the day (and the year when it directly follows the day).
      let e = ge(m, 3);
      const suffix = /^(?:st|nd|rd|th)/i.exec(text.slice(e));
      if (suffix) e += suffix[0].length;
      let y: number | null = null;
      if (!m[4] && m[6]) { e = end; y = year; }
      return mk('month-day', start, e, 'DATE', dayResolver(month, day, y), { role: 'date' });
    }
    const id = ++rangeCounter;
    const firstEnd = ge(m, 3);
    const d2s = gs(m, 5);
    const a = mk('month-day', start, firstEnd, 'DATE', dayResolver(month, day, year), { role: 'date', rangeId: id });
    const b = mk('month-day', d2s, year !== null ? end : d2s + m[5]!.length, 'DATE', (ctx) => {
      const r = a.resolve(ctx);
      if (r?.point?.gran === 'day') return validDate(r.point.year, month, day2!) ? { point: dayPoint(r.point.year, month, day2!) } : null;
      return unresolved('day', `XXXX-${String(month).padStart(2, '0')}-${String(day2).padStart(2, '0')}`);
    }, { role: 'day-number', rangeId: id });
    return [a, b];
  },
};

/** "4 December 2011", "the 4th of December", "3 Dec". */
export const dayMonthParser: Parser = {
  name: 'day-month',
  triggers: ['month'],
  back: 16,
  pattern: rx(`(?<![\\w.,$-])(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?![\\w])${YEAR_TAIL}`),
  extract(m) {
    if (!capitalised(m[2]!)) return null;
    const month = monthNumber(m[2]!.replace(/\.$/, ''))!;
    const day = +m[1]!;
    if (day < 1 || day > 31) return null;
    const year = m[3] ? +m[3] : null;
    if (year !== null && (year < 1000 || year > 2199)) return null;
    return mk('day-month', m.index, m.index + m[0].length, 'DATE', dayResolver(month, day, year), { role: 'date' });
  },
};

/** "December 2011", "Dec. of 2011", "June last year", "January this year". */
export const monthYearParser: Parser = {
  name: 'month-year',
  triggers: ['month'],
  back: 0,
  pattern: rx(`\\b(${MONTH_RE}),?\\s+(?:of\\s+)?(?:(\\d{4})(?![\\d%]|[.,]\\d)|(this|last|next|the\\s+previous|the\\s+following|the\\s+same|that)\\s+year\\b)`),
  extract(m) {
    if (!capitalised(m[1]!)) return null;
    const month = monthNumber(m[1]!.replace(/\.$/, ''))!;
    const s = m.index, e = m.index + m[0].length;
    if (m[2]) {
      const y = +m[2];
      if (y < 1000 || y > 2199) return null;
      const point: Point = { gran: 'month', year: y, month };
      return mk('month-year', s, e, 'DATE', () => ({ point }), { role: 'date' });
    }
    const rel = m[3]!.toLowerCase().replace(/\s+/g, ' ');
    const n = rel === 'last' || rel === 'the previous' ? -1 : rel === 'next' || rel === 'the following' ? 1 : 0;
    const base = rel === 'this' || rel === 'last' || rel === 'next' ? 'anchor' : 'ref';
    return mk('month-year', s, e, 'DATE', (ctx) => {
      const r = relative(ctx, 'year', 'year', n, base);
      if (!r.point) return unresolved('month', `XXXX-${String(month).padStart(2, '0')}`);
      return { point: { gran: 'month', year: r.point.year, month } };
    }, { role: 'date' });
  },
};

const FULL_MONTH_RE = '(?:january|february|march|april|may|june|july|august|september|october|november|december|sept\\.)';
/** Words after which an ambiguous month name ("May", "March") is a month. */
const MONTH_CUE_BEFORE = new Set(['in', 'since', 'by', 'until', 'till', 'of', 'during', 'through', 'before', 'after', 'from', 'to', 'and', 'or', 'between', 'early', 'late', 'mid', 'mid-', 'last', 'this', 'next', 'past', 'coming', 'end', 'beginning', 'start', 'middle', 'around', 'late-', 'early-', 'throughout', 'each', 'every', 'on']);

/** A bare month name: "in May", "last April", "this September", "mid-November". */
export const monthParser: Parser = {
  name: 'month',
  triggers: ['month'],
  back: 8,
  pattern: rx(`\\b(?:(last|this|next|past|coming)\\s+)?(${FULL_MONTH_RE})(?![\\w-]|\\.\\w)`),
  extract(m, text) {
    const word = m[2]!;
    if (!capitalised(word)) return null;
    const lower = word.toLowerCase().replace(/\.$/, '');
    const rel = m[1]?.toLowerCase() ?? null;
    const wordStart = gs(m, 2);
    if (AMBIGUOUS_MONTHS.has(lower) && !rel) {
      const pw = prevWord(text, wordStart);
      if (!MONTH_CUE_BEFORE.has(pw) && !/mid-$/i.test(text.slice(Math.max(0, wordStart - 4), wordStart))) return null;
    }
    const month = monthNumber(lower)!;
    return mk('month', m.index, m.index + m[0].length, 'DATE', (ctx, self) => {
      if (!rel) return monthDay(ctx, self, month, null);
      if (!ctx.anchor) return unresolved('month', `XXXX-${String(month).padStart(2, '0')}`);
      const a = ctx.anchor;
      let y = a.year;
      // "last April" in October is this year's; "last February" in March is last year's (else "last month").
      if (rel === 'last' || rel === 'past') { if (a.month! - month < 2) y -= 1; }
      else if (rel === 'next' || rel === 'coming') { if (month <= a.month!) y += 1; }
      return { point: { gran: 'month', year: y, month } };
    }, { role: 'date', month: rel ? undefined : month });
  },
};

export const DATE_PARSERS: Parser[] = [isoDateParser, numericDateParser, monthDayParser, dayMonthParser, monthYearParser, monthParser];
