/**
 * Refiners (chrono-node style): each takes the candidate list and returns a better one.
 *  - modifiers: pull "early/late/mid-/the end of" and "about/nearly/more than/at least" into the span
 *    and record the TIMEX3 mod;
 *  - merge: join a clock time with an adjacent date ("5 p.m. Nov. 9", "Saturday at 10 p.m.");
 *  - ranges: link "between March 3 and April 5" / "from X to Y";
 *  - overlaps: keep the longest candidate where candidates overlap.
 */
import type { Point } from './calendar.js';
import { withTime } from './resolve.js';
import type { Candidate, Refiner } from './types.js';

const POSITION_MOD = /(?:^|[^\w-])((?:the\s+)?(?:very\s+)?(early|late|mid|middle\s+of|end\s+of|beginning\s+of|start\s+of|turn\s+of|close\s+of|latter\s+part\s+of|early\s+part\s+of|early\s+hours\s+of|small\s+hours\s+of)(?:\s+on|\s+in)?\s+|(?:the\s+)?(mid)-\s?|(?:the\s+)?(mid)\s+)$/i;
const APPROX_MOD = /(?:^|\W)((about|around|approximately|roughly|some|nearly|almost|more\s+than|less\s+than|fewer\s+than|over|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|well\s+over|just\s+over|just\s+under|circa|sometime|some\s+time|barely|only|within)\s+)$/i;

const POSITION_CODE: Record<string, string> = { early: 'START', late: 'END', mid: 'MID', 'middle of': 'MID', 'end of': 'END', 'beginning of': 'START', 'start of': 'START', 'turn of': 'START', 'close of': 'END', 'latter part of': 'END', 'early part of': 'START', 'early hours of': 'START', 'small hours of': 'START' };
const APPROX_CODE: Record<string, string | null> = {
  about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', some: 'APPROX', circa: 'APPROX', sometime: null, 'some time': null,
  nearly: 'LESS_THAN', almost: 'LESS_THAN', 'less than': 'LESS_THAN', 'fewer than': 'LESS_THAN', under: 'LESS_THAN', 'just under': 'LESS_THAN', barely: 'LESS_THAN',
  'more than': 'MORE_THAN', over: 'MORE_THAN', 'well over': 'MORE_THAN', 'just over': 'MORE_THAN',
  'at least': 'EQUAL_OR_MORE', 'no less than': 'EQUAL_OR_MORE', 'at most': 'EQUAL_OR_LESS', 'up to': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS', only: null, within: 'EQUAL_OR_LESS',
};

export const modifierRefiner: Refiner = {
  name: 'modifiers',
  refine(cands, text) {
    for (const c of cands) {
      for (let pass = 0; pass < 2; pass++) {
        const before = text.slice(Math.max(0, c.start - 40), c.start);
        const head = text.slice(c.start, c.start + 4).toLowerCase();
        let m: RegExpExecArray | null;
        if ((c.type === 'DATE' || c.type === 'TIME') && !c.mod && (m = POSITION_MOD.exec(before))) {
          const word = (m[2] ?? m[3] ?? m[4])!.toLowerCase().replace(/\s+/g, ' ');
          // "late on Saturday", "early next year", "the end of 1990", "mid-November"
          c.start -= m[1]!.length;
          c.mod = POSITION_CODE[word] ?? null;
          continue;
        }
        if ((m = APPROX_MOD.exec(before))) {
          const word = m[2]!.toLowerCase().replace(/\s+/g, ' ');
          if (c.type === 'DATE' && !['about', 'around', 'approximately', 'roughly', 'circa', 'sometime', 'some time', 'nearly', 'almost'].includes(word)) break;
          if (c.type === 'DATE' && (word === 'nearly' || word === 'almost') && !/\b(?:ago|earlier|later)$/i.test(text.slice(c.start, c.end))) break;
          if ((word === 'over' || word === 'some' || word === 'within' || word === 'under') && head.startsWith('the')) break;
          if (word === 'only' || word === 'within') break;
          c.start -= m[1]!.length;
          if (!c.mod) c.mod = APPROX_CODE[word] ?? null;
          continue;
        }
        break;
      }
    }
    return cands;
  },
};

const DATE_TIME_GAP = /^\s*(?:,\s*)?(?:(?:on|at|of)\s+)?$/i;

function mergeClock(date: Candidate, clock: Candidate, start: number, end: number): Candidate {
  const time = clock.clock!;
  return {
    start,
    end,
    type: 'TIME',
    parser: `${date.parser}+${clock.parser}`,
    role: 'date',
    mod: date.mod ?? clock.mod ?? null,
    resolve: (ctx) => withTime(date.resolve(ctx), null, time),
  };
}

export const mergeRefiner: Refiner = {
  name: 'merge',
  refine(cands, text) {
    const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Candidate[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      const b = sorted[i + 1];
      if (b && b.start >= a.end) {
        const gap = text.slice(a.end, b.start);
        const dateRole = (c: Candidate) => c.role === 'date' || c.role === 'weekday';
        if ((a.month !== undefined || a.season !== undefined) && b.role === 'year' && /^\s*,?\s*(?:of\s+)?$/i.test(gap)) {
          // "January nineteen ninety-seven", "the winter of nineteen ninety-four"
          const { month, season } = a;
          const yearOf = b;
          out.push({
            start: a.start, end: b.end, type: 'DATE', parser: `${a.parser}+${b.parser}`, role: 'date', mod: a.mod ?? null,
            resolve: (ctx) => {
              const r = yearOf.resolve(ctx);
              if (!r?.point) return r;
              return { point: month !== undefined ? { gran: 'month', year: r.point.year, month } : { gran: 'season', year: r.point.year, season: season as Point['season'] } };
            },
          });
          i++;
          continue;
        }
        if (a.pod && dateRole(b) && b.type !== 'SET' && /^\s+(?:on|of)\s+$/i.test(gap)) {
          // "dawn on Monday", "the morning of Dec. 3"
          const pod = a.pod;
          const date = b;
          out.push({ start: a.start, end: b.end, type: 'TIME', parser: `${a.parser}+${b.parser}`, role: 'date', mod: b.mod ?? null, resolve: (ctx) => withTime(date.resolve(ctx), pod) });
          i++;
          continue;
        }
        if (gap.length <= 6 && DATE_TIME_GAP.test(gap)) {
          if (a.role === 'clock' && dateRole(b) && b.type !== 'SET') { out.push(mergeClock(b, a, a.start, b.end)); i++; continue; }
          if (b.role === 'clock' && dateRole(a) && a.type !== 'SET' && !/,/.test(gap)) { out.push(mergeClock(a, b, a.start, b.end)); i++; continue; }
        }
      }
      out.push(a);
    }
    return out;
  },
};

let rangeIds = 1_000_000;

/** "between March 3 and April 5", "from Monday to Wednesday", "from 2009 to 2011": link both ends. */
export const rangeRefiner: Refiner = {
  name: 'ranges',
  refine(cands, text) {
    const sorted = [...cands].sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const a = sorted[i]!;
      const b = sorted[i + 1]!;
      if (a.rangeId !== undefined || b.start < a.end || a.type === 'DURATION' || b.type === 'DURATION' || a.type === 'SET' || b.type === 'SET') continue;
      const gap = text.slice(a.end, b.start);
      const before = text.slice(Math.max(0, a.start - 9), a.start).toLowerCase();
      if ((/\bbetween\s+$/.test(before) && /^\s+and\s+$/i.test(gap)) || (/\bfrom\s+$/.test(before) && /^\s*(?:to|until|till|through|-|–)\s*$/i.test(gap)) || /^\s*[-–]\s*$/.test(gap)) {
        const id = ++rangeIds;
        a.rangeId = id;
        b.rangeId = id;
        i++;
      }
    }
    return cands;
  },
};

export const overlapRefiner: Refiner = {
  name: 'overlaps',
  refine(cands) {
    const order = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: Candidate[] = [];
    for (const c of order) {
      if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};

/** Default refiner chain, in order. */
export const REFINERS: Refiner[] = [overlapRefiner, modifierRefiner, mergeRefiner, rangeRefiner, overlapRefiner];
