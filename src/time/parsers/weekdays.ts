/**
 * Weekdays: "Saturday", "last Friday", "next Tuesday", "Saturday night", "on Tuesdays" (a set).
 * A bare weekday is the most recent one up to the publication day, unless the clause points
 * forward (see resolve.weekday).
 */
import { PARTS_OF_DAY, POD_RE, WEEKDAY_RE, weekdayNumber } from '../lexicon.js';
import { dayPoint, toDays, weekdayOf } from '../calendar.js';
import { unresolved, weekday, withTime } from '../resolve.js';
import type { Parser } from '../types.js';
import { capitalised, gs, mk, nextWord, rx } from './util.js';

/** Capitalised words before a weekday that make it a name ("Bloody Sunday", "Super Tuesday"). */
const NAME_BEFORE = /^(?:bloody|black|good|holy|ash|palm|easter|super|cyber|maundy|great|shrove|fat|white|blue|mad|manic|casual|whit|low|passion|saint|st\.)$/i;
/** Capitalised words after a weekday that make it a newspaper or a name ("Sunday Times"). */
const NAME_AFTER = /^(?:times|telegraph|express|mirror|herald|post|mail|tribune|independent|observer|sport|people|star|world|business|standard|review|edition|magazine|club|school|league|market)$/i;

export const weekdayParser: Parser = {
  name: 'weekday',
  triggers: ['weekday'],
  back: 18,
  pattern: rx(`\\b(?:(last|this|next|coming|past|each|every|this\\s+past|the\\s+(?:previous|preceding|following|next))\\s+)?(${WEEKDAY_RE})(?:\\s+(${POD_RE}s?))?\\b`),
  extract(m, text) {
    const word = m[2]!;
    if (!capitalised(word)) return null;
    const ws = gs(m, 2);
    const before = text.slice(Math.max(0, (m[1] ? m.index : ws) - 30), m[1] ? m.index : ws);
    const prevCap = /([A-Z][a-z]+\.?)\s+$/.exec(before);
    if (prevCap && NAME_BEFORE.test(prevCap[1]!)) return null;
    const wEnd = ws + word.length;
    if (!m[3]) {
      const nw = nextWord(text, wEnd);
      if (nw && capitalised(nw) && NAME_AFTER.test(nw)) return null;
    }
    const wd = weekdayNumber(word)!;
    const relRaw = m[1]?.toLowerCase().replace(/\s+/g, ' ') ?? 'bare';
    const rel = (relRaw === 'this past' ? 'last' : relRaw) as 'bare' | 'last' | 'this' | 'next' | 'coming' | 'past' | 'each' | 'every' | 'the previous' | 'the preceding' | 'the following' | 'the next';
    const podWord = m[3]?.toLowerCase().replace(/s$/, '').replace(/\s+/g, ' ') ?? null;
    const pod = podWord ? PARTS_OF_DAY[podWord] ?? null : null;
    const plural = /s$/i.test(word) || (podWord !== null && /s$/i.test(m[3]!));
    const end = m.index + m[0].length;
    if (rel === 'each' || rel === 'every' || (plural && rel === 'bare' && !/^(?:'|’)/.test(text.slice(wEnd, wEnd + 1)))) {
      const value = `XXXX-WXX-${wd}${pod ? `T${pod}` : ''}`;
      return mk('weekday', m.index, end, 'SET', () => ({ value, noRef: true }));
    }
    if (rel.startsWith('the ')) {
      // "the previous Friday", "the following Monday": relative to the last resolved day.
      const dir = rel === 'the previous' || rel === 'the preceding' ? -1 : 1;
      return mk('weekday', m.index, end, pod ? 'TIME' : 'DATE', (ctx) => {
        const b = ctx.lastDay ?? ctx.anchor;
        if (!b || !b.month) return unresolved('day', `XXXX-WXX-${wd}`);
        const bd = toDays(b.year, b.month, b.day!);
        const bwd = weekdayOf(bd);
        const d = dir < 0 ? bd - (((bwd - wd + 7) % 7) || 7) : bd + (((wd - bwd + 7) % 7) || 7);
        return withTime({ point: dayPoint(d) }, pod);
      }, { role: 'weekday' });
    }
    return mk('weekday', m.index, end, pod ? 'TIME' : 'DATE', (ctx, self) => withTime(weekday(ctx, self, wd, rel as 'bare'), pod), { role: 'weekday' });
  },
};

export const WEEKDAY_PARSERS: Parser[] = [weekdayParser];
