/** Helpers shared by the parsers. */
import type { Candidate, Resolution, ResolveContext, TimexType } from '../types.js';

/** Compile a parser pattern once: global, case-insensitive. */
export function rx(src: string): RegExp {
  return new RegExp(src, 'gid');
}

/** Build a candidate from a match (or a sub-span of it). */
export function mk(
  parser: string,
  start: number,
  end: number,
  type: TimexType,
  resolve: (ctx: ResolveContext, self: Candidate) => Resolution | null,
  extra: Partial<Candidate> = {},
): Candidate {
  const c: Candidate = {
    start,
    end,
    type,
    parser,
    resolve: (ctx) => resolve(ctx, c),
    ...extra,
  };
  return c;
}

/** Start offset of group `g` (patterns are compiled with the 'd' flag); -1 when it did not match. */
export function gs(m: RegExpExecArray, g: number): number {
  return m.indices?.[g]?.[0] ?? -1;
}

/** End offset of group `g`; -1 when it did not match. */
export function ge(m: RegExpExecArray, g: number): number {
  return m.indices?.[g]?.[1] ?? -1;
}

/** True when the first letter is upper case (news capitalises month and weekday names). */
export function capitalised(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** The word just before `pos` (lower-cased), skipping spaces. */
export function prevWord(text: string, pos: number): string {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n')) i--;
  const end = i + 1;
  while (i >= 0 && /[A-Za-z.'’]/.test(text[i]!)) i--;
  return text.slice(i + 1, end).toLowerCase();
}

/** The word just after `pos` (as written), skipping spaces; '' at punctuation or end. */
export function nextWord(text: string, pos: number): string {
  let i = pos;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  const start = i;
  while (i < text.length && /[A-Za-z'’-]/.test(text[i]!)) i++;
  return text.slice(start, i);
}

/** Fixed-value resolution (durations, sets, refs). */
export function fixed(value: string, extra: Partial<Resolution> = {}): () => Resolution {
  const r: Resolution = { value, noRef: true, ...extra };
  return () => r;
}
