/** Parse publication times in the many shapes news uses into ISO 8601 with an offset. */
import type { Published, PublishedMethod } from '../types.js';

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };

const TZ: Record<string, string> = {
  UTC: '+00:00', GMT: '+00:00', Z: '+00:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00', EET: '+02:00', EEST: '+03:00', MSK: '+03:00',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00', IST: '+05:30', JST: '+09:00', AEST: '+10:00', AEDT: '+11:00',
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function valid(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  if (y < 1800 || y > 2200 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return false;
  const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= dim;
}

function offsetOf(tz: string | undefined): string | null {
  if (!tz) return null;
  const t = tz.trim().toUpperCase();
  if (TZ[t]) return TZ[t]!;
  const m = /^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$/.exec(t);
  if (m) return `${m[1]}${pad(+m[2]!)}:${m[3] ?? '00'}`;
  return null;
}

function make(raw: string, method: PublishedMethod, y: number, mo: number, d: number, h: number | null, mi: number | null, s: number | null, tz: string | null): Published | null {
  if (!valid(y, mo, d, h ?? 0, mi ?? 0, s ?? 0)) return null;
  const off = tz ?? '+00:00';
  const iso = `${y}-${pad(mo)}-${pad(d)}T${pad(h ?? 0)}:${pad(mi ?? 0)}:${pad(s ?? 0)}${off}`;
  return { iso, method, raw, timezone_assumed: tz === null, precision: h === null ? 'day' : s === null ? 'minute' : 'second' };
}

/**
 * Parse a publication time. Accepts ISO 8601 (with or without zone, "T" or space), RFC 2822
 * ("Sun, 04 Dec 2011 06:08:00 GMT"), "Dec 04, 2011 6:08 AM", "4 December 2011", epoch seconds/ms.
 * Returns null when the string is not a date.
 */
export function parsePublished(raw: string, method: PublishedMethod): Published | null {
  const s = raw.trim();
  if (!s) return null;
  let m: RegExpExecArray | null;
  // ISO 8601
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4})?)?$/i.exec(s))) {
    const [, y, mo, d, h, mi, se, tz] = m;
    return make(raw, method, +y!, +mo!, +d!, h ? +h : null, mi ? +mi : null, se ? +se : null, offsetOf(tz));
  }
  // epoch
  if (/^\d{9,13}$/.test(s)) {
    const n = Number(s);
    const dt = new Date(s.length > 11 ? n : n * 1000);
    return make(raw, method, dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate(), dt.getUTCHours(), dt.getUTCMinutes(), dt.getUTCSeconds(), '+00:00');
  }
  // Month-name forms: "Sun, 04 Dec 2011 06:08:00 GMT", "Dec 04, 2011 6:08 AM", "December 4, 2011", "4 December 2011 18:30 EST"
  const mon = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
  const time = '(?:,?\\s+(?:at\\s+)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?)?(?:\\s*\\(?((?:UTC|GMT)?[+-]\\d{1,2}:?\\d{0,2}|[A-Z]{1,4})\\)?)?';
  const wd = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
  const res: Array<[RegExp, (m: RegExpExecArray) => [number, number, number, number]]> = [
    [new RegExp(`^${wd}${mon}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${time}$`, 'i'), (m) => [+m[3]!, MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, +m[2]!, 4]],
    [new RegExp(`^${wd}(\\d{1,2})(?:st|nd|rd|th)?\\s+${mon},?\\s+(\\d{4})${time}$`, 'i'), (m) => [+m[3]!, MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, +m[1]!, 4]],
  ];
  for (const [re, pick] of res) {
    if ((m = re.exec(s))) {
      const [y, mo, d, i] = pick(m);
      let h = m[i] ? +m[i]! : null;
      const mi = m[i + 1] ? +m[i + 1]! : null;
      const se = m[i + 2] ? +m[i + 2]! : null;
      const ap = m[i + 3]?.toLowerCase().replace(/\./g, '');
      if (h !== null && ap) { if (h > 12) return null; if (ap === 'pm' && h < 12) h += 12; if (ap === 'am' && h === 12) h = 0; }
      const tz = offsetOf(m[i + 4]);
      if (m[i + 4] && !tz) return null;
      return make(raw, method, y, mo, d, h, h === null ? null : mi, se, tz);
    }
  }
  return null;
}
