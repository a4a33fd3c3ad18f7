/**
 * Word lists of the time stage (data, HeidelTime-style resources): month, weekday, number,
 * unit, part-of-day and season words, and the TIMEX3 codes they map to. Regex fragments built
 * from these lists are exported ready to splice into parser patterns.
 */
import type { PartOfDay, Season, ShiftUnit } from './calendar.js';

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Month names as written in news: full names, and abbreviations with or without a period. */
export const MONTH_RE = '(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?)';
/** Months that are also ordinary words ("may", "march") need a day, year or time cue nearby. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'sep', 'dec']);

export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1,
  tuesday: 2, tue: 2, tues: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
  sunday: 7, sun: 7,
};
export const WEEKDAY_RE = '(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)';

export function monthNumber(s: string): number | null {
  return MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function weekdayNumber(s: string): number | null {
  return WEEKDAYS[s.toLowerCase().replace(/s$/, '')] ?? null;
}

export const PARTS_OF_DAY: Record<string, PartOfDay> = {
  morning: 'MO',
  afternoon: 'AF',
  'mid-afternoon': 'AF',
  midafternoon: 'AF',
  'mid afternoon': 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
  daytime: 'DT',
  dawn: 'MO',
  daybreak: 'MO',
  dusk: 'EV',
  nightfall: 'EV',
};
export const POD_RE = '(?:morning|mid-?\\s?afternoon|afternoon|evening|night|dawn|daybreak|dusk|nightfall)';

export const SEASONS: Record<string, Season> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const SEASON_RE = '(?:spring|summer|autumn|fall|winter)';

export const SMALL_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  a: 1, an: 1, single: 1, couple: 2, dozen: 12, half: 0.5,
};
export const SCALES: Record<string, number> = { hundred: 100, thousand: 1000 };

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, thirtieth: 30, last: -1, final: -1,
};
export const ORDINAL_WORD_RE = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|thirtieth)';
export const ORDINAL_RE = `(?:${ORDINAL_WORD_RE}|\\d{1,2}(?:st|nd|rd|th))`;

/** Vague quantities: a value of NaN means "unspecified" (TIMEX3 X). */
export const VAGUE_QUANTITIES = new Set(['several', 'few', 'a few', 'some', 'many', 'numerous', 'the', 'dozens of', 'hundreds of', 'thousands of', 'a number of']);

const NUMBER_WORD = '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)';
/**
 * A quantity before a unit: digits ("2", "2.5", "2 1/2", "1,000"), number words ("twenty-four",
 * "two hundred"), articles ("a", "an") and vague words ("several", "a few", "a couple of").
 */
export const QUANTITY_RE =
  `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+\\d\\/\\d)?|` +
  `${NUMBER_WORD}(?:(?:-|\\s+and\\s+|\\s+)${NUMBER_WORD})*(?:\\s+and\\s+a\\s+half)?|` +
  `a\\s+few|a\\s+couple(?:\\s+of)?|couple\\s+of|several|few|many|some|a\\s+dozen|dozens\\s+of|hundreds\\s+of|thousands\\s+of|a\\s+number\\s+of|an?(?:\\s+and\\s+a\\s+half)?|half\\s+an?)`;

/** Parse a quantity matched by QUANTITY_RE. Returns NaN for vague quantities, null for junk. */
export function parseQuantity(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (VAGUE_QUANTITIES.has(s) || /^(?:dozens|hundreds|thousands) of$/.test(s)) return NaN;
  if (/^a couple(?: of)?$|^couple of$/.test(s)) return 2;
  if (s === 'a dozen') return 12;
  if (/^half an?$/.test(s)) return 0.5;
  if (/^an? and a half$/.test(s)) return 1.5;
  let m = /^(\d+)(?:\.(\d+))?(?: (\d)\/(\d))?$/.exec(s);
  if (m) {
    let v = Number(m[2] ? `${m[1]}.${m[2]}` : m[1]);
    if (m[3]) v += Number(m[3]) / Number(m[4]);
    return v;
  }
  if ((m = /^\d{1,3}(?:,\d{3})+$/.exec(s))) return Number(s.replace(/,/g, ''));
  let half = 0;
  let t = s;
  if (t.endsWith(' and a half')) { half = 0.5; t = t.slice(0, -' and a half'.length); }
  let total = 0;
  let cur = 0;
  for (const w of t.split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w in SCALES) { cur = (cur || 1) * SCALES[w]!; if (SCALES[w]! >= 1000) { total += cur; cur = 0; } continue; }
    const v = SMALL_NUMBERS[w];
    if (v === undefined) return null;
    cur += v;
  }
  return total + cur + half;
}

/** Duration unit words -> TIMEX3 duration designator and calendar shift unit. */
export interface UnitInfo {
  /** TIMEX3 designator: Y, M, W, D, Q, H (time), MIN (time minutes), S (time seconds), DE, CE. */
  code: string;
  /** Time units are written after a "T" in TIMEX3 durations. */
  time: boolean;
  shift: ShiftUnit | null;
  /** Multiplier applied when a decade/century is written in years ("two decades" -> P20Y). */
  years?: number;
}
export const UNITS: Record<string, UnitInfo> = {
  second: { code: 'S', time: true, shift: null },
  minute: { code: 'M', time: true, shift: null },
  hour: { code: 'H', time: true, shift: null },
  day: { code: 'D', time: false, shift: 'day' },
  night: { code: 'D', time: false, shift: 'day' },
  week: { code: 'W', time: false, shift: 'week' },
  weekend: { code: 'WE', time: false, shift: 'week' },
  fortnight: { code: 'W', time: false, shift: 'week' },
  month: { code: 'M', time: false, shift: 'month' },
  quarter: { code: 'Q', time: false, shift: 'quarter' },
  year: { code: 'Y', time: false, shift: 'year' },
  decade: { code: 'Y', time: false, shift: 'decade', years: 10 },
  century: { code: 'Y', time: false, shift: 'century', years: 100 },
  millennium: { code: 'Y', time: false, shift: null, years: 1000 },
};
export const UNIT_RE = '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies)|millenni(?:um|a|ums))';

export function unitKey(raw: string): string {
  const s = raw.toLowerCase();
  if (s.startsWith('centur')) return 'century';
  if (s.startsWith('millenni')) return 'millennium';
  return s.replace(/s$/, '');
}

/** TIMEX3 designator for a vague number of a unit ("several years" -> PXY, "decades" -> PXDE). */
export function vagueCode(unit: string): string {
  if (unit === 'decade') return 'DE';
  if (unit === 'century') return 'CE';
  if (unit === 'millennium') return 'ML';
  return UNITS[unit]?.code ?? 'X';
}

/**
 * Words that show an expression refers forward in time when they govern it ("will meet on
 * Friday", "is scheduled for January"). Matched in the clause before the expression.
 */
export const FUTURE_CUE_RE = /\b(?:will|won't|shall|'ll|going to|plans? to|planned|planning|scheduled|expected to|expects? to|due to|due|set to|slated|to be held|intends? to|hopes? to|is to|are to|aims? to|upcoming|would|wants? to|until|by)\b/gi;
/** Words that show a past reading (a finite past verb between the cue and the expression). */
export const PAST_CUE_RE = /\b(?:said|was|were|had|did|ago|earlier|last|announced|reported|told|killed|died|began|started|ended|took|came|went|fell|rose|gave|made|met|left|held)\b|\b[a-z]{3,}ed\b/gi;

/**
 * Trigger classes: every parser pattern contains a word of one of its classes, so the engine
 * scans the text once for all of them (a word lookup, plus digit runs) and tries each parser only
 * near its triggers. Words are lower case, letters only (apostrophes split words: "o'clock" -> "clock").
 */
const w = (s: string) => s.split(/\s+/).filter(Boolean);
export const TRIGGER_CLASSES = {
  month: w('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'),
  weekday: w('monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays'),
  unit: w('second seconds minute minutes hour hours day days week weeks weekend weekends fortnight fortnights month months quarter quarters year years decade decades century centuries millennium millennia millenniums half halves period'),
  pod: w('morning mornings afternoon afternoons midafternoon evening evenings night nights overnight noon midday midnight clock dawn daybreak dusk nightfall'),
  relday: w('today tonight yesterday tomorrow'),
  fuzzy: w('now current currently nowadays presently present moment recent recently lately past formerly soon shortly future coming upcoming term later ahead'),
  season: w('spring summer autumn fall winter'),
  numword: w('nineteen eighteen twenty thousand twenties thirties forties fifties sixties seventies eighties nineties'),
  set: w('every each daily nightly weekly monthly yearly annually hourly quarterly biweekly fortnightly semiannually once twice thrice times'),
  holiday: w('christmas new valentine halloween boxing'),
  digit: [] as string[],
};
export type TriggerClass = keyof typeof TRIGGER_CLASSES;
