/**
 * Internal shapes of the time stage (chrono-node style): parsers turn regex matches into
 * candidates; refiners take the candidate list and return a better one; the resolve refiner
 * turns each candidate's `resolve` into a TIMEX3 value and an interval.
 */
import type { PartOfDay, Point } from './calendar.js';
import type { DatePrecision, Timex } from '../types.js';
import type { TriggerClass } from './lexicon.js';

export type TimexType = Timex['type'];

/** What a candidate resolves to. Either a calendar point or a fixed value (durations, sets, refs). */
export interface Resolution {
  /** Calendar point; `yearKnown: false` when the year could not be fixed (no anchor). */
  point?: Point | null;
  yearKnown?: boolean;
  /** A value given directly (durations "P2W", sets, "PAST_REF", unresolved "XXXX-WXX-6"). */
  value?: string;
  precision?: DatePrecision | null;
  fuzzy?: boolean;
  /** Interval overrides in day numbers ("earlier this year" ends at the anchor). */
  startDays?: number;
  endDays?: number;
  /** False when this expression must not become the reference for later relative ones. */
  noRef?: boolean;
  /** Type decided at resolution ("in five years" in a forward-looking clause is a DATE). */
  type?: TimexType;
}

/** State shared by resolvers while walking the document in order. */
export interface ResolveContext {
  text: string;
  /** Publication day (and time when given), null when unknown. */
  anchor: Point | null;
  anchorDays: number | null;
  /** Last resolved day (or finer) expression, else null. */
  lastDay: Point | null;
  /** Last resolved calendar expression of any granularity. */
  lastRef: Point | null;
  /** Last resolved quarter (financial reporting context). */
  lastQuarter: Point | null;
  /** True when the clause governing the candidate points to the future ("will", "scheduled"). */
  future(c: Candidate): boolean;
  /** Tense of that clause: 'future', 'past', 'near' (a deadline in a past clause: the nearest occurrence), or null when it has no cue. */
  tense(c: Candidate): 'future' | 'past' | 'near' | null;
}

export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  /** Name of the parser that found it (for debugging and tests). */
  parser: string;
  /** Resolves the candidate in context; returning null drops it. */
  resolve(ctx: ResolveContext): Resolution | null;
  /** TIMEX3 mod (START, END, MID, APPROX, BEFORE, AFTER, ON_OR_AFTER, LESS_THAN, MORE_THAN...). */
  mod?: string | null;
  /** What the merge refiner may combine it with. */
  role?: 'date' | 'weekday' | 'clock' | 'year' | 'day-number' | 'other';
  /** Clock time carried by `clock` candidates. */
  clock?: { hour: number; minute: number };
  /** Part of day carried by a part-of-day candidate ("dawn", "the morning"), to join a following date. */
  pod?: PartOfDay;
  /** Index shared by the two ends of a range ("between March 3 and 5"). */
  rangeId?: number;
  /** Month or season named without a year, so a following year can complete it ("January nineteen ninety-seven"). */
  month?: number;
  season?: string;
}

export interface Parser {
  name: string;
  /** Global, case-insensitive pattern; compiled once. */
  pattern: RegExp;
  /**
   * Trigger word classes (lexicon TRIGGER_CLASSES) one of which every match contains, and how far
   * before a trigger a match may start. Without triggers the pattern scans the whole text.
   */
  triggers?: TriggerClass[];
  back?: number;
  /** Sticky test at the trigger position; a trigger where it fails is skipped (cheap pre-check). */
  near?: RegExp;
  extract(m: RegExpExecArray, text: string): Candidate | Candidate[] | null;
}

export interface Refiner {
  name: string;
  refine(candidates: Candidate[], text: string): Candidate[];
}

/** Options of `extractTimexes`. */
export interface TimeOptions {
  /** Parsers to use (default: all). */
  parsers?: Parser[];
  /** Refiners run before resolution (default: all). */
  refiners?: Refiner[];
}
