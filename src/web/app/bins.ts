/** Timeline binning (pure): events per day or ISO week, stacked by type. */

export type BinUnit = 'day' | 'week';

export interface Bin {
  /** First day (day number since the epoch) of the bin. */
  d: number;
  counts: Map<string, number>;
  total: number;
}

export interface Binned {
  unit: BinUnit;
  /** First day of the first bin and of the day after the last bin. */
  d0: number;
  d1: number;
  bins: Bin[];
  max: number;
  /** Events without a date (not drawn). */
  undated: number;
}

/** 1970-01-01 was a Thursday; ISO weeks start on Monday. */
export function weekStart(d: number): number {
  return d - ((d + 3) % 7 + 7) % 7;
}

/** Days for spans up to ~6 months, weeks beyond. */
export function chooseUnit(d0: number, d1: number): BinUnit {
  return d1 - d0 <= 183 ? 'day' : 'week';
}

/** Bin events by their start day. `unit` 'auto' picks by the date span. Bins cover the whole span (empty bins included). */
export function binEvents(events: ReadonlyArray<{ d0: number; type: string }>, unit: BinUnit | 'auto' = 'auto'): Binned {
  let lo = Infinity;
  let hi = -Infinity;
  let undated = 0;
  for (const e of events) {
    if (Number.isNaN(e.d0)) {
      undated++;
      continue;
    }
    if (e.d0 < lo) lo = e.d0;
    if (e.d0 > hi) hi = e.d0;
  }
  if (lo === Infinity) return { unit: unit === 'week' ? 'week' : 'day', d0: 0, d1: 0, bins: [], max: 0, undated };
  const u: BinUnit = unit === 'auto' ? chooseUnit(lo, hi) : unit;
  const step = u === 'day' ? 1 : 7;
  const first = u === 'day' ? lo : weekStart(lo);
  const n = Math.floor((hi - first) / step) + 1;
  const bins: Bin[] = Array.from({ length: n }, (_, i) => ({ d: first + i * step, counts: new Map(), total: 0 }));
  for (const e of events) {
    if (Number.isNaN(e.d0)) continue;
    const b = bins[Math.floor((e.d0 - first) / step)];
    b.counts.set(e.type, (b.counts.get(e.type) ?? 0) + 1);
    b.total++;
  }
  let max = 0;
  for (const b of bins) if (b.total > max) max = b.total;
  return { unit: u, d0: first, d1: first + n * step, bins, max, undated };
}
