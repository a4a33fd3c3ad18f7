/**
 * A read-only map from non-negative int32 keys to int32 values, built once: open addressing with
 * linear probing over two typed arrays. The recogniser looks up five word-pair and shape rows for
 * every token it tags; a Map<number, number> costs several times more per look-up (hashing through
 * the generic path, a pointer chase per probe), this costs a multiply, a shift and one or two
 * probes in a table at most half full.
 */
export class IntTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  readonly size: number;

  constructor(entries: Map<number, number>) {
    let bits = 4;
    while (1 << bits < entries.size * 2) bits++;
    const cap = 1 << bits;
    this.keys = new Int32Array(cap).fill(-1);
    this.values = new Int32Array(cap);
    this.shift = 32 - bits;
    this.mask = cap - 1;
    this.size = entries.size;
    for (const [k, v] of entries) {
      if (!Number.isInteger(k) || k < 0 || k > 0x7fffffff) throw new RangeError(`IntTable key out of range: ${k}`);
      let i = this.slot(k);
      while (this.keys[i] !== -1 && this.keys[i] !== k) i = (i + 1) & this.mask;
      this.keys[i] = k;
      this.values[i] = v;
    }
  }

  /** Fibonacci hashing: the top bits of key * 2^32/phi. */
  private slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The value of `key`, or -1 when absent. */
  get(key: number): number {
    const keys = this.keys;
    for (let i = this.slot(key); ; i = (i + 1) & this.mask) {
      const k = keys[i]!;
      if (k === key) return this.values[i]!;
      if (k === -1) return -1;
    }
  }
}
