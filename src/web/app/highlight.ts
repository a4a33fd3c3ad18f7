/**
 * Highlighting spans of untrusted article text. `segment` (pure) cuts the text at every span
 * boundary; `renderHighlighted` turns the pieces into Text nodes inside <mark> elements.
 * The text is never parsed as HTML.
 */

export interface Mark {
  start: number;
  end: number;
  /** CSS class(es) for the layer: "ev", "timex", "place", "entity", "field-fatalities". */
  cls: string;
  /** Tooltip. */
  label?: string;
  /** Stable key so callers can find the element (e.g. evidence id). */
  key?: string;
}

export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/** Cut [0, length) into segments; each lists the marks that cover it (in input order). Invalid spans are dropped. */
export function segment(length: number, marks: Mark[]): Segment[] {
  const valid = marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= length && m.start < m.end);
  const cuts = new Set<number>([0, length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: marks sorted by start; active set maintained per segment.
  const byStart = valid.map((m, i) => ({ m, i })).sort((a, b) => a.m.start - b.m.start || a.i - b.i);
  const out: Segment[] = [];
  let next = 0;
  let active: Array<{ m: Mark; i: number }> = [];
  for (let p = 0; p < points.length - 1; p++) {
    const start = points[p];
    const end = points[p + 1];
    active = active.filter((a) => a.m.end > start);
    while (next < byStart.length && byStart[next].m.start <= start) {
      if (byStart[next].m.end > start) active.push(byStart[next]);
      next++;
    }
    const covering = active.filter((a) => a.m.start <= start && a.m.end >= end).sort((a, b) => a.i - b.i).map((a) => a.m);
    const prev = out[out.length - 1];
    if (prev && sameMarks(prev.marks, covering)) prev.end = end;
    else out.push({ start, end, marks: covering });
  }
  return out;
}

function sameMarks(a: Mark[], b: Mark[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}

/**
 * Render `text` with marks into `container` (cleared first). Returns the first <mark> element per mark key.
 * Each highlighted piece is a <mark> holding a Text node; its classes are the union of its marks' classes.
 */
export function renderHighlighted(container: HTMLElement, text: string, marks: Mark[]): Map<string, HTMLElement> {
  container.replaceChildren();
  const byKey = new Map<string, HTMLElement>();
  const frag = document.createDocumentFragment();
  for (const seg of segment(text.length, marks)) {
    const piece = text.slice(seg.start, seg.end);
    if (!seg.marks.length) {
      frag.appendChild(document.createTextNode(piece));
      continue;
    }
    const el = document.createElement('mark');
    el.className = [...new Set(seg.marks.flatMap((m) => m.cls.split(/\s+/)))].join(' ');
    const labels = [...new Set(seg.marks.map((m) => m.label).filter((l): l is string => !!l))];
    if (labels.length) el.title = labels.join('\n');
    const keys = seg.marks.map((m) => m.key).filter((k): k is string => !!k);
    if (keys.length) el.dataset.keys = keys.join(' ');
    el.appendChild(document.createTextNode(piece));
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, el);
    frag.appendChild(el);
  }
  container.appendChild(frag);
  return byKey;
}
