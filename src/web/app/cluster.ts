/** Screen-space grid clustering of map markers (pure; O(n) per view change). */

export interface Cluster {
  /** Screen position (mean of members). */
  x: number;
  y: number;
  /** Indices of the member points. */
  members: number[];
}

/**
 * Group points whose screen positions fall in the same `cell`-pixel grid square, then merge
 * clusters whose centres ended up closer than `cell / 2` across a grid line.
 * `xs`/`ys` are screen coordinates; `idx` the indices to consider (e.g. those in view).
 */
export function gridCluster(xs: ArrayLike<number>, ys: ArrayLike<number>, idx: ArrayLike<number>, cell: number): Cluster[] {
  const cells = new Map<number, { sx: number; sy: number; members: number[] }>();
  for (let j = 0; j < idx.length; j++) {
    const i = idx[j];
    const cx = Math.floor(xs[i] / cell);
    const cy = Math.floor(ys[i] / cell);
    const key = cx * 100_003 + cy;
    let c = cells.get(key);
    if (!c) {
      c = { sx: 0, sy: 0, members: [] };
      cells.set(key, c);
    }
    c.sx += xs[i];
    c.sy += ys[i];
    c.members.push(i);
  }
  const raw: Cluster[] = [...cells.values()].map((c) => ({ x: c.sx / c.members.length, y: c.sy / c.members.length, members: c.members }));
  // One merge pass for neighbours split by a grid line (spatial hash of the merged clusters, 3x3 lookup).
  const min2 = (cell / 2) ** 2;
  raw.sort((a, b) => b.members.length - a.members.length);
  const merged: Cluster[] = [];
  const hash = new Map<number, Cluster[]>();
  const keyOf = (x: number, y: number) => Math.floor(x / cell) * 100_003 + Math.floor(y / cell);
  for (const c of raw) {
    let near: Cluster | undefined;
    const gx = Math.floor(c.x / cell);
    const gy = Math.floor(c.y / cell);
    for (let dx = -1; dx <= 1 && !near; dx++) {
      for (let dy = -1; dy <= 1 && !near; dy++) {
        near = hash.get((gx + dx) * 100_003 + gy + dy)?.find((m) => (m.x - c.x) ** 2 + (m.y - c.y) ** 2 < min2);
      }
    }
    if (near) {
      const n = near.members.length;
      const k = c.members.length;
      near.x = (near.x * n + c.x * k) / (n + k);
      near.y = (near.y * n + c.y * k) / (n + k);
      for (const m of c.members) near.members.push(m);
    } else {
      const m = { x: c.x, y: c.y, members: c.members.slice() };
      merged.push(m);
      const key = keyOf(m.x, m.y);
      const list = hash.get(key);
      if (list) list.push(m);
      else hash.set(key, [m]);
    }
  }
  return merged;
}
