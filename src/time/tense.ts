/**
 * Does the clause around an expression point forward in time? Used to read a bare weekday or
 * month as the next occurrence instead of the last one ("will meet on Friday", "elections
 * scheduled for January"). The nearest cue before the expression in its sentence decides; with
 * none before, the nearest after it. The default (no cue) is the past: news reports what happened.
 */

const FUTURE = /\b(?:will|won['’]t|shall|going\s+to|plans?\s+to|planning\s+to|scheduled|expected\s+to|expects?\s+to|(?:is|are|was|were)\s+due|set\s+(?:to|for)|slated|intends?\s+to|hopes?\s+to|is\s+to|are\s+to|aims?\s+to|upcoming|would|wants?\s+to|likely\s+to|to\s+be\s+[a-z]+ed|payable|effective|(?:by|until|till|through)(?=\s+$))\b|['’]ll\b/gi;
const PAST = /\b(?:said|says|was|were|had|did|ago|earlier|last|since|told|began|took|came|went|fell|rose|gave|made|met|left|held|won|lost|saw|found|became|fled|shot|hit|struck)\b|\b[a-z]{2,}ed\b/gi;
const PLUPERFECT = /\bhad\s+been\s+(?:scheduled|expected|planned|slated|due|set)\b/gi;
/** -ed words that do not mark the past ("scheduled", "expected") or follow "be" (a passive: "will be held"). */
const NOT_PAST_ED = /^(?:scheduled|expected|planned|slated|intended|supposed|needed|required|proposed|ed|bed|red|shed|hundred|based|united|limited|related|interested|concerned|involved|armed|alleged|[a-z]*eed)$/i;

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

interface Cue {
  pos: number;
  future: boolean;
}

function cues(s: string, offset: number): Cue[] {
  const out: Cue[] = [];
  FUTURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FUTURE.exec(s))) out.push({ pos: offset + m.index, future: true });
  PAST.lastIndex = 0;
  while ((m = PAST.exec(s))) {
    const w = m[0];
    if (/ed$/i.test(w) && NOT_PAST_ED.test(w)) continue;
    // a participle after "be" is a passive ("will be held", "is expected"), not a past tense
    if (!/^(?:said|says|was|were|had|did|ago|earlier|last|since)$/i.test(w) && /\b(?:be|been|being|is|are|to)\s+$/i.test(s.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push({ pos: offset + m.index, future: false });
  }
  // "had been scheduled", "had been expected to": a plan in the past
  PLUPERFECT.lastIndex = 0;
  while ((m = PLUPERFECT.exec(s))) out.push({ pos: offset + m.index + m[0].length - 1, future: false });
  return out.sort((a, b) => a.pos - b.pos);
}

/** Tense of the clause around [start, end): the nearest cue before it in its sentence, else the nearest after; null without cues. */
export function clauseTense(text: string, start: number, end: number): 'future' | 'past' | null {
  const s0 = sentenceStart(text, start, 160);
  const before = cues(text.slice(s0, start), s0);
  if (before.length) return before[before.length - 1]!.future ? 'future' : 'past';
  const e0 = sentenceEnd(text, end, 100);
  const after = cues(text.slice(end, e0), end);
  return after.length ? (after[0]!.future ? 'future' : 'past') : null;
}

/** True when the clause around [start, end) points to the future. */
export function pointsForward(text: string, start: number, end: number): boolean {
  return clauseTense(text, start, end) === 'future';
}
