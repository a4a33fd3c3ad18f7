/**
 * Expressions relative to the publication time or to the last resolved date:
 * "yesterday", "tonight", "last night", "overnight", "this morning", "last month", "this year",
 * "earlier this year", "next week", "two weeks ago", "a year earlier", "the previous day",
 * "that year", "the following week".
 */
import { containing, dayPoint, shift, toDays, weekdayOf, type Gran, type PartOfDay, type ShiftUnit } from '../calendar.js';
import { ORDINAL_RE, PARTS_OF_DAY, POD_RE, QUANTITY_RE, UNITS, parseQuantity, unitKey } from '../lexicon.js';
import { basePoint, relative, reportingQuarter, unresolved, withTime } from '../resolve.js';
import type { Parser, Resolution } from '../types.js';
import { fixed, ge, gs, mk, nextWord, rx } from './util.js';

const DAY_OFFSET: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** "today", "yesterday afternoon", "tomorrow", "tonight", "the day before yesterday". */
export const relativeDayParser: Parser = {
  name: 'relative-day',
  triggers: ['relday'],
  back: 40,
  pattern: rx(`\\b(?:(${POD_RE})\\s+)?(?:the\\s+day\\s+(before|after)\\s+)?(today|tonight|yesterday|tomorrow)(?:\\s+(${POD_RE}))?\\b`),
  extract(m, text) {
    const word = m[3]!.toLowerCase();
    // "USA Today", "Radio Today": a capitalised "Today" after a capitalised word is a name.
    if (/^Today/.test(m[3]!) && /[A-Z][\w.]*\s+$/.test(text.slice(Math.max(0, gs(m, 3) - 12), gs(m, 3))) && !/[.!?"“]\s*\S*\s+$/.test(text.slice(Math.max(0, gs(m, 3) - 14), gs(m, 3)))) return null;
    // "the leaders of tomorrow", "the people of tomorrow": the future in general, not the next day
    // (the next day's events are "tomorrow's"; only parts of a day take "of tomorrow")
    if (word === 'tomorrow' && !m[1] && !m[2] && !m[4]) {
      const of = /\b([a-z]+)\s+of\s+$/i.exec(text.slice(Math.max(0, m.index - 30), m.index));
      if (of && !/^(?:morning|afternoon|evening|night|end|start|beginning|middle|noon|hours)$/i.test(of[1]!)) return null;
    }
    if (/^(?:today|tomorrow)$/.test(word) && /^['’]s\s+(?:world|society|youth|generation|children|economy|standards|market|technology|people)\b/i.test(text.slice(ge(m, 3), ge(m, 3) + 20))) return null;
    let n = DAY_OFFSET[word]!;
    if (m[2]) n += m[2].toLowerCase() === 'before' ? -1 : 1;
    let pod: PartOfDay | null = word === 'tonight' ? 'NI' : null;
    const podWord = m[4] ?? m[1];
    if (podWord) pod = PARTS_OF_DAY[podWord.toLowerCase().replace(/\s+/g, ' ')] ?? null;
    return mk('relative-day', m.index, m.index + m[0].length, pod ? 'TIME' : 'DATE', (ctx) => withTime(relative(ctx, 'day', 'day', n), pod), { role: 'date' });
  },
};

/** "this morning", "last night", "overnight", "this afternoon". */
export const partOfDayParser: Parser = {
  name: 'part-of-day',
  triggers: ['pod'],
  back: 16,
  pattern: rx(`\\b(?:(this|last|that|the\\s+same|the\\s+previous|the\\s+next|the\\s+following|early\\s+this|late\\s+last|later\\s+this|earlier\\s+this)\\s+(${POD_RE})|(overnight))\\b`),
  extract(m, text) {
    const s = m.index, e = m.index + m[0].length;
    if (m[3]) {
      // "overnight" as an adverb of time; not "an overnight stay", "did not happen overnight".
      const nw = nextWord(text, e).toLowerCase();
      const before = text.slice(Math.max(0, s - 25), s).toLowerCase();
      if (/\b(?:an|not|n't|almost|virtually|literally)\s+$|\b(?:happen|happens|happened|change|changed|succeed|success|disappear|disappeared|vanish|vanished)\s+$/.test(before)) return null;
      if (/^(?:rate|rates|stay|stays|success|sensation|bag|bags|shift|shifts|delivery|flight|flights|train|bus|guests?|camp|lending|loans?|deposits?|repo|index|interbank|money|funds?|position|positions|trip|visit|parking|accommodation|hike)$/.test(nw)) return null;
      // the night before the last resolved day (the publication day when none)
      return mk('part-of-day', s, e, 'TIME', (ctx) => withTime(relative(ctx, 'day', 'day', -1, 'ref'), 'NI'), { role: 'date' });
    }
    const rel = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const pod = PARTS_OF_DAY[m[2]!.toLowerCase().replace(/\s+/g, ' ')] ?? 'MO';
    let n = 0;
    let base: 'anchor' | 'ref' = 'anchor';
    if (rel === 'last' || rel === 'late last') n = pod === 'NI' || pod === 'EV' ? -1 : -1;
    else if (rel === 'that' || rel === 'the same') base = 'ref';
    else if (rel === 'the previous') { base = 'ref'; n = -1; }
    else if (rel === 'the next' || rel === 'the following') { base = 'ref'; n = 1; }
    if (rel === 'last' && (pod === 'MO' || pod === 'AF')) return null; // "last morning" is not news English
    return mk('part-of-day', s, e, 'TIME', (ctx) => withTime(relative(ctx, 'day', 'day', n, base), pod), { role: 'date' });
  },
};

const UNIT_GRAN: Record<string, Gran> = { day: 'day', week: 'week', weekend: 'weekend', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade', century: 'century', 'fiscal year': 'year', season: 'season', half: 'half' };
const UNIT_SHIFT: Record<string, ShiftUnit> = { day: 'day', week: 'week', weekend: 'week', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade', century: 'century', 'fiscal year': 'year', season: 'season', half: 'half' };

/**
 * "this week", "last month", "next year", "the current quarter", "the past decade", "that year",
 * "the previous day", "the same week", "earlier this year", "later this month", "this weekend".
 */
export const relativeUnitParser: Parser = {
  name: 'relative-unit',
  triggers: ['unit'],
  back: 26,
  near: /(?:day|week|weekend|month|quarter|year|decade|century)\b/iy,
  pattern: rx(`\\b(?:(earlier|later)\\s+(?:in\\s+)?)?(this\\s+past|this|last|next|past|coming|current|that|the\\s+(?:current|previous|following|same|coming|past|last|next|prior|preceding|present|new|latest|whole|entire|full|very\\s+same))\\s+(day|week|weekend|month|quarter|year|fiscal\\s+year|decade|century)(?![\\w-])`),
  extract(m, text) {
    const adv = m[1]?.toLowerCase() ?? null;
    const rel = m[2]!.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, 'the-');
    const unit = m[3]!.toLowerCase().replace(/\s+/g, ' ');
    if (unit === 'day' && (rel === 'the-past' || rel === 'the-last')) return null;
    const s = m.index, e = ge(m, 3);
    if (unit === 'day' && !rel.startsWith('the-') && rel !== 'that') return null; // "this day", "last day" are not relative days
    // A capitalised unit mid-sentence is a title (a show called "This Week").
    if (/^[A-Z]/.test(m[3]!) && /^[A-Z]/.test(m[2]!) && !/(?:^|[.!?]\s+|\n)$/.test(text.slice(Math.max(0, s - 3), s))) return null;
    let n = 0;
    let base: 'anchor' | 'ref' = 'anchor';
    let type: 'DATE' | 'DURATION' = 'DATE';
    switch (rel) {
      case 'this': case 'current': case 'the-current': case 'the-present': n = 0; break;
      case 'last': case 'past': case 'this past': n = -1; break;
      case 'next': case 'coming': case 'the-coming': n = 1; break;
      case 'that': case 'the-same': case 'the-very same': base = 'ref'; n = 0; break;
      case 'the-previous': case 'the-prior': case 'the-preceding': base = 'ref'; n = -1; break;
      case 'the-following': base = 'ref'; n = 1; break;
      case 'the-next': if (unit === 'day' || unit === 'morning') { base = 'ref'; n = 1; } else { type = 'DURATION'; } break;
      case 'the-past': case 'the-last': n = unit === 'decade' || unit === 'century' ? 0 : -1; break;
      case 'the-latest': if (unit !== 'quarter' && unit !== 'fiscal year') return null; break;
      case 'the-whole': case 'the-entire': case 'the-full': type = 'DURATION'; if (unit === 'year') { type = 'DATE'; } break;
      case 'the-new': if (unit !== 'year') return null; n = unit === 'year' ? 1 : 0; break;
      default: return null;
    }
    if (type === 'DURATION') {
      const code = unit === 'fiscal year' ? 'Y' : UNITS[unit]?.code ?? 'X';
      const years = UNITS[unit]?.years;
      const value = years ? `P${years}Y` : `P1${code}`;
      return mk('relative-unit', s, e, 'DURATION', fixed(value));
    }
    const gran = UNIT_GRAN[unit]!;
    const su = UNIT_SHIFT[unit]!;
    return mk('relative-unit', s, e, 'DATE', (ctx): Resolution => {
      if (rel === 'the-latest' && unit === 'quarter') {
        const q = reportingQuarter(ctx);
        return q ? { point: q } : unresolved('quarter');
      }
      if (unit === 'weekend') {
        const b = basePoint(ctx, base, 'day');
        if (!b) return unresolved('weekend');
        let w = containing(b, 'weekend');
        if (n !== 0) w = shift(w, 'week', n);
        else if (base === 'anchor' && !ctx.future({ start: s, end: e } as never)) {
          // "this weekend" read on a weekday before Saturday in a past-tense clause is the last one.
          const wd = ((((ctx.anchorDays! + 3) % 7) + 7) % 7) + 1;
          if (wd < 6 && /^this/i.test(rel)) w = shift(w, 'week', -1);
        }
        return { point: w };
      }
      const r = relative(ctx, gran, su, n, base);
      if (!r.point || !adv || base !== 'anchor' || n !== 0 || ctx.anchorDays === null) return r;
      // "earlier this year" ends at the publication day, "later this month" starts there.
      return adv === 'earlier' ? { ...r, endDays: ctx.anchorDays } : { ...r, startDays: ctx.anchorDays };
    }, { role: 'date' });
  },
};

/** "earlier this year" split as "earlier in the year", "later in the day", "earlier in the week". */
export const inTheUnitParser: Parser = {
  name: 'in-the-unit',
  triggers: ['unit'],
  back: 16,
  near: /(?:day|week|month|year|decade)\b/iy,
  pattern: rx('\\b(earlier|later|early|late)\\s+in\\s+the\\s+(day|week|month|year|decade)\\b'),
  extract(m) {
    const unit = m[2]!.toLowerCase();
    const gran = UNIT_GRAN[unit]!;
    const mod = /^early|^earlier/i.test(m[1]!) ? (m[1]!.toLowerCase() === 'early' ? 'START' : null) : m[1]!.toLowerCase() === 'late' ? 'END' : null;
    return mk('in-the-unit', m.index, m.index + m[0].length, 'DATE', (ctx) => relative(ctx, gran, UNIT_SHIFT[unit]!, 0, 'ref'), { role: 'date', mod });
  },
};

/** "year-end", "year end", "the end of the year" (END of the current year), "the turn of the century". */
export const yearEndParser: Parser = {
  name: 'year-end',
  triggers: ['unit'],
  back: 16,
  near: /(?:year|month|quarter|week|decade)/iy,
  pattern: rx("\\b(?:(?:the\\s+)?year(?:-|\\s)end|the\\s+end\\s+of\\s+the\\s+(year|month|week|quarter|decade)|year['’]s\\s+end|(?:the\\s+)?(?:month|quarter)(?:-|\\s)end)\\b"),
  extract(m, text) {
    const low = m[0].toLowerCase();
    const unit = m[1]?.toLowerCase() ?? (low.includes('month') ? 'month' : low.includes('quarter') ? 'quarter' : 'year');
    const gran = UNIT_GRAN[unit]!;
    if (!m[1] && unit === 'year') {
      // "year-end", "year's end": December 31 (of last year after "since").
      const since = /\bsince\s+$/i.test(text.slice(Math.max(0, m.index - 7), m.index));
      // TIMEX3: the year with mod END; the interval is its last month.
      return mk('year-end', m.index, m.index + m[0].length, 'DATE', (ctx): Resolution => {
        const r = relative(ctx, 'year', 'year', since ? -1 : 0, 'anchor');
        if (!r.point) return unresolved('year');
        return { point: r.point, startDays: toDays(r.point.year, 12, 1) };
      }, { role: 'date', mod: 'END' });
    }
    return mk('year-end', m.index, m.index + m[0].length, 'DATE', (ctx) => {
      if (gran === 'quarter') { const q = reportingQuarter(ctx); return q ? { point: q } : unresolved('quarter'); }
      return relative(ctx, gran, UNIT_SHIFT[unit]!, 0, 'anchor');
    }, { role: 'date', mod: 'END' });
  },
};

/**
 * "the weekend" (the most recent one, or the coming one in a forward-looking clause), "the week",
 * "the month", "the year" (of the last resolved date), and "the year ended June 30" (a duration).
 */
export const theUnitParser: Parser = {
  name: 'the-unit',
  triggers: ['unit'],
  back: 12,
  near: /(?:week|weekend|month|year)\b/iy,
  pattern: rx("\\bthe\\s+(weekend|week|month|year|fiscal\\s+year)(?![\\w'’-])"),
  extract(m, text) {
    const unit = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const s = m.index, e = m.index + m[0].length;
    const after = text.slice(e, e + 20);
    const before = text.slice(Math.max(0, s - 12), s).toLowerCase();
    if (/^\s+(?:before|after|earlier|later|ago|of\b|\d|two|nineteen|twenty)/i.test(after)) return null;
    if (/\b(?:day|time|man|woman|person|player|team|book|car|deal|song|event|story|week|month)\s+of\s+$/.test(before)) return null;
    if (/^\s+(?:ended|ending|ends|through|to\s+(?:date|\w+\s+\d))/i.test(after)) {
      const code = unit === 'week' || unit === 'weekend' ? 'P1W' : unit === 'month' ? 'P1M' : 'P1Y';
      return mk('the-unit', s, e, 'DURATION', fixed(code));
    }
    if (unit === 'weekend') {
      return mk('the-unit', s, e, 'DATE', (ctx, self): Resolution => {
        if (!ctx.anchor) return unresolved('weekend');
        const wd = weekdayOf(ctx.anchorDays!);
        const fwd = ctx.future(self);
        // Saturday/Sunday: this weekend; otherwise the last one, or the next one in a forward clause.
        let d = ctx.anchorDays!;
        if (wd < 6) d = fwd ? d + (6 - wd) : d - wd;
        return { point: containing(dayPoint(d), 'weekend') };
      }, { role: 'date' });
    }
    const gran: Gran = unit === 'week' ? 'week' : unit === 'month' ? 'month' : 'year';
    return mk('the-unit', s, e, 'DATE', (ctx) => relative(ctx, gran, gran as ShiftUnit, 0, 'ref'), { role: 'date' });
  },
};

/** "year-earlier", "year-ago" used as adjectives ("year-earlier profit"): the year before the reporting period. */
export const yearAgoAdjectiveParser: Parser = {
  name: 'year-ago-adjective',
  triggers: ['unit'],
  back: 6,
  near: /year/iy,
  pattern: rx('\\b(year[-\\s](?:earlier|ago)|prior-year|year-before)(?=\\s+[a-z])'),
  extract(m, text) {
    const nw = nextWord(text, m.index + m[0].length).toLowerCase();
    if (/^(?:quarter|period|periods|quarters|results?)$/.test(nw) && nw !== 'results' && nw !== 'result') return null;
    return mk('year-ago-adjective', m.index, m.index + m[0].length, 'DATE', (ctx): Resolution => {
      if (ctx.lastRef?.gran === 'quarter' && ctx.lastQuarter) return { point: shift(ctx.lastQuarter, 'quarter', -4), noRef: true };
      // The comparison is with the reporting period, not with the last date named ("Last year ... The
      // year-earlier results" are last year's): the year before the publication year.
      const b = ctx.anchor ?? ctx.lastRef;
      if (!b) return unresolved('year');
      return { point: shift(containing(b, 'year'), 'year', -1), noRef: true };
    }, { role: 'date' });
  },
};

/** "in the morning", "during the night": a part of the last resolved day. */
export const inThePartParser: Parser = {
  name: 'in-the-part',
  triggers: ['pod'],
  back: 26,
  pattern: rx(`\\b(?:in|during|by|through|until|till|from|at|since|before|on)\\s+((?:the\\s+)?(?:early\\s+|late\\s+)?(${POD_RE}|mid-?\\s?(?:morning|afternoon|evening)))\\b`),
  extract(m, text) {
    const word = m[2]!.toLowerCase().replace(/^mid-?\s?/, '');
    const pod = PARTS_OF_DAY[word] ?? null;
    if (!pod) return null;
    // "tapes from the night the plane went down": mid-sentence, a part of day followed by a subject is
    // the night of another event, named by a relative clause (sentence-initial "In the morning they
    // left" is the adverbial it looks like)
    if (/^the\s/i.test(m[1]!) && /^\s+(?:the|a|an|he|she|they|we|it|his|her|their|its|our)\s/i.test(text.slice(ge(m, 1), ge(m, 1) + 10)) && !/(?:^|[.!?:;"“”]\s*|\n\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
    // "in morning" without "the" is not news English, except "mid-afternoon", "early morning"
    if (!/^the\s/i.test(m[1]!) && !/^(?:mid|early|late|dawn|daybreak|dusk|nightfall)/i.test(m[1]!)) return null;
    return mk('in-the-part', gs(m, 1), ge(m, 1), 'TIME', (ctx) => withTime(relative(ctx, 'day', 'day', 0, 'ref'), pod), { role: 'other', pod });
  },
};

/**
 * "two weeks ago", "a year earlier", "three days later", "five years before" (at a clause end),
 * "several years ago" (PAST_REF). "ago" counts from the publication time; "earlier/later/before/after"
 * from the last resolved date.
 */
export const agoParser: Parser = {
  name: 'ago',
  triggers: ['unit'],
  back: 24,
  near: /[a-z]+(?:\s+or\s+(?:so|two|three|more))?\s+(?:ago|earlier|later|before|after|from\s+now|hence|back|previously|prior|since)\b/iy,
  pattern: rx(`\\b(?:(${QUANTITY_RE})[\\s-]+(second|minute|hour|day|night|week|month|quarter|year|decade|centur(?:y|ie))s?|(year|month|week|day|(?:days|weeks|months|years|decades)))(?:\\s+or\\s+(?:so|two|three|more))?\\s+(ago|earlier|later|before|after|from\\s+now|hence|back|previously|prior|since)\\b`),
  extract(m, text) {
    const e = m.index + m[0].length;
    const dir = m[4]!.toLowerCase().replace(/\s+/g, ' ');
    if (dir === 'before' || dir === 'after' || dir === 'prior' || dir === 'since') {
      // Only at a clause end: "two days before", not "two days before the vote" (a duration + signal).
      const rest = text.slice(e, e + 20);
      if (!/^\s*(?:[,.;:)!?"'”’\n]|$|and\b|but\b|when\b|-)/.test(rest)) return null;
      if (dir === 'since') return null;
    }
    if (m[3] && /s$/i.test(m[3])) {
      // "months ago", "years earlier": vague
      if (!/^(?:ago|earlier|later|before|after)$/.test(dir)) return null;
      return mk('ago', m.index, e, 'DATE', fixed(dir === 'later' || dir === 'after' ? 'FUTURE_REF' : 'PAST_REF', { fuzzy: true }));
    }
    const unitRaw = (m[2] ?? m[3])!.toLowerCase();
    const unit = unitKey(unitRaw === 'centurie' ? 'century' : unitRaw === 'night' ? 'day' : unitRaw);
    const q = m[1] ? parseQuantity(m[1]) : 1;
    if (q === null) return null;
    const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'back' || dir === 'previously' || dir === 'prior' ? -1 : 1;
    const base: 'anchor' | 'ref' = dir === 'ago' || dir === 'from now' || dir === 'hence' || dir === 'back' ? 'anchor' : 'ref';
    const info = UNITS[unit];
    const start = m.index;
    if (!info) return null;
    if (info.time) {
      // "three hours ago": a time on the anchor day, unresolved at clock level; keep the day.
      return mk('ago', start, e, 'DATE', (ctx) => (ctx.anchor ? { point: containing(ctx.anchor, 'day'), noRef: true } : unresolved('day')));
    }
    if (Number.isNaN(q) || !Number.isInteger(q)) {
      const value = sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
      return mk('ago', start, e, 'DATE', fixed(value, { fuzzy: true, precision: unit === 'day' ? 'day' : unit === 'week' ? 'week' : unit === 'month' ? 'month' : 'year' }));
    }
    const gran = UNIT_GRAN[unit] ?? 'year';
    const su = UNIT_SHIFT[unit] ?? 'year';
    return mk('ago', start, e, 'DATE', (ctx): Resolution => {
      if (unit === 'year' && ctx.lastQuarter && ctx.lastRef?.gran === 'quarter') {
        // Financial comparisons: "a year ago/earlier" after a quarter is that quarter a year back.
        return { point: shift(ctx.lastQuarter, 'quarter', -4 * q), noRef: true };
      }
      const b = basePoint(ctx, base, gran);
      if (!b) return unresolved(gran);
      // Comparisons ("a year earlier", "two months ago") do not become the reference themselves.
      return { point: shift(containing(b, gran), su, sign * q), noRef: gran !== 'day' && gran !== 'week' };
    }, { role: 'date' });
  },
};

/**
 * "the previous day", "the day before", "a day earlier" (see agoParser), "the next day",
 * "the following morning", "that night", "the night before": relative to the last resolved day.
 */
export const refDayParser: Parser = {
  name: 'ref-day',
  triggers: ['unit', 'pod'],
  back: 16,
  near: /(?:day|week|month|year|morning|afternoon|evening|night|mid)/iy,
  pattern: rx(`\\b(?:(?:the\\s+)(previous|next|following|preceding|prior|same)\\s+(day|${POD_RE})|the\\s+(day|night|morning|evening|week|month|year)\\s+(before|after|earlier)(?!\\s+(?:yesterday|tomorrow))|(that|the\\s+same)\\s+(day|${POD_RE}))\\b`),
  extract(m, text) {
    const e = m.index + m[0].length;
    let n = 0;
    let word: string;
    if (m[1]) { const r = m[1].toLowerCase(); n = r === 'same' ? 0 : r === 'next' || r === 'following' ? 1 : -1; word = m[2]!.toLowerCase(); }
    else if (m[3]) {
      if (!/^\s*(?:[,.;:)!?"'”’\n]|$|and\b|but\b|when\b)/.test(text.slice(e, e + 10))) return null;
      n = m[4]!.toLowerCase() === 'after' ? 1 : -1; word = m[3].toLowerCase();
      if (word === 'week' || word === 'month' || word === 'year') {
        const g = word as 'week' | 'month' | 'year';
        return mk('ref-day', m.index, e, 'DATE', (ctx) => relative(ctx, g, g, n, 'ref'), { role: 'date' });
      }
    } else { n = 0; word = m[6]!.toLowerCase(); }
    const pod = word === 'day' ? null : PARTS_OF_DAY[word.replace(/\s+/g, ' ')] ?? null;
    return mk('ref-day', m.index, e, pod ? 'TIME' : 'DATE', (ctx) => withTime(relative(ctx, 'day', 'day', n, 'ref'), pod), { role: 'date' });
  },
};

/**
 * An elliptical "last" closing a comparison with the current unit: "twice as high this year as
 * last", "more this month than last" is the previous year/month.
 */
export const ellipticalLastParser: Parser = {
  name: 'elliptical-last',
  triggers: ['unit'],
  back: 6,
  near: /(?:year|month|week|quarter)\b/iy,
  pattern: rx(`\\bthis\\s+(year|month|week|quarter)\\b[^.;:!?]{0,60}?\\b(?:as|than)\\s+(last)(?=\\s*(?:[,.;:!?)"'”’]|$))`),
  extract(m) {
    const unit = m[1]!.toLowerCase() as 'year' | 'month' | 'week' | 'quarter';
    return mk('elliptical-last', gs(m, 2), ge(m, 2), 'DATE', (ctx) => relative(ctx, unit, unit, -1), { role: 'date' });
  },
};

/**
 * "It's the second day of the offensive", "Sunday was the third straight day of protests": an
 * ordinal day of an ongoing event, said of a day. With "is"/"marks" it is the publication day; with
 * "was"/"marked" the last day named.
 */
export const ordinalDayParser: Parser = {
  name: 'ordinal-day',
  triggers: ['unit'],
  back: 40,
  near: /day\b/iy,
  pattern: rx(`\\b(is|['’]s|was|marks|marked)\\s+(the\\s+${ORDINAL_RE}\\s+(?:straight\\s+|consecutive\\s+|full\\s+)?day)(?=\\s+(?:of|in|since)\\b)`),
  extract(m) {
    const present = !/^(?:was|marked)$/i.test(m[1]!);
    return mk('ordinal-day', gs(m, 2), ge(m, 2), 'DATE', (ctx) => relative(ctx, 'day', 'day', 0, present ? 'anchor' : 'ref'), { role: 'date' });
  },
};

export const RELATIVE_PARSERS: Parser[] = [ordinalDayParser, ellipticalLastParser, relativeDayParser, partOfDayParser, relativeUnitParser, inTheUnitParser, yearEndParser, theUnitParser, yearAgoAdjectiveParser, inThePartParser, agoParser, refDayParser];

