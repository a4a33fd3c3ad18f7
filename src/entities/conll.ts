/**
 * CoNLL helpers: read a column file (token in column 1, tag in the last column, blank lines between
 * sentences), convert between tag schemes and spans, and score with the conlleval definition
 * (an entity counts only when its type and both boundaries match exactly).
 */

export interface ConllSentence {
  tokens: string[];
  /** Gold tags from the last column (IOB1 or IOB2), or [] when the file has one column. */
  tags: string[];
  /** The original lines, for writing the file back with an extra column. */
  lines: string[];
}

export function parseConll(content: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [], lines: [] };
  for (const raw of content.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [], lines: [] };
      continue;
    }
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') continue;
    cur.tokens.push(cols[0]!);
    if (cols.length > 1) cur.tags.push(cols[cols.length - 1]!);
    cur.lines.push(line);
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

export interface TypedSpan {
  /** Token range [start, end). */
  start: number;
  end: number;
  type: string;
}

/** Entity spans from IOB1, IOB2, BIOES or BILOU tags (conlleval's chunk rules). */
export function tagsToSpans(tags: string[]): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let start = -1;
  let type = '';
  const close = (i: number): void => {
    if (start >= 0) spans.push({ start, end: i, type });
    start = -1;
    type = '';
  };
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const dash = tag.indexOf('-');
    const p = dash < 0 ? tag : tag.slice(0, dash);
    const t = dash < 0 ? '' : tag.slice(dash + 1);
    if (p === 'O' || !t) { close(i); continue; }
    const begins = p === 'B' || p === 'U' || p === 'S' || start < 0 || t !== type;
    if (begins) { close(i); start = i; type = t; }
    if (p === 'L' || p === 'E' || p === 'U' || p === 'S') close(i + 1);
  }
  close(tags.length);
  return spans;
}

/** IOB2 tags for spans over n tokens. */
export function spansToIob2(spans: TypedSpan[], n: number): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const s of spans) for (let i = s.start; i < s.end; i++) tags[i] = (i === s.start ? 'B-' : 'I-') + s.type;
  return tags;
}

/** BILOU tags for spans over n tokens. */
export function spansToBilou(spans: TypedSpan[], n: number): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const s of spans) {
    if (s.end - s.start === 1) { tags[s.start] = 'U-' + s.type; continue; }
    for (let i = s.start; i < s.end; i++) tags[i] = (i === s.start ? 'B-' : i === s.end - 1 ? 'L-' : 'I-') + s.type;
  }
  return tags;
}

export interface PRF { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Accumulates conlleval counts over sentences. */
export class ConllScorer {
  private counts = new Map<string, { tp: number; fp: number; fn: number }>();
  /** Only these types are scored (others are ignored on both sides); all when undefined. */
  constructor(private readonly types?: Set<string>) {}

  add(gold: TypedSpan[], pred: TypedSpan[]): void {
    const keep = (s: TypedSpan): boolean => !this.types || this.types.has(s.type);
    const g = gold.filter(keep);
    const p = pred.filter(keep);
    const key = (s: TypedSpan): string => `${s.start}:${s.end}:${s.type}`;
    const gs = new Set(g.map(key));
    const ps = new Set(p.map(key));
    const c = (t: string): { tp: number; fp: number; fn: number } => {
      let x = this.counts.get(t);
      if (!x) this.counts.set(t, (x = { tp: 0, fp: 0, fn: 0 }));
      return x;
    };
    for (const s of p) { if (gs.has(key(s))) c(s.type).tp++; else c(s.type).fp++; }
    for (const s of g) if (!ps.has(key(s))) c(s.type).fn++;
  }

  byType(): Record<string, PRF> {
    const out: Record<string, PRF> = {};
    for (const [t, x] of [...this.counts].sort()) out[t] = prf(x.tp, x.fp, x.fn);
    return out;
  }

  overall(): PRF {
    let tp = 0, fp = 0, fn = 0;
    for (const x of this.counts.values()) { tp += x.tp; fp += x.fp; fn += x.fn; }
    return prf(tp, fp, fn);
  }
}
