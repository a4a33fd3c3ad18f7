/**
 * Parts of a year: quarters ("the third quarter", "third-quarter", "Q3 2011", "the fourth quarter
 * of 1990", "this year's second quarter", "the year-ago quarter", "the latest quarter"), halves
 * ("the first half of 2011") and seasons ("this summer", "the winter of 1994").
 */
import { containing, dayPoint, shift, toDays, type Point, type Season } from '../calendar.js';
import { MONTH_RE, ORDINALS, SEASONS, SEASON_RE, monthNumber } from '../lexicon.js';
import { monthDay, partOfYear, relative, reportingQuarter, unresolved } from '../resolve.js';
import type { Candidate, Parser, Resolution, ResolveContext } from '../types.js';
import { gs, mk, nextWord, prevWord, rx } from './util.js';

const Q_ORD = '(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latter)';
const YEAR_REF = '(\\d{4}|this\\s+year|last\\s+year|next\\s+year|the\\s+(?:current\\s+|previous\\s+|same\\s+|following\\s+)?(?:fiscal\\s+)?year|fiscal\\s+\\d{4})';

/** Resolve a year reference ("1990", "last year", "the year") to a year number, or null. */
function yearOf(ctx: ResolveContext, ref: string | null): number | null | undefined {
  if (!ref) return undefined;
  const r = ref.toLowerCase().replace(/\s+/g, ' ');
  const digits = /(\d{4})/.exec(r);
  if (digits) return +digits[1]!;
  if (!ctx.anchor) return null;
  if (r.startsWith('last') || r.includes('previous')) return (r.startsWith('last') ? ctx.anchor.year : (ctx.lastRef ?? ctx.anchor).year) - 1;
  if (r.startsWith('next') || r.includes('following')) return (r.startsWith('next') ? ctx.anchor.year : (ctx.lastRef ?? ctx.anchor).year) + 1;
  if (r.includes('same') || r === 'the year' || r === 'the fiscal year') return (ctx.lastRef ?? ctx.anchor).year;
  return ctx.anchor.year;
}

function ordinal(s: string): number {
  const w = s.toLowerCase();
  if (w === 'latter' || w === 'final' || w === 'last') return -1;
  return ORDINALS[w] ?? +w.replace(/\D/g, '');
}

/**
 * "the third quarter", "third-quarter", "the fiscal first quarter", "the fourth quarter of 1990",
 * "1989's third quarter", "this year's third quarter", "the 1988 third quarter", "the first half".
 */
export const quarterParser: Parser = {
  name: 'quarter',
  triggers: ['unit'],
  back: 32,
  near: /(?:quarter|half)\b/iy,
  pattern: rx(`\\b(?:(the|its|their|this\\s+year['’]s|last\\s+year['’]s|next\\s+year['’]s|(\\d{4})['’]s|the\\s+(\\d{4})|the\\s+(?:year[-\\s]ago|year[-\\s]earlier|prior[-\\s]year|comparable\\s+year[-\\s]ago)|a\\s+year\\s+ago)\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?${Q_ORD}[\\s-]+(?:(?:fiscal|calendar)[\\s-]+)?(quarter|half)(?![\\w-])(?:\\s+(?:of\\s+(?:the\\s+)?)?(?:fiscal\\s+)?${YEAR_REF})?`),
  extract(m, text) {
    const ordRaw = m[4]!;
    const unit = m[5]!.toLowerCase() as 'quarter' | 'half';
    let idx = ordinal(ordRaw);
    const yearRef = m[6] ?? null;
    const det = m[1]?.toLowerCase() ?? '';
    const s = m.index;
    const e = m.index + m[0].length;
    if (unit === 'half' && idx > 2) return null;
    if (unit === 'quarter' && idx > 4) return null;
    const ordWord = ordRaw.toLowerCase();
    if (idx === -1 && !yearRef) {
      if (ordWord === 'last' && !det) return null; // "last quarter" is relative: see relativeUnitParser
      if (ordWord === 'last' && det === 'the' && unit === 'quarter') {
        // "the last quarter" = the previous quarter
        return mk('quarter', s, e, 'DATE', (ctx) => {
          if (!ctx.anchor) return unresolved('quarter');
          return relative(ctx, 'quarter', 'quarter', -1);
        }, { role: 'date' });
      }
    }
    if (idx === -1) idx = unit === 'half' ? 2 : 4;
    const detYear = m[2] ? +m[2] : m[3] ? +m[3] : null;
    const detRel = /^this/.test(det) ? 0 : /^last/.test(det) || /year.?ago|year.?earlier|prior.?year/.test(det) ? -1 : /^next/.test(det) ? 1 : null;
    // "first half" without a determiner or a year is often not temporal ("the first half of the match").
    if (unit === 'half' && !yearRef && !detYear && detRel === null) {
      const nw = nextWord(text, e).toLowerCase();
      if (nw === 'of') return null;
    }
    const gran = unit;
    const q = idx;
    return mk('quarter', s, e, 'DATE', (ctx, self): Resolution => {
      let y: number | null | undefined = detYear ?? undefined;
      if (y === undefined && detRel !== null) y = ctx.anchor ? ctx.anchor.year + detRel : null;
      if (y === undefined) y = yearOf(ctx, yearRef);
      if (y === null) return unresolved(gran, `XXXX-${gran === 'quarter' ? 'Q' : 'H'}${q}`);
      if (y === undefined) return partOfYear(ctx, self, gran, q);
      const point: Point = gran === 'quarter' ? { gran, year: y, quarter: q } : { gran, year: y, half: q };
      return { point };
    }, { role: 'date' });
  },
};

/** "the first two quarters of 1990" (a half), "the last two quarters of this year". */
export const twoQuartersParser: Parser = {
  name: 'two-quarters',
  triggers: ['unit'],
  back: 24,
  near: /quarters\b/iy,
  pattern: rx(`\\b(?:the\\s+)?(first|last|final|second|latter)\\s+two\\s+quarters\\s+of\\s+(?:the\\s+)?(?:fiscal\\s+)?${YEAR_REF}`),
  extract(m) {
    const h = /^first$/i.test(m[1]!) ? 1 : 2;
    const ref = m[2]!;
    return mk('two-quarters', m.index, m.index + m[0].length, 'DATE', (ctx): Resolution => {
      const y = yearOf(ctx, ref);
      if (y === null || y === undefined) return unresolved('half', `XXXX-H${h}`);
      return { point: { gran: 'half', year: y, half: h } };
    }, { role: 'date' });
  },
};

/** "Q3", "Q3 2011", "2Q". */
export const qNotationParser: Parser = {
  name: 'q-notation',
  triggers: ['digit'],
  back: 1,
  near: /(?:(?<=Q)[1-4](?!\d)|[1-4]Q)/y,
  pattern: rx('\\b(?:Q([1-4])|([1-4])Q)(?:\\s+(\\d{4}))?\\b'),
  extract(m) {
    if (!/^(?:Q\d|\dQ)/.test(m[0])) return null; // upper case only
    const q = +(m[1] ?? m[2])!;
    const y = m[3] ? +m[3] : null;
    return mk('q-notation', m.index, m.index + m[0].length, 'DATE', (ctx, self) => (y !== null ? { point: { gran: 'quarter', year: y, quarter: q } } : partOfYear(ctx, self, 'quarter', q)), { role: 'date' });
  },
};

/**
 * Reporting periods named by reference: "the quarter", "the latest quarter", "the current quarter",
 * "the year-ago quarter", "the year-earlier period", "the same period last year".
 */
export const reportingPeriodParser: Parser = {
  name: 'reporting-period',
  triggers: ['unit'],
  back: 30,
  near: /(?:quarter|period|months)\b/iy,
  pattern: rx("\\b(?:(the|its|this|that|a)\\s+)?(?:(\\d{4}|latest|recent|most\\s+recent|just-ended|just-completed|past|current|comparable|same|corresponding|year-ago|year-earlier|year-before|prior-year|previous|latest\\s+fiscal|year[\\s-]ago|year[\\s-]earlier|first|last\\s+year['’]s)\\s+)?(quarter|period|three\\s+months)(?:\\s+(a\\s+year\\s+(?:ago|earlier)|last\\s+year|of\\s+last\\s+year|a\\s+year\\s+before))?\\b"),
  extract(m, text) {
    const det = m[1]?.toLowerCase() ?? '';
    const adj = m[2]?.toLowerCase().replace(/\s+/g, ' ') ?? '';
    const noun = m[3]!.toLowerCase();
    const tail = m[4]?.toLowerCase() ?? '';
    const e = m.index + m[0].length;
    const nw = nextWord(text, e).toLowerCase();
    if (noun === 'three months' && !adj && !tail) return null;
    if (noun === 'period' && !adj && !tail) return null;
    if (!det && !adj) return null;
    const adjYear = /^\d{4}$/.test(adj) ? +adj : null;
    if (adjYear !== null && (det !== 'the' && det !== 'its')) return null;
    // "the quarter ended Sept. 30": the quarter containing that date.
    const ended = new RegExp(`^\\s+(?:ended|ending|which\\s+ended|that\\s+ended)\\s+(${MONTH_RE})\\s+(\\d{1,2})\\b(?:,?\\s+(\\d{4}))?`, 'i').exec(text.slice(e, e + 40));
    if (det === 'a' && !tail) return null;
    if (adj === 'first' || (adj === 'past' && noun !== 'quarter')) return null;
    if (nw === 'of' || nw === 'century' || /^-/.test(text.slice(e, e + 1))) return null;
    let n = 0;
    if (/year.?ago|year.?earlier|year-before|prior-year|last year/.test(adj) || tail) n = -4;
    if (adj === 'previous' || adj === 'past') n = -1;
    const current = adj === 'current' || det === 'this';
    const s = m.index;
    return mk('reporting-period', s, e, 'DATE', (ctx, self): Resolution => {
      if (ended && noun === 'quarter') {
        const mo = monthNumber(ended[1]!.replace(/\.$/, ''))!;
        const r = ended[3] ? { point: { gran: 'day', year: +ended[3], month: mo, day: +ended[2]! } as Point } : monthDay(ctx, self, mo, +ended[2]!);
        // A quarter ending on a day covers the three months before it: the calendar quarter holding
        // most of it is the one around six weeks earlier ("the quarter ended July 31" is the second).
        if (r.point) return { point: containing(dayPoint(toDays(r.point.year, r.point.month!, r.point.day!) - 45), 'quarter') };
      }
      if (adjYear !== null) {
        const q = reportingQuarter(ctx);
        if (q && ctx.lastQuarter) return { point: { ...q, year: adjYear }, noRef: true };
        return { point: { gran: 'year', year: adjYear }, noRef: true };
      }
      if (current) return ctx.anchor ? relative(ctx, 'quarter', 'quarter', 0) : unresolved('quarter');
      const q = reportingQuarter(ctx);
      if (!q) return unresolved('quarter');
      return { point: shift(q, 'quarter', n), noRef: n !== 0 };
    }, { role: 'date' });
  },
};

/** "this summer", "last winter", "the spring of 1994", "in the fall", "summer 2011". */
export const seasonParser: Parser = {
  name: 'season',
  triggers: ['season'],
  back: 12,
  pattern: rx(`\\b(?:(this\\s+past|this|last|next|the|early|late|mid|that)[\\s-]+)?(${SEASON_RE})(?:\\s+(?:of\\s+)?(\\d{4}|nineteen[\\s-][a-z]+(?:[\\s-][a-z]+)?))?\\b`),
  extract(m, text) {
    const det = m[1]?.toLowerCase().replace(/^this\s+past$/, 'last') ?? null;
    const word = m[2]!.toLowerCase();
    const season = SEASONS[word] as Season;
    const yearRaw = m[3] ?? null;
    let year: number | null = null;
    if (yearRaw && /^\d{4}$/.test(yearRaw)) year = +yearRaw;
    const s = m.index;
    let e = m.index + m[0].length;
    if (yearRaw && year === null) e = gs(m, 2) + m[2]!.length; // spoken year: left to spokenYearParser, merged later
    const nw = nextWord(text, e).toLowerCase();
    // "fall" and "spring" are also verbs and nouns: need a determiner or a year, and no "of" phrase.
    const pw = prevWord(text, s);
    if (!det && year === null && !/^(?:in|during|by|until|since|this|last|next|early|late|through|over|before|after)$/.test(pw)) return null;
    // "the winter of nineteen ninety-four": the spoken year follows (merged later); other "of" phrases are not seasons
    if ((nw === 'of' && !yearRaw) || /^(?:offensive|campaign|session|sale|sales|collection|school|camp|break|games|olympics|palace|solstice|storm)s?$/.test(nw)) return null;
    if ((word === 'fall' || word === 'spring') && det === 'the' && !/^(?:in|during|by|until|since|through|over|before|after|this|that)$/.test(pw)) return null;
    const rel = det === 'this' ? 0 : det === 'last' ? -1 : det === 'next' ? 1 : null;
    const mod = det === 'early' ? 'START' : det === 'late' ? 'END' : det === 'mid' ? 'MID' : null;
    return mk('season', s, e, 'DATE', (ctx, self: Candidate): Resolution => {
      if (year !== null) return { point: { gran: 'season', year, season } };
      if (!ctx.anchor) return unresolved('season', `XXXX-${season}`);
      if (rel !== null) {
        const a = ctx.anchor;
        let y = a.year;
        const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[season];
        if (rel === -1) { if (start + 2 >= a.month! || season === 'WI') y -= 1; }
        else if (rel === 1) { if (start <= a.month!) y += 1; }
        else if (season === 'WI' && a.month! <= 3) y -= 1;
        return { point: { gran: 'season', year: y, season } };
      }
      if (det === 'that') return ctx.lastRef ? { point: { gran: 'season', year: ctx.lastRef.year, season } } : partOfYear(ctx, self, 'season', season);
      return partOfYear(ctx, self, 'season', season);
    }, { role: 'date', mod, season: year === null && rel === null ? season : undefined });
  },
};

export const PERIOD_PARSERS: Parser[] = [quarterParser, twoQuartersParser, qNotationParser, reportingPeriodParser, seasonParser];
