/**
 * Vague references kept with low precision, never given invented dates: "now", "currently"
 * (PRESENT_REF), "recently", "in recent years", "the past" (PAST_REF), "the future", "soon",
 * "in the coming months" (FUTURE_REF). Also a few fixed-date holidays ("Christmas", "New Year's Day").
 */
import type { DatePrecision } from '../../types.js';
import { monthDay } from '../resolve.js';
import type { Parser } from '../types.js';
import { fixed, mk, nextWord, prevWord, rx } from './util.js';

const SHORT_UNIT_CODE: Record<string, string> = { days: 'D', weeks: 'W', months: 'M', quarters: 'Q' };
const UNIT_PRECISION: Record<string, DatePrecision> = { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', quarters: 'quarter', year: 'year', years: 'year', decades: 'decade' };

export const fuzzyParser: Parser = {
  name: 'fuzzy',
  triggers: ['fuzzy', 'unit'],
  back: 20,
  pattern: rx(
    '\\b(?:(now|currently|nowadays|presently|at\\s+present|at\\s+the\\s+moment|these\\s+days|right\\s+now)' +
      '|(recently|lately|(?:in\\s+)?(?:the\\s+)?(?:more\\s+)?recent\\s+(?:days|weeks|months|quarters|years|decades|times)(?:\\s+(?:and|or)\\s+(?:days|weeks|months|quarters|years|decades))?|the\\s+past(?!\\s+(?:\\d|few|several|many|couple|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|decade|century|year|month|week|day|quarter|weekend|night|hour|minute|fiscal|decades|years|months|weeks|days|quarters|hours|minutes|\\w+\\s+(?:years|months|weeks|days|decades)))|formerly|in\\s+years\\s+past|in\\s+past\\s+(?:years|decades))' +
      '|(soon|shortly|as\\s+soon\\s+as\\s+possible|(?:the\\s+)?(?:near|foreseeable|distant|immediate)\\s+future|the\\s+future|(?:in\\s+)?(?:the\\s+)?(?:coming|next\\s+few|upcoming)\\s+(?:days|weeks|months|quarters|years|decades)(?:\\s+(?:and|or)\\s+(?:days|weeks|months|quarters|years|decades))?|future\\s+(?:days|weeks|months|quarters|years|decades)|(?:in\\s+)?the\\s+(?:near|short|medium|long)\\s+term|(?:at\\s+)?a\\s+later\\s+date|the\\s+(?:days|weeks|months|years)\\s+ahead)' +
      ')\\b',
  ),
  extract(m, text) {
    const s = m.index;
    const e = m.index + m[0].length;
    const low = m[0].toLowerCase();
    const pw = prevWord(text, s);
    const nw = nextWord(text, e).toLowerCase();
    if (m[1]) {
      if (low === 'now' && (/^(?:just|right)$/.test(pw) || /^-/.test(text.slice(e, e + 1)))) {
        if (/^-/.test(text.slice(e, e + 1))) return null; // "now-defunct"
      }
      return mk('fuzzy', s, e, 'DATE', fixed('PRESENT_REF', { fuzzy: true, precision: null }));
    }
    if (m[2]) {
      if (low.startsWith('the past') && (nw === 'of' || /^(?:tense|participle|president|chairman|director)$/.test(nw))) return null;
      let start = s;
      // TimeML spans leave out the preposition: "recent years", not "in recent years".
      if (low.startsWith('in ')) start = s + 3;
      const unit = /(days|weeks|months|quarters|years|decades)$/.exec(low)?.[1];
      // "recent weeks and months": two units, a vague past rather than a duration in either
      if (/\s(?:and|or)\s/.test(low)) return mk('fuzzy', start, e, 'DATE', fixed('PAST_REF', { fuzzy: true, precision: UNIT_PRECISION[unit!] ?? null }));
      // "recent weeks/months" are vague stretches up to now (TimeML: PXW, PXM); "recent years" a vague past
      if (unit && SHORT_UNIT_CODE[unit]) return mk('fuzzy', start, e, 'DURATION', fixed(`PX${SHORT_UNIT_CODE[unit]}`, { fuzzy: true, precision: UNIT_PRECISION[unit]! }));
      return mk('fuzzy', start, e, 'DATE', fixed('PAST_REF', { fuzzy: true, precision: unit ? UNIT_PRECISION[unit]! : null }));
    }
    // future
    if (low === 'soon' || low === 'shortly') {
      if (/^(?:as|so|too|how)$/.test(pw) || /^(?:after|before|afterwards|afterward|thereafter|as|enough)$/.test(nw)) return null;
    }
    if (low.endsWith('future') && nw === 'of') return null;
    let start = s;
    if (low.startsWith('in ')) start = s + 3;
    else if (low.startsWith('at ')) start = s + 3;
    const unit = /(days|weeks|months|quarters|years|decades)(?: ahead)?$/.exec(low)?.[1];
    if (unit && SHORT_UNIT_CODE[unit] && !/^(?:future|upcoming)\b/.test(low) && !/\s(?:and|or)\s/.test(low)) return mk('fuzzy', start, e, 'DURATION', fixed(`PX${SHORT_UNIT_CODE[unit]}`, { fuzzy: true, precision: UNIT_PRECISION[unit]! }));
    return mk('fuzzy', start, e, 'DATE', fixed('FUTURE_REF', { fuzzy: true, precision: unit ? UNIT_PRECISION[unit]! : null }));
  },
};

/** Nouns after "current" that make it a term of accounting or physics, not a time ("current account", "current assets"). */
const CURRENT_TERMS = /^(?:account|accounts|assets?|liabilities|liability|ratio|yield|yields|affairs|flows?|sea|speed|strength|density|source|sources|meter|meters)$/;
/** Units after "current": left to the relative-unit parser ("the current quarter"). */
const CURRENT_UNITS = /^(?:year|years|quarter|quarters|month|months|week|weeks|day|days|decade|fiscal|period|half|season|century)$/;

/**
 * "current" as a temporal adjective ("current market conditions", "its current difficulties"):
 * PRESENT_REF; "then current" / "then-current" is PAST_REF.
 */
export const currentParser: Parser = {
  name: 'current',
  triggers: ['fuzzy'],
  back: 6,
  near: /current\b/iy,
  pattern: rx('\\b(?:(then)[\\s-]+)?current(?=\\s+[a-z])'),
  extract(m, text) {
    const s = m.index, e = m.index + m[0].length;
    const nw = nextWord(text, e).toLowerCase();
    if (CURRENT_TERMS.test(nw) || CURRENT_UNITS.test(nw)) return null;
    // a noun ("the current flows", "currents") or a verb after it is not our adjective
    if (/^(?:is|was|are|were|has|had|will|would|can|could|in|of|and|or|to|that|which)$/.test(nw)) return null;
    if (m[1]) return mk('current', s, e, 'DATE', fixed('PAST_REF', { fuzzy: true, precision: null }));
    return mk('current', s, e, 'DATE', fixed('PRESENT_REF', { fuzzy: true, precision: null }));
  },
};

const HOLIDAYS: Record<string, [number, number]> = {
  'christmas': [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1], "new year's eve": [12, 31],
  'new year': [1, 1], "valentine's day": [2, 14], 'halloween': [10, 31], 'boxing day': [12, 26],
};

/** Fixed-date holidays: "Christmas", "New Year's Day", "Christmas Eve". */
export const holidayParser: Parser = {
  name: 'holiday',
  triggers: ['holiday'],
  back: 0,
  near: /(?:new\s+year|christmas|valentine|halloween|boxing\s+day)/iy,
  pattern: rx("\\b(?:christmas(?:\\s+(?:day|eve))?|new\\s+year['’]?s?(?:\\s+(?:day|eve))?|valentine['’]s\\s+day|halloween|boxing\\s+day)\\b"),
  extract(m, text) {
    if (!/^[A-Z]/.test(m[0])) return null;
    const key = m[0].toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').replace(/^new year'?s?$/, 'new year').replace(/^new years /, "new year's ");
    const md = HOLIDAYS[key];
    if (!md) return null;
    const nw = nextWord(text, m.index + m[0].length).toLowerCase();
    if (/^(?:tree|trees|card|cards|gift|gifts|shopping|party|parties|message|speech|address|market|markets|decorations|island|honours|honors|resolution|resolutions|holidays?|season|period|truce|ceasefire)$/.test(nw) && !/(?:day|eve)$/i.test(m[0])) {
      // "the Christmas holidays/period" is still near the date, but "Christmas tree" is not a date
      if (!/^(?:holidays?|season|period|truce|ceasefire)$/.test(nw)) return null;
    }
    return mk('holiday', m.index, m.index + m[0].length, 'DATE', (ctx, self) => monthDay(ctx, self, md[0], md[1]), { role: 'date' });
  },
};

export const FUZZY_PARSERS: Parser[] = [fuzzyParser, currentParser, holidayParser];
