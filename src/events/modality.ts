/**
 * Modality (asserted, negated, planned, foiled, threatened, hypothetical), genericity ("a series of
 * attacks") and background cues of a trigger, read from the words of its own clause.
 */
import type { Mention } from './detect.js';
import {
  BACKGROUND_CUES, CURRENT_CUES, FOILED_BEFORE, GENERIC_BEFORE, HYPOTHETICAL_BEFORE, NEGATION_AFTER, NEGATION_BEFORE, PLANNED_BEFORE, THREAT_BEFORE,
} from './lexicon/context.js';
import { splitPhrases, type ETok } from './tokens.js';

export type Modality = 'asserted' | 'negated' | 'planned' | 'foiled' | 'threatened' | 'hypothetical';

const NEG = splitPhrases(NEGATION_BEFORE);
const NEG_AFTER = splitPhrases(NEGATION_AFTER);
const PLAN = splitPhrases([...PLANNED_BEFORE, 'demanding', 'demand', 'demanded', 'demands', 'seeking', 'sought', 'urging']);
const FOIL = splitPhrases(FOILED_BEFORE);
const THREAT = splitPhrases(THREAT_BEFORE);
const HYPO = splitPhrases(HYPOTHETICAL_BEFORE);
const GENERIC = splitPhrases(GENERIC_BEFORE.filter((x) => !['several', 'many', 'more', 'fresh', 'all', 'a number of'].includes(x)));
const TIME_LIKE = new Set(['last month', 'last year', 'last week', 'earlier this year', 'earlier this month', 'earlier in the year', 'previously', 'in the past', 'ago',
  'anniversary', 'a year after', 'months after', 'years after', 'had been', 'earlier', 'previous', 'last', 'since']);
/** Cues read anywhere near the trigger (time words) and cues that govern a trigger after them. */
const BG_TIME = splitPhrases(BACKGROUND_CUES.filter((x) => TIME_LIKE.has(x)));
const BG_GOVERNING = splitPhrases(BACKGROUND_CUES.filter((x) => !TIME_LIKE.has(x)));
const CURRENT = splitPhrases(CURRENT_CUES);

/** Tokens that end the clause a trigger's modality cues are read from. */
const CLAUSE_BREAK = new Set([',', ';', ':', 'but', 'by', 'when', 'while', 'after', 'before', 'because', 'as', 'since', 'although', 'though', 'where', 'which', 'who', '"', '“', '”', '(', ')', 'and', 'or', 'amid', 'following']);
const MONTH_BEFORE = new Set(['in', 'since', 'of', 'last', 'early', 'late', 'mid', 'until', 'by', 'from', 'during', 'next', 'this', 'on', 'till']);

function phraseIn(toks: ETok[], from: number, to: number, phrases: string[][]): string | null {
  for (let k = Math.max(0, from); k < to; k++) {
    for (const p of phrases) {
      if (k + p.length > to) continue;
      let ok = true;
      for (let q = 0; q < p.length && ok; q++) if (toks[k + q]!.lo !== p[q]) ok = false;
      if (ok) return p.join(' ');
    }
  }
  return null;
}

/** Start of the clause holding token i (exclusive bound searched backwards, at most `max` tokens). */
export function clauseStart(toks: ETok[], i: number, max = 8): number {
  let k = i - 1;
  while (k >= 0 && i - k <= max && !CLAUSE_BREAK.has(toks[k]!.lo)) k--;
  return k + 1;
}

export function modalityOf(m: Mention): { modality: Modality; cue: string | null } {
  const toks = m.sent.toks;
  const from = clauseStart(toks, m.i, 8);
  // modal verbs: "may" and "March"-like months aside
  const neg = phraseIn(toks, from, m.i, NEG);
  const outcome = m.cls === 'kill' || m.cls === 'injure';
  if (neg && !outcome) return { modality: 'negated', cue: neg };
  const negA = phraseIn(toks, m.j, Math.min(toks.length, m.j + 5), NEG_AFTER);
  if (negA) return { modality: 'negated', cue: negA };
  const foil = phraseIn(toks, from, m.i, FOIL);
  if (foil) return { modality: 'foiled', cue: foil };
  const threat = phraseIn(toks, from, m.i, THREAT);
  if (threat) return { modality: 'threatened', cue: threat };
  const plan = phraseIn(toks, from, m.i, PLAN);
  if (plan) return { modality: 'planned', cue: plan };
  const hypo = phraseIn(toks, from, m.i, HYPO);
  if (hypo) {
    if (hypo === 'may') {
      const k = toks.findIndex((t, q) => q >= from && q < m.i && t.lo === 'may');
      const t = toks[k]!;
      if (t.cap || MONTH_BEFORE.has(toks[k - 1]?.lo ?? '') || /^\d/.test(toks[k + 1]?.lo ?? '')) return { modality: 'asserted', cue: null };
    }
    if ((hypo === 'feared' || hypo === 'fear' || hypo === 'fears' || hypo === 'fearing') && outcome) return { modality: 'asserted', cue: null };
    if (hypo === 'any' && outcome) return { modality: 'asserted', cue: null };
    return { modality: 'hypothetical', cue: hypo };
  }
  return { modality: 'asserted', cue: null };
}

/** "a series of attacks", "other gunfights and bombings": a class of events, not one. */
export function isGeneric(m: Mention, prevGeneric: Mention | null): boolean {
  const toks = m.sent.toks;
  const plural = /s$/.test(m.phrase) && m.phrase !== 'clashes' || m.phrase === 'clashes';
  if (!plural) return false;
  if (prevGeneric && prevGeneric.j <= m.i && m.i - prevGeneric.j <= 2 && toks.slice(prevGeneric.j, m.i).some((t) => t.lo === 'and' || t.lo === 'or' || t.lo === ',')) return true;
  // a count before the plural makes it specific ("two blasts")
  const from = Math.max(0, m.i - 4);
  for (let k = from; k < m.i; k++) if (/^\d/.test(toks[k]!.lo) || ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twin', 'both', 'the'].includes(toks[k]!.lo)) return false;
  return phraseIn(toks, from, m.i, GENERIC) !== null;
}

/** Background cue in the trigger's sentence near the trigger, or null. */
export function backgroundCue(m: Mention): string | null {
  const toks = m.sent.toks;
  const from = Math.max(0, m.i - 12);
  const to = Math.min(toks.length, m.j + 10);
  const cur = phraseIn(toks, Math.max(0, m.i - 6), Math.min(toks.length, m.j + 3), CURRENT);
  // pluperfect: "had been killed", "had attacked"
  for (let k = Math.max(0, m.i - 3); k < m.i; k++) if (toks[k]!.lo === 'had' && !cur) return 'had';
  const gov = phraseIn(toks, Math.max(0, m.i - 7), m.i, BG_GOVERNING);
  if (gov) return gov;
  const bg = phraseIn(toks, from, to, BG_TIME);
  if (!bg) return null;
  // ongoing: "have been protesting for the previous two days", "has continued since Monday"
  const pre = toks.slice(Math.max(0, m.i - 3), m.i).map((t) => t.lo).join(' ');
  if (/\b(?:have|has) been\b|\bcontinu/.test(pre) && ['previous', 'previously', 'since', 'earlier', 'last week', 'last month'].includes(bg)) return null;
  if (cur && (bg === 'last' || bg === 'earlier' || bg === 'since')) return null;
  // "last" alone only as in "last month/year/week"; handled by the phrase list, so skip a lone "last"
  if (bg === 'last') {
    const k = toks.findIndex((t, q) => q >= from && q < to && t.lo === 'last');
    const nx = toks[k + 1]?.lo ?? '';
    if (!['month', 'year', 'week', 'summer', 'winter', 'spring', 'autumn', 'fall', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'decade'].includes(nx)) return null;
  }
  if (bg === 'since' || bg === 'earlier') {
    // "since" as a time anchor or reason is not a background cue for the trigger after it
    const k = toks.findIndex((t, q) => q >= from && q < to && t.lo === bg);
    if (k > m.i) return null;
  }
  return bg;
}

/** A governing background cue before the trigger ("accused of", "protest against the killing"), or null. */
export function governingCue(m: Mention): string | null {
  return phraseIn(m.sent.toks, Math.max(0, m.i - 7), m.i, BG_GOVERNING);
}
