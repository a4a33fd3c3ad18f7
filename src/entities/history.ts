/**
 * Prediction history, a document-level feature of the recogniser (Ratinov & Roth's "extended
 * prediction history"): how the capitalised word being tagged was tagged earlier in the same
 * document, within a window of sentences, and whether it was also seen written in lower case.
 * "Jordan" tagged PER twice before is likely PER again; "Police" seen as "police" is a common word.
 * Training (./train.ts) and tagging (./model.ts) feed it the same way: the predicted type of
 * every token, left to right, one sentence at a time.
 */

/** Sentences of history kept (news articles run 15 to 40 sentences). */
export const HISTORY_WINDOW = 20;

function isUpperStart(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(w));
}
function isLowerStart(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c > 127 && /^\p{Ll}/u.test(w));
}

export class PredictionHistory {
  /**
   * lower-case word -> per type (index into `types`) the count of its capitalised mentions in the
   * window, then (last slot) the count of its mentions written in lower case. One plain array per
   * word, so that recording and the two look-ups of the tagger each cost one map access; a word
   * whose counts are all back to zero reads as absent.
   */
  private readonly counts = new Map<string, number[]>();
  /** Per sentence in the window, the words recorded and their slot (a type, or `types.length` for lower case). */
  private readonly past: Array<{ words: string[]; slots: number[] }> = [];
  private current: { words: string[]; slots: number[] } = { words: [], slots: [] };

  /** `types`: 'O' then the entity types ("PER", "ORG", ...). */
  constructor(readonly types: string[], readonly window = HISTORY_WINDOW) {}

  /** The type most often given to earlier capitalised mentions of `w` (half of them at least), or -1. */
  majority(w: string): number {
    return this.majorityOf(w.toLowerCase());
  }

  /** As majority(), for a word already in lower case. */
  majorityOf(low: string): number {
    const c = this.counts.get(low);
    if (!c) return -1;
    let best = -1, n = 0, total = 0;
    for (let t = 0; t < this.types.length; t++) { total += c[t]!; if (c[t]! > n) { n = c[t]!; best = t; } }
    return total && n * 2 >= total ? best : -1;
  }

  seenLower(w: string): boolean {
    return this.seenLowerOf(w.toLowerCase());
  }

  /** As seenLower(), for a word already in lower case. */
  seenLowerOf(low: string): boolean {
    const c = this.counts.get(low);
    return !!c && c[this.types.length]! > 0;
  }

  /** Feature names for word `w` (string form, for training and tests). */
  features(w: string): string[] {
    if (!isUpperStart(w)) return [];
    const f: string[] = [];
    const m = this.majority(w);
    if (m >= 0) f.push(`H=${this.types[m]}`);
    if (this.seenLower(w)) f.push('HL');
    return f;
  }

  /** Record the predicted type (index into `types`) of a token of the current sentence. */
  record(w: string, type: number): void {
    this.recordOf(w.toLowerCase(), isUpperStart(w), isLowerStart(w), type);
  }

  /** As record(), with the word in lower case and how it starts. */
  recordOf(k: string, upperStart: boolean, lowerStart: boolean, type: number): void {
    if (!upperStart && !lowerStart) return;
    const slot = upperStart ? type : this.types.length;
    let c = this.counts.get(k);
    if (!c) this.counts.set(k, (c = new Array<number>(this.types.length + 1).fill(0)));
    c[slot]!++;
    this.current.words.push(k);
    this.current.slots.push(slot);
  }

  endSentence(): void {
    this.past.push(this.current);
    this.current = { words: [], slots: [] };
    while (this.past.length > this.window) {
      const { words, slots } = this.past.shift()!;
      for (let i = 0; i < words.length; i++) this.counts.get(words[i]!)![slots[i]!]!--;
    }
  }
}

/** The type of a tag ("B-PER" -> "PER", "O" -> "O"). */
export function tagType(tag: string): string {
  return tag === 'O' ? 'O' : tag.slice(2);
}

/** History types for a tag set: "O", then the entity types in tag order. */
export function historyTypes(tags: string[]): string[] {
  const out = ['O'];
  for (const t of tags) { const x = tagType(t); if (!out.includes(x)) out.push(x); }
  return out;
}
