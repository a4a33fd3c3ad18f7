/**
 * Clock times: "5 p.m.", "10:30 a.m. EST", "1400 GMT", "14:00 local time", "noon", "midnight",
 * "at 9:15", "six o'clock". A clock time sits on the last resolved day (or the publication day);
 * the merge refiner joins it with an adjacent date ("5 p.m. Nov. 9", "Saturday at 10 p.m.").
 */
import { SMALL_NUMBERS } from '../lexicon.js';
import { basePoint, unresolved } from '../resolve.js';
import { containing } from '../calendar.js';
import type { Candidate, Parser, Resolution, ResolveContext } from '../types.js';
import { mk, rx } from './util.js';

const ZONE = '(?:\\s*\\(?(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|IST|JST|AEST|AEDT|local\\s+time)\\)?)';

export function clockResolver(hour: number, minute: number) {
  return (ctx: ResolveContext): Resolution => {
    const b = basePoint(ctx, 'ref', 'day');
    if (!b) return { ...unresolved('day', `XXXX-XX-XXT${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`) };
    const d = containing(b, 'day');
    return { point: { ...d, gran: 'time', hour, minute }, noRef: true };
  };
}

function clockCandidate(name: string, start: number, end: number, hour: number, minute: number): Candidate {
  return mk(name, start, end, 'TIME', clockResolver(hour, minute), { role: 'clock', clock: { hour, minute } });
}

/** "5 p.m.", "5:30pm", "10 a.m. EST", "7.15 p.m.". */
export const ampmParser: Parser = {
  name: 'clock-ampm',
  triggers: ['digit'],
  back: 0,
  near: /\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m/iy,
  pattern: rx(`(?<![\\w.,$:])(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am\\b|pm\\b)${ZONE}?`),
  extract(m) {
    let h = +m[1]!;
    const mi = m[2] ? +m[2] : 0;
    if (h < 1 || h > 12 || mi > 59) return null;
    const pm = /^p/i.test(m[3]!);
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
    return clockCandidate('clock-ampm', m.index, m.index + m[0].length, h, mi);
  },
};

/** "1400 GMT", "14:00 local time", "0800 hours", "at 21:30". */
export const clock24Parser: Parser = {
  name: 'clock-24h',
  triggers: ['digit'],
  back: 8,
  near: /(?:\d{1,2}:\d\d|\d{2}[:.]?\d\d\s*\(?(?:[A-Z]{3,4}|local|hours|hrs|h)\b)/iy,
  pattern: rx(`(?<![\\w.,$:])(?:(?:(at|around|about|by|until|from|before|after)\\s+)((?:[01]?\\d|2[0-3]):[0-5]\\d)(?![\\d%]|[.,:]\\d)|((?:[01]\\d|2[0-3])[:.]?[0-5]\\d)(?=${ZONE}|\\s*(?:hours|hrs|h)\\b)${ZONE}?(?:\\s*(?:hours|hrs|h)\\b)?)`),
  extract(m) {
    const raw = (m[2] ?? m[3])!;
    const digits = raw.replace(/[:.]/, '');
    const h = +digits.slice(0, digits.length - 2);
    const mi = +digits.slice(-2);
    if (h > 23 || mi > 59) return null;
    const start = m[2] ? m.index + m[0].indexOf(m[2]) : m.index;
    return clockCandidate('clock-24h', start, m.index + m[0].length, h, mi);
  },
};

const WORD_HOUR = '(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})';

/** "noon", "midnight", "midday", "six o'clock". */
export const namedTimeParser: Parser = {
  name: 'clock-named',
  triggers: ['pod'],
  back: 12,
  pattern: rx(`\\b(?:(noon|midday|midnight)|${WORD_HOUR}\\s+o['’]clock(?:\\s+(in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night))?)\\b`),
  extract(m) {
    if (m[1]) {
      const w = m[1].toLowerCase();
      const h = w === 'midnight' ? 24 : 12;
      return clockCandidate('clock-named', m.index, m.index + m[0].length, h, 0);
    }
    let h = SMALL_NUMBERS[m[2]!.toLowerCase()] ?? +m[2]!;
    if (!(h >= 1 && h <= 12)) return null;
    const part = m[3]?.toLowerCase() ?? '';
    if (/afternoon|evening|night/.test(part) && h < 12) h += 12;
    return clockCandidate('clock-named', m.index, m.index + m[0].length, h, 0);
  },
};

export const CLOCK_PARSERS: Parser[] = [ampmParser, clock24Parser, namedTimeParser];
