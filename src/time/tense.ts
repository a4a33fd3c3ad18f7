/**
 * Does the clause around an expression point forward in time? Used to read a bare weekday or
 * month as the next occurrence instead of the last one ("will meet on Friday", "elections
 * scheduled for January"). The nearest cue before the expression in its sentence decides; with
 * none before, the nearest after it. The default (no cue) is the past: news reports what happened.
 */

const FUTURE = /\b(?:will|won['’]t|shall|going\s+to|plans?\s+to|planning\s+to|scheduled|expected\s+to|expects?\s+to|(?:is|are|was|were)\s+due|set\s+(?:to|for)|slated|intends?\s+to|hopes?\s+to|is\s+to|are\s+to|aims?\s+to|upcoming|would|wants?\s+to|likely\s+to|to\s+be\s+[a-z]+ed|payable|effective|(?:by|until|till|through)(?=\s+$))\b|['’]ll\b/gi;
const PAST = /\b(?:said|says|was|were|had|did|ago|earlier|last|since|told|began|took|came|went|fell|rose|gave|made|met|left|held|won|lost|saw|found|became|fled|shot|hit|struck)\b|\b[a-z]{2,}ed\b/gi;
const PLUPERFECT = /\bhad\s+been\s+(?:scheduled|expected|planned|slated|due|set)\b/gi;
/**
 * -ed words that do not mark the past: plans ("scheduled", "expected"), adjectives ("armed", and
 * "un-" participles: "an unspecified date", "unidentified gunmen").
 */
const NOT_PAST_ED = /^(?:scheduled|expected|planned|slated|intended|supposed|needed|required|proposed|ed|bed|red|shed|hundred|based|united|limited|related|interested|concerned|involved|armed|alleged|[a-z]*eed|un(?!der|veil|cover|leash|lock|load|earth|seal|fold|furl|ravel|pack|plug|tie|mask)[a-z]+ed)$/i;

function sentenceStart(text: string, pos: number, max: number): number {
  const lo = Math.max(0, pos - max);
  for (let i = pos - 1; i > lo; i--) {
    const ch = text[i]!;
    if (ch === '\n') return i + 1;
    if ((ch === '.' || ch === '!' || ch === '?' || ch === ';') && /\s/.test(text[i + 1] ?? '') && !/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|No|U\.S|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Inc|Corp|Co|Ltd)$/.test(text.slice(Math.max(0, i - 5), i))) return i + 1;
  }
  return lo;
}

function sentenceEnd(text: string, pos: number, max: number): number {
  const hi = Math.min(text.length, pos + max);
  for (let i = pos; i < hi; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ((ch === '.' || ch === '!' || ch === '?' || ch === ';') && /\s|$/.test(text[i + 1] ?? ''))) return i;
  }
  return hi;
}

export type Tense = 'future' | 'past' | 'near' | null;

interface Cue {
  pos: number;
  future: boolean;
  /** "by/until/through" right before the expression: forward only when no finite past verb precedes it. */
  weak?: boolean;
  /** A verb of saying ("said", "told"): it reports, so it does not give the tense of the clause it introduces. */
  speech?: boolean;
}

const SPEECH = /^(?:said|says|told|announced|reported)$/i;

function cues(s: string, offset: number): Cue[] {
  const out: Cue[] = [];
  FUTURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FUTURE.exec(s))) out.push({ pos: offset + m.index, future: true, weak: /^(?:by|until|till|through)$/i.test(m[0]) });
  PAST.lastIndex = 0;
  while ((m = PAST.exec(s))) {
    const w = m[0];
    if (/ed$/i.test(w) && NOT_PAST_ED.test(w)) continue;
    // a participle after "be" is a passive ("will be held", "is expected"), not a past tense
    if (!/^(?:said|says|was|were|had|did|ago|earlier|last|since)$/i.test(w) && /\b(?:be|been|being|is|are|to)\s+$/i.test(s.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push({ pos: offset + m.index, future: false, speech: SPEECH.test(w) });
  }
  // "had been scheduled", "had been expected to": a plan in the past
  PLUPERFECT.lastIndex = 0;
  while ((m = PLUPERFECT.exec(s))) out.push({ pos: offset + m.index + m[0].length - 1, future: false });
  return out.sort((a, b) => a.pos - b.pos);
}

/**
 * Tense of the clause around [start, end): the nearest cue before it in its sentence, else the
 * nearest after; null without cues; 'near' for a deadline in a past clause (see above).
 */
export function clauseTense(text: string, start: number, end: number): Tense {
  const s0 = sentenceStart(text, start, 160);
  const before = cues(text.slice(s0, start), s0);
  if (before.length) {
    const last = before[before.length - 1]!;
    // A deadline ("by Wednesday", "through January") is forward unless a finite past verb governs
    // it ("had filed reports by Wednesday", "extended loans through January"): then it may lie on
    // either side of the publication day, and the nearest occurrence is meant ('near').
    if (last.weak) {
      for (let i = before.length - 2; i >= 0; i--) {
        const c = before[i]!;
        if (c.weak || c.speech) continue;
        return c.future ? 'future' : 'near';
      }
      return 'future';
    }
    return last.future ? 'future' : 'past';
  }
  const e0 = sentenceEnd(text, end, 100);
  const after = cues(text.slice(end, e0), end);
  return after.length ? (after[0]!.future ? 'future' : 'past') : null;
}

/** True when the clause around [start, end) points to the future (a deadline counts as forward). */
export function pointsForward(text: string, start: number, end: number): boolean {
  const t = clauseTense(text, start, end);
  return t === 'future' || t === 'near';
}
