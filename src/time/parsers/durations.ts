/**
 * Durations and sets: "two weeks", "the past two years", "a few hours", "the first nine months",
 * "two-year", "2 1/2 years", "for years"; sets: "every week", "each Thursday", "twice a month",
 * "$5 billion a year", "daily" (as an adverb). Ages ("34-year-old", "34 years old") are not time
 * expressions.
 */
import { MONTH_RE, QUANTITY_RE, UNITS, UNIT_RE, WEEKDAY_RE, monthNumber, parseQuantity, unitKey, vagueCode, weekdayNumber } from '../lexicon.js';
import { containing, shift } from '../calendar.js';
import type { Parser, Resolution } from '../types.js';
import { fixed, ge, gs, mk, nextWord, prevWord, rx } from './util.js';

/** TIMEX3 duration value for a quantity of a unit ("P2W", "PT3H", "P2Y6M", "PXY", "P20Y"). */
export function durationValue(q: number, unit: string): string {
  const info = UNITS[unit];
  if (!info) return 'PXX';
  if (Number.isNaN(q)) {
    const code = vagueCode(unit);
    return info.time ? `PTX${code}` : `PX${code}`;
  }
  if (info.years) q *= info.years;
  let code = info.code;
  if (code === 'WE') code = 'W';
  const whole = Math.floor(q);
  const frac = q - whole;
  if (frac === 0) return info.time ? `PT${whole}${code}` : `P${whole}${code}`;
  // Fractions into the next smaller unit: 2 1/2 years -> P2Y6M, half an hour -> PT30M, 1.5 days -> P1DT12H.
  const sub: Record<string, [string, number, boolean]> = { Y: ['M', 12, false], M: ['D', 30, false], W: ['D', 7, false], D: ['H', 24, true], H: ['M', 60, true], Q: ['M', 3, false] };
  const s = info.time ? ({ H: ['M', 60, true], M: ['S', 60, true] } as Record<string, [string, number, boolean]>)[code] : sub[code];
  if (!s) return info.time ? `PT${q}${code}` : `P${q}${code}`;
  const part = Math.round(frac * s[1]);
  const head = whole ? `${whole}${code}` : '';
  if (info.time) return `PT${head}${part}${s[0]}`;
  return s[2] ? `P${head}T${part}${s[0]}` : `P${head}${part}${s[0]}`;
}

const DUR_ADJ = '(?:first|last|past|next|coming|previous|following|final|latest|remaining|initial|entire|full|whole|same|additional|further|another|other|year-earlier|year-ago|year-before|prior|preceding|succeeding|subsequent)';

/** "twice a year", "three times a week": a frequency of events, a SET. */
const FREQUENCY_BEFORE = /\b(?:times|twice|once|thrice)\s+$/i;
const NUM_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|hundreds|thousands|millions)';
/**
 * A quantity right before "a year" / "annually" makes it the denominator of a rate ("$5 billion a
 * year", "3% annually", "700 seats a week", "four flights a week", "358,000 a month"): a unit of
 * measure, not a time expression.
 */
export const QUANTITY_BEFORE = new RegExp(
  `(?:(?:[$£€¥#]|[A-Z]{1,2}\\$)\\s?\\d[\\d,.]*(?:\\s+(?:million|billion|trillion|bn|m))?|\\d[\\d,.]*\\s*(?:%|percent|per\\s?cent|million|billion|trillion|bn)|\\b\\d[\\d,.]*(?:\\s+[a-z]+){1,2}|\\b(?!(?:1[89]|20)\\d\\d\\b)\\d[\\d,.]*|\\b${NUM_WORD}(?:[\\s-]+${NUM_WORD})*(?:\\s+[a-z]+){1,2})\\s+$`,
  'i',
);

export const durationParser: Parser = {
  name: 'duration',
  triggers: ['unit'],
  back: 34,
  pattern: rx(`\\b(?:(the|a|an|its|their|his|her|our|this|those|these)\\s+)?(?:(${DUR_ADJ})\\s+)?(${QUANTITY_RE})(?:\\s+|-)(?:(more|additional|full|long|straight|consecutive|further|other|successive)\\s+)?(${UNIT_RE})(?![\\w])(\\s+and\\s+a\\s+half(?![\\w-]))?(-long)?`),
  extract(m, text) {
    const det = m[1]?.toLowerCase() ?? null;
    const adj = m[2]?.toLowerCase() ?? null;
    const qRaw = m[3]!;
    const unitRaw = m[5]!;
    const unit = unitKey(unitRaw);
    const half = m[6] ? 0.5 : 0; // "a minute and a half", "a year and a half"
    const e = ge(m, 5) + (m[6]?.length ?? 0) + (m[7]?.length ?? 0);
    const after = text.slice(ge(m, 5), ge(m, 5) + 14);
    // ages: "34-year-old", "34 years old", "five years of age"; adjectives "year-earlier", "year-ago", "quarter-century"
    if (/^-old\b|^\s+old\b|^\s+of\s+age\b|^-(?:earlier|ago|end|before|to-|century|point)/i.test(after)) return null;
    // fractions: "three-quarters of", "a quarter of the market"; "a second group"
    if (unit === 'quarter' && ((/^\s+of\b/i.test(after) && /^(?:a|one|three|two)$/i.test(qRaw)) || /-\s*$/.test(text.slice(m.index, gs(m, 5))))) return null;
    if (unit === 'second' && /^(?:a|one)$/i.test(qRaw) && !/^\s+(?:later|ago|earlier|before|after)\b/i.test(after)) return null;
    // a year written as a number is not a count of units: "the 1988 quarter"
    if (/^\d{4}$/.test(qRaw)) return null;
    if (/^(?:-|\s+)(?:older|younger)\b/i.test(after)) return null;
    const qLower = qRaw.toLowerCase();
    const q0 = parseQuantity(qRaw);
    if (q0 === null) return null;
    if (half && (Number.isNaN(q0) || !Number.isInteger(q0))) return null;
    const q = q0 + half;
    if (qLower === 'a' || qLower === 'an') {
      // "twice a year" is a set; "$5 billion a year", "700 seats a week" are rates (no time expression)
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (!det && !adj && FREQUENCY_BEFORE.test(before)) return mk('duration', m.index, e, 'SET', fixed(durationValue(1, unit)));
      if (!det && !adj && QUANTITY_BEFORE.test(before)) return null;
    }
    if (qLower === 'one' && unit === 'day' && !det && !adj && /\b(?:will|would|could|might|may|can|shall|should|hopes?|hoped|dreams?|dreamed|wish(?:es|ed)?)\b[^,.;:!?]{0,24}$/i.test(text.slice(Math.max(0, m.index - 40), m.index)) && /^\s+(?!(?:of|in|on|at|to|for|or|and|later|earlier|before|after|ago)\b)[a-z]/.test(text.slice(e, e + 12))) {
      // "will one day be", "the hope he one day follows": some day in the future
      return mk('duration', m.index, e, 'DATE', fixed('FUTURE_REF', { fuzzy: true, precision: null }));
    }
    if (qLower === 'some' && !/s$/i.test(unitRaw)) return null; // "some day"
    if ((qLower === 'many' || qLower === 'several' || qLower === 'few') && !/s$/i.test(unitRaw)) return null;
    if (/^(?:one|a|an)$/.test(qLower) && /s$/i.test(unitRaw)) return null; // "a years", "one days"
    if ((det === 'this' || det === 'those' || det === 'these') && Number.isNaN(q)) return null;
    // TimeML spans keep "the" ("the past two months") but not "a", "an" or possessives before a number.
    const start = det && det !== 'the' && !/^(?:a|an|few|couple|dozen|half)\b/i.test(qRaw) ? (m[2] ? gs(m, 2) : gs(m, 3)) : m.index;
    // "two years or so" is about two years; "a year or two" a vague amount (and, after "in" in a clause
    // that does not look back, a vague future: "may, in a year or two, save lives")
    const approx = /^\s+or\s+(so|two|three|more)\b/i.exec(text.slice(e, e + 14));
    if (approx && !Number.isNaN(q)) {
      const e2 = e + approx[0].length;
      const vague = approx[1]!.toLowerCase() === 'so' ? durationValue(q, unit) : durationValue(NaN, unit);
      const inBefore = !det && !adj && /\bin\s+$/i.test(text.slice(Math.max(0, start - 4), start));
      return mk('duration', start, e2, 'DURATION', (ctx, self): Resolution => (inBefore && ctx.tense(self) !== 'past' ? { value: 'FUTURE_REF', type: 'DATE', fuzzy: true, noRef: true } : { value: vague, noRef: true }));
    }
    const value = durationValue(q, unit);
    const shiftUnit = UNITS[unit]?.shift;
    if (!det && !adj && shiftUnit && Number.isInteger(q) && /\bin\s+$/i.test(text.slice(Math.max(0, start - 4), start))) {
      // "will be redeemed in five years": a date that far ahead when the clause points forward
      const dur: Resolution = { value, noRef: true };
      return mk('duration', start, e, 'DURATION', (ctx, self): Resolution => {
        if (!ctx.anchor || !ctx.future(self)) return dur;
        const gran = shiftUnit === 'century' || shiftUnit === 'decade' ? 'year' : shiftUnit;
        return { point: shift(containing(ctx.anchor, gran), shiftUnit, q), type: 'DATE', noRef: true };
      });
    }
    return mk('duration', start, e, 'DURATION', fixed(value));
  },
};

/** Adjectival durations written as one token: "two-year", "10-hour", "five-day". */
export const adjectiveDurationParser: Parser = {
  name: 'duration-adjective',
  triggers: ['unit'],
  back: 14,
  near: /(?<=-)[a-z]/iy,
  pattern: rx(`\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)-(second|minute|hour|day|week|month|year|decade|century)\\b(?!-old)`),
  extract(m, text) {
    const q = parseQuantity(m[1]!);
    if (q === null) return null;
    if (/^-old/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
    return mk('duration-adjective', m.index, m.index + m[0].length, 'DURATION', fixed(durationValue(q, unitKey(m[2]!))));
  },
};

/** "for years", "in decades", "within hours", "days of talks": unspecified plural durations. */
export const bareUnitsParser: Parser = {
  name: 'duration-bare',
  triggers: ['unit'],
  back: 16,
  near: /[a-z]+s\b/iy,
  pattern: rx('\\b(?:for|in|within|over|after|during|took|lasted|last|lasting|spent)\\s+(?:the\\s+)?(seconds|minutes|hours|days|weeks|months|years|decades|centuries)\\b'),
  extract(m, text) {
    const word = m[1]!;
    const s = m.index + m[0].length - word.length;
    const nw = nextWord(text, m.index + m[0].length).toLowerCase();
    if (/^(?:ago|earlier|later|old|of|after|before)$/.test(nw) && nw !== 'of') return null;
    if (/^\w+\s+the\s/i.test(m[0])) {
      // "over the years", "over the decades": a vague stretch up to now; "over the days that followed",
      // "over the years of war" name a particular stretch and are left alone
      if (!/^over\s/i.test(m[0]) || !/^(?:years|decades|centuries)$/i.test(word) || /^(?:of|ahead|to|that|since|when|before|after|following|between|in|which)$/.test(nw)) return null;
      return mk('duration-bare', m.index + m[0].search(/the\s/i), m.index + m[0].length, 'DURATION', fixed(durationValue(NaN, unitKey(word))));
    }
    return mk('duration-bare', s, m.index + m[0].length, 'DURATION', fixed(durationValue(NaN, unitKey(word))));
  },
};

const SET_ADVERBS: Record<string, string> = { daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', hourly: 'PT1H', quarterly: 'P3M', biweekly: 'P2W', fortnightly: 'P2W', semiannually: 'P6M' };

/** "every week", "each year", "every two weeks", "each Thursday", "each July", "twice a month", "daily" as an adverb. */
export const setParser: Parser = {
  name: 'set',
  triggers: ['set'],
  back: 12,
  pattern: rx(`\\b(?:(every|each)\\s+(?:other\\s+)?(?:(${QUANTITY_RE})\\s+)?(${UNIT_RE}|${WEEKDAY_RE}|${MONTH_RE}|morning|afternoon|evening|night|weekend|summer|winter|spring|autumn)|(once|twice|thrice|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\\s+times)\\s+(?:a|an|per|each|every)\\s+(${UNIT_RE})|(daily|nightly|weekly|monthly|yearly|annually|hourly|quarterly|biweekly|fortnightly|semiannually))\\b`),
  extract(m, text) {
    const s = m.index, e = m.index + m[0].length;
    if (m[1]) {
      const what = m[3]!.toLowerCase().replace(/\.$/, '');
      const q = m[2] ? parseQuantity(m[2]) : 1;
      if (q === null) return null;
      const wd = weekdayNumber(what);
      if (wd) return mk('set', s, e, 'SET', fixed(`XXXX-WXX-${wd}`));
      const mo = monthNumber(what);
      if (mo && /^[A-Z]/.test(m[3]!)) return mk('set', s, e, 'SET', fixed(`XXXX-${String(mo).padStart(2, '0')}`));
      const pods: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
      if (pods[what]) return mk('set', s, e, 'SET', fixed(`XXXX-XX-XXT${pods[what]}`));
      const seasons: Record<string, string> = { summer: 'SU', winter: 'WI', spring: 'SP', autumn: 'FA' };
      if (seasons[what]) return mk('set', s, e, 'SET', fixed(`XXXX-${seasons[what]}`));
      if (what === 'weekend') return mk('set', s, e, 'SET', fixed('XXXX-WXX-WE'));
      const unit = unitKey(what);
      if (!UNITS[unit]) return null;
      return mk('set', s, e, 'SET', fixed(durationValue(Number.isNaN(q) ? 1 : q, unit)));
    }
    if (m[4]) return mk('set', s, e, 'SET', fixed(durationValue(1, unitKey(m[5]!))));
    // adverbs: not "the daily Kommersant", "a weekly magazine", "daily life"
    const word = m[6]!.toLowerCase();
    const pw = prevWord(text, s);
    if (/^(?:the|a|an|its|his|her|their|our|this|that)$/.test(pw)) return null;
    const nw = nextWord(text, e).toLowerCase();
    if (nw && !/^(?:in|on|at|and|or|for|from|to|by|since|until|with|during|as|while|when|because|but|than|basis|over|through|across|into|after|before|if|until|so|the|a|an)$/.test(nw)) return null;
    // "rise 8.5% annually", "10,000 units annually": the denominator of a rate
    if (QUANTITY_BEFORE.test(text.slice(Math.max(0, s - 40), s))) return null;
    return mk('set', s, e, 'SET', fixed(SET_ADVERBS[word]!));
  },
};

export const DURATION_PARSERS: Parser[] = [durationParser, adjectiveDurationParser, bareUnitsParser, setParser];
