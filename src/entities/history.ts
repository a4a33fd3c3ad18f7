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
  /** lower-case word -> counts per type (index into `types`) of its capitalised mentions */
  private readonly counts = new Map<string, Int32Array>();
  /** lower-case word -> mentions written in lower case */
  private readonly lower = new Map<string, number>();
  private readonly past: Array<Array<[string, number]>> = [];
  private current: Array<[string, number]> = [];

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
    for (let t = 0; t < c.length; t++) { total += c[t]!; if (c[t]! > n) { n = c[t]!; best = t; } }
    return total && n * 2 >= total ? best : -1;
  }

  seenLower(w: string): boolean {
    return this.lower.has(w.toLowerCase());
  }

  /** As seenLower(), for a word already in lower case. */
  seenLowerOf(low: string): boolean {
    return this.lower.has(low);
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
    if (upperStart) {
      let c = this.counts.get(k);
      if (!c) this.counts.set(k, (c = new Int32Array(this.types.length)));
      c[type]!++;
      this.current.push([k, type]);
    } else if (lowerStart) {
      this.lower.set(k, (this.lower.get(k) ?? 0) + 1);
      this.current.push([k, -1]);
    }
  }

  endSentence(): void {
    this.past.push(this.current);
    this.current = [];
    while (this.past.length > this.window) {
      for (const [k, t] of this.past.shift()!) {
        if (t < 0) {
          const n = (this.lower.get(k) ?? 1) - 1;
          if (n > 0) this.lower.set(k, n); else this.lower.delete(k);
        } else {
          const c = this.counts.get(k)!;
          c[t]!--;
          if (c.every((x) => x === 0)) this.counts.delete(k);
        }
      }
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
