/**
 * Years, decades and centuries: "2009", "fiscal 1989", "'89", "the 1990s", "the '80s",
 * "the 20th century", "nineteen ninety-six". A four-digit number is a year only in a year's
 * context: never inside a bigger number ("1,200"), an identifier ("AK-47", "Flight 1549",
 * "Resolution 1973"), a measure or a count ("1990 people"), a percentage or money.
 */
import type { Point } from '../calendar.js';
import { ORDINALS, SMALL_NUMBERS } from '../lexicon.js';
import type { Parser } from '../types.js';
import { gs, mk, nextWord, prevWord, rx } from './util.js';

/** Words before a number that make it an identifier, not a year. */
const ID_WORDS = new Set([
  'flight', 'flights', 'route', 'highway', 'interstate', 'room', 'resolution', 'resolutions', 'no.', 'nos.', 'number', 'article', 'articles',
  'chapter', 'section', 'sections', 'page', 'pages', 'code', 'model', 'version', 'bus', 'train', 'apartment', 'suite', 'unit', 'precinct',
  'rule', 'form', 'item', 'lot', 'box', 'exit', 'gate', 'platform', 'line', 'bill', 'order', 'decree', 'act', 'paragraph', 'clause',
  'vol.', 'volume', 'issue', 'case', 'cell', 'block', 'plot', 'km', 'kilometre', 'kilometer', 'mile', 'point', 'points', 'hill', 'height', 'heights',
  'channel', 'frequency', 'phone', 'tel', 'fax', 'p.o.', 'box', 'serial', 'id', 'pin', 'zip', 'hwy', 'rte', 'st.', 'ward', 'sector', 'camp',
  'about', 'around', 'approximately', 'nearly', 'almost', 'some', 'over', 'than', 'least', 'to', 'roughly', 'estimated', 'only', 'just', 'another',
  'total', 'totaling', 'totalling', 'of', 'with', 'killing', 'killed', 'wounding', 'injuring', 'arrested', 'detained', 'rescued', 'evacuated',
]);
/** Of ID_WORDS, the ones that only rule a year out when a noun follows ("about 1990 people" vs "around 1990, ..."). */
const WEAK_ID_WORDS = new Set(['about', 'around', 'approximately', 'nearly', 'almost', 'some', 'over', 'than', 'least', 'to', 'roughly', 'estimated', 'only', 'just', 'another', 'total', 'totaling', 'totalling', 'of', 'with', 'killing', 'killed', 'wounding', 'injuring', 'arrested', 'detained', 'rescued', 'evacuated']);
/** Words before a number that make it a year. */
const YEAR_CUES = new Set(['in', 'since', 'from', 'until', 'till', 'by', 'during', 'before', 'after', 'of', 'year', 'fiscal', 'calendar', 'early', 'late', 'mid', 'mid-', 'circa', 'c.', 'spring', 'summer', 'autumn', 'fall', 'winter', 'throughout', 'through', 'between', 'and', 'to', 'the', 'for', 'as', 'that', 'end', 'beginning', 'start']);
const STRONG_YEAR_CUES = new Set(['in', 'since', 'from', 'until', 'till', 'by', 'during', 'before', 'after', 'year', 'fiscal', 'calendar', 'early', 'late', 'mid', 'mid-', 'circa', 'throughout']);
/** Nouns after a number that make it a count or a measure. */
const COUNT_NOUNS = /^(?:people|persons|person|men|women|children|troops|soldiers|police|policemen|officers|workers|families|households|homes|houses|buildings|vehicles|cars|trucks|dollars|euros|pounds|yuan|yen|rupees|tonnes|tons|barrels|votes|members|protesters|demonstrators|refugees|prisoners|inmates|militants|fighters|rebels|civilians|students|residents|times|kilometres|kilometers|km|miles|metres|meters|feet|ft|hectares|acres|cases|deaths|dead|jobs|shares|units|copies|pages|words|points|seats|hours|minutes|seconds|days|weeks|months|years|rounds|rockets|shells|missiles|bombs|guns|rifles|weapons|mines|employees|staff|personnel|patients|victims|casualties|lives|km2|sq|square|cubic|mw|kw|kg|lb|lbs|bpd|mph|kph|degrees|rpm|hp|cc|mm|cm|gigawatts|megawatts|passengers|pilgrims|migrants|voters|delegates|villages|towns|schools|hospitals|aircraft|planes|ships|boats|tanks|sheep|cattle|head|percent|per|pct)$/i;
/** Nouns after a number that keep it a year ("the 1998 elections"). */
const YEAR_NOUNS = /^(?:elections?|election|census|budget|olympics|games|war|revolution|uprising|coup|crisis|earthquake|quake|floods?|tsunami|attacks?|bombings?|massacre|accord|accords|agreement|treaty|law|constitution|ceasefire|truce|season|campaign|report|survey|levels?|figures?|period|quarter|fiscal|model|vintage|edition|budget|summit|championships?|cup|world|plan|vote|referendum|invasion|riots?|protests?|levels)$/i;

function yearOk(text: string, start: number, end: number, y: number): boolean {
  const pw = prevWord(text, start);
  const nw = nextWord(text, end);
  const before = text.slice(Math.max(0, start - 2), start);
  if (/[$£€¥#№]\s?$|\d[,.]$/.test(before)) return false;
  if (/-$/.test(before) && !/mid-$/i.test(text.slice(Math.max(0, start - 4), start))) return false;
  // A capitalised name right before it ("Euro 2012", "Vision 2030", "Agenda 2063") makes it part of a name.
  const capBefore = /(\S+)\s+([A-Z][a-z]+)\s+$/.exec(text.slice(Math.max(0, start - 40), start));
  if (capBefore && !/[.!?:"“'‘(]$/.test(capBefore[1]!) && !YEAR_CUES.has(capBefore[2]!.toLowerCase()) && !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter|Christmas|Easter|In|Since|By|Until|From|During|Before|After|Of|For|And)$/.test(capBefore[2]!)) return false;
  const after = text.slice(end, end + 3);
  if (/^[,.]\d|^-[A-Za-z]|^\s?%|^:\d|^\/\d/.test(after)) return false;
  if (/^(?:GMT|UTC|hours|hrs|local|EST|EDT|CET|CEST|BST)$/i.test(nw)) return false;
  if (ID_WORDS.has(pw)) {
    if (!WEAK_ID_WORDS.has(pw)) return false;
    if (nw && /^[a-z]/.test(nw) && !YEAR_NOUNS.test(nw)) return false;
  }
  if (COUNT_NOUNS.test(nw) && !STRONG_YEAR_CUES.has(pw)) return false;
  if (y < 1900 && !YEAR_CUES.has(pw)) return false;
  return true;
}

/** "2009", "fiscal 1989", "fiscal year 1990", "FY2011". */
export const yearParser: Parser = {
  name: 'year',
  triggers: ['digit'],
  back: 20,
  near: /\d{4}(?!\d)/y,
  pattern: rx('(?<![\\w.,$£€#/])(?<!(?<![Mm]id)-)((?:fiscal|calendar)(?:\\s+year)?\\s+|fy\\s?)?(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?![\\w%-]|[.,:/]\\d)'),
  extract(m, text) {
    const y = +m[2]!;
    const ys = gs(m, 2);
    if (!m[1] && !yearOk(text, ys, ys + 4, y)) return null;
    const point: Point = { gran: 'year', year: y };
    return mk('year', m.index, ys + 4, 'DATE', () => ({ point }), { role: 'year' });
  },
};

/** "'89" (an apostrophe year), read in the century closest to the anchor. */
export const shortYearParser: Parser = {
  name: 'short-year',
  triggers: ['digit'],
  back: 2,
  near: /(?<=['’])\d\d(?!\d)/y,
  pattern: rx("(?<![\\w'’])['’](\\d{2})(?![\\w'’%]|[.,]\\d)"),
  extract(m, text) {
    const yy = +m[1]!;
    const pw = prevWord(text, m.index);
    if (!YEAR_CUES.has(pw) && !/^(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter)$/.test(pw)) return null;
    return mk('short-year', m.index, m.index + m[0].length, 'DATE', (ctx) => {
      const a = ctx.anchor?.year ?? 2000;
      let y = Math.floor(a / 100) * 100 + yy;
      if (y > a + 10) y -= 100;
      return { point: { gran: 'year', year: y } };
    }, { role: 'year' });
  },
};

const DECADE_WORDS: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };

/** "the 1990s", "the '80s", "the 2000s", "the nineteen-nineties", "the eighties". */
export const decadeParser: Parser = {
  name: 'decade',
  triggers: ['digit', 'numword'],
  back: 18,
  near: /(?:\d{3}0['’]?s|\d0s|nineteen|twenty|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)/iy,
  pattern: rx("\\b(?:(the)\\s+)?(?:(?:(1[0-9]|20)([0-9])0['’]?s)|['’]([0-9])0s|(?:(nineteen|twenty)[\\s-]?)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b"),
  extract(m, text) {
    let century: number | null = null;
    let digit: number;
    if (m[2]) { century = +m[2]; digit = +m[3]!; }
    else if (m[4]) digit = +m[4];
    else {
      // "the eighties" needs "the" (not "in his eighties", an age).
      if (!m[1] && !m[5]) return null;
      const pw = prevWord(text, m.index);
      if (/^(?:his|her|their|its|my|your|our|early|late|mid)$/.test(pw)) return null;
      digit = DECADE_WORDS[m[6]!.toLowerCase()]! / 10;
      if (m[5]) century = m[5].toLowerCase() === 'nineteen' ? 19 : 20;
    }
    if (m[1] && !m[2] && !m[4] && !m[5]) {
      const pw = prevWord(text, m.index);
      if (/^(?:in|into)$/.test(pw) && /^(?:his|her|their)/i.test(text.slice(m.index - 6, m.index))) return null;
    }
    return mk('decade', m.index, m.index + m[0].length, 'DATE', (ctx) => {
      let c = century;
      if (c === null) {
        const a = ctx.anchor?.year ?? 1999;
        c = Math.floor(a / 100);
        if (c * 100 + digit * 10 > a) c -= 1;
      }
      return { point: { gran: 'decade', year: c * 100 + digit * 10 } };
    }, { role: 'year' });
  },
};

/** "the 20th century", "the eleventh century". */
export const centuryParser: Parser = {
  name: 'century',
  triggers: ['unit'],
  back: 18,
  near: /centur/iy,
  pattern: rx('\\b(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[\\s-]+century\\b'),
  extract(m) {
    const n = m[1] ? +m[1] : ORDINALS[m[2]!.toLowerCase()]!;
    if (!n || n < 1 || n > 22) return null;
    const point: Point = { gran: 'century', year: (n - 1) * 100 };
    return mk('century', m.index, m.index + m[0].length, 'DATE', () => ({ point }), { role: 'year' });
  },
};

const TENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const UNITS_W = '(?:one|two|three|four|five|six|seven|eight|nine)';

/** Spoken years in transcripts: "nineteen ninety-six", "nineteen oh five", "the year two thousand". */
export const spokenYearParser: Parser = {
  name: 'spoken-year',
  triggers: ['numword'],
  back: 22,
  pattern: rx(`\\b(?:(nineteen|eighteen|twenty)[\\s-]+(?:(${TENS})(?:[\\s-]+(${UNITS_W}))?|oh[\\s-]+(${UNITS_W}))|(?:(the\\s+year)\\s+)?two[\\s-]+thousand(?:(?:\\s+and)?[\\s-]+(${UNITS_W}|${TENS}))?)\\b`),
  extract(m, text) {
    let y: number;
    if (m[1]) {
      const hi = SMALL_NUMBERS[m[1].toLowerCase()]!;
      let lo = 0;
      if (m[2]) lo = SMALL_NUMBERS[m[2].toLowerCase()]! + (m[3] ? SMALL_NUMBERS[m[3].toLowerCase()]! : 0);
      else lo = SMALL_NUMBERS[m[4]!.toLowerCase()]!;
      if (lo >= 100 || (m[2] && SMALL_NUMBERS[m[2].toLowerCase()]! < 10)) return null;
      y = hi * 100 + lo;
    } else {
      y = 2000 + (m[6] ? SMALL_NUMBERS[m[6].toLowerCase()]! : 0);
      const pw = prevWord(text, m.index);
      if (!m[5] && !YEAR_CUES.has(pw)) return null;
    }
    const nw = nextWord(text, m.index + m[0].length);
    if (COUNT_NOUNS.test(nw)) return null;
    const point: Point = { gran: 'year', year: y };
    return mk('spoken-year', m.index, m.index + m[0].length, 'DATE', () => ({ point }), { role: 'year' });
  },
};

export const YEAR_PARSERS: Parser[] = [yearParser, shortYearParser, decadeParser, centuryParser, spokenYearParser];
