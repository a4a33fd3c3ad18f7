/**
 * Timeline: events per day or week, stacked by type, on a <canvas>. Drag (or click a bar, or use the
 * arrow keys) to brush a date range: the range goes to the URL and filters the map and the table.
 */
import { binEvents, type BinUnit, type Binned } from './bins.js';
import { dayIso, dayNum, type Slim } from './data.js';
import { h } from './dom.js';
import { TYPES, plural, typeColor, typeLabel } from './format.js';

export interface TimelineCallbacks {
  /** A range was brushed ('' = open end); both empty = cleared. */
  onBrush(from: string, to: string): void;
  onUnit(unit: 'auto' | BinUnit): void;
}

const ML = 38;
const MR = 10;
const MT = 8;
const MB = 22;

export class Timeline {
  readonly el: HTMLElement;
  private canvas: HTMLCanvasElement;
  private ctx: CanvasRenderingContext2D;
  private info: HTMLElement;
  private unitSel: HTMLSelectElement;
  private clearBtn: HTMLButtonElement;
  private data: Binned = binEvents([]);
  private unit: 'auto' | BinUnit = 'auto';
  /** Brushed range in day numbers, inclusive; null = none. */
  private sel: [number, number] | null = null;
  private dragFrom: number | null = null;
  private w = 0;
  private ht = 130;
  private frame = 0;

  constructor(private cb: TimelineCallbacks) {
    this.canvas = h('canvas', {
      class: 'timeline-canvas',
      tabindex: '0',
      role: 'slider',
      'aria-label': 'Timeline: drag, or use arrow keys (Shift to widen), to pick a date range; Escape clears',
    });
    this.ctx = this.canvas.getContext('2d')!;
    this.info = h('div', { class: 'timeline-info', 'aria-live': 'polite' });
    this.unitSel = h(
      'select',
      { 'aria-label': 'Timeline bins', onchange: () => this.cb.onUnit(this.unitSel.value as 'auto' | BinUnit) },
      h('option', { value: 'auto' }, 'auto'),
      h('option', { value: 'day' }, 'per day'),
      h('option', { value: 'week' }, 'per week'),
    );
    this.clearBtn = h('button', { type: 'button', onclick: () => this.cb.onBrush('', ''), disabled: true }, 'Clear range');
    this.el = h(
      'section',
      { class: 'timeline', 'aria-label': 'Timeline' },
      h('div', { class: 'timeline-head' }, h('h2', null, 'Timeline'), h('label', null, 'Bins ', this.unitSel), this.clearBtn),
      h('div', { class: 'timeline-plot' }, this.canvas),
      this.info,
    );
    this.bind();
    new ResizeObserver(() => this.resize()).observe(this.el);
  }

  setEvents(events: Slim[]): void {
    this.data = binEvents(events, this.unit);
    this.schedule();
  }

  setUnit(unit: 'auto' | BinUnit, events: Slim[]): void {
    this.unit = unit;
    this.unitSel.value = unit;
    this.setEvents(events);
  }

  /** Show the range from the URL. */
  setRange(from: string, to: string): void {
    const a = from ? dayNum(from) : -Infinity;
    const b = to ? dayNum(to) : Infinity;
    this.sel = from || to ? [a, b] : null;
    this.clearBtn.disabled = !this.sel;
    this.schedule();
  }

  private step(): number {
    return this.data.unit === 'day' ? 1 : 7;
  }

  private xOf(d: number): number {
    const span = Math.max(1, this.data.d1 - this.data.d0);
    return ML + ((d - this.data.d0) / span) * (this.w - ML - MR);
  }

  private dayAt(x: number): number {
    const span = Math.max(1, this.data.d1 - this.data.d0);
    const d = this.data.d0 + ((x - ML) / Math.max(1, this.w - ML - MR)) * span;
    return Math.max(this.data.d0, Math.min(this.data.d1 - 1, Math.floor(d)));
  }

  /** Snap a day to its bin's first day. */
  private binStart(d: number): number {
    const st = this.step();
    return this.data.d0 + Math.floor((d - this.data.d0) / st) * st;
  }

  private emit(a: number, b: number): void {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const from = this.binStart(lo);
    const to = this.binStart(hi) + this.step() - 1;
    this.cb.onBrush(dayIso(from), dayIso(to));
  }

  private bind(): void {
    const c = this.canvas;
    c.addEventListener('pointerdown', (ev) => {
      if (!this.data.bins.length) return;
      c.setPointerCapture(ev.pointerId);
      this.dragFrom = this.dayAt(ev.offsetX);
      this.sel = [this.binStart(this.dragFrom), this.binStart(this.dragFrom) + this.step() - 1];
      this.schedule();
    });
    c.addEventListener('pointermove', (ev) => {
      if (!this.data.bins.length) return;
      if (this.dragFrom === null) {
        this.hover(this.dayAt(ev.offsetX));
        return;
      }
      const d = this.dayAt(ev.offsetX);
      const lo = this.binStart(Math.min(d, this.dragFrom));
      const hi = this.binStart(Math.max(d, this.dragFrom)) + this.step() - 1;
      this.sel = [lo, hi];
      this.schedule();
    });
    c.addEventListener('pointerup', (ev) => {
      if (this.dragFrom === null) return;
      const d = this.dayAt(ev.offsetX);
      const from = this.dragFrom;
      this.dragFrom = null;
      this.emit(from, d);
    });
    c.addEventListener('pointerleave', () => this.hover(null));
    c.addEventListener('focus', () => this.schedule());
    c.addEventListener('blur', () => this.schedule());
    c.addEventListener('keydown', (ev) => {
      if (!this.data.bins.length) return;
      const st = this.step();
      const first = this.data.d0;
      const last = this.data.d1 - st;
      const cur = this.sel ? [Math.max(first, this.binStart(Math.max(this.sel[0], first))), Math.min(last, this.binStart(Math.min(this.sel[1], this.data.d1 - 1)))] : null;
      let a: number, b: number;
      switch (ev.key) {
        case 'ArrowLeft':
        case 'ArrowRight': {
          const dir = ev.key === 'ArrowLeft' ? -st : st;
          if (!cur) [a, b] = [last, last];
          else if (ev.shiftKey) [a, b] = [cur[0], Math.max(cur[0], Math.min(last, cur[1] + dir))];
          else {
            const len = cur[1] - cur[0];
            a = Math.max(first, Math.min(last - len, cur[0] + dir));
            b = a + len;
          }
          break;
        }
        case 'Home': [a, b] = [first, first]; break;
        case 'End': [a, b] = [last, last]; break;
        case 'Escape':
          if (this.sel) this.cb.onBrush('', '');
          ev.preventDefault();
          return;
        default:
          return;
      }
      ev.preventDefault();
      this.emit(a, b);
    });
  }

  private hover(d: number | null): void {
    if (d === null) {
      this.describe();
      return;
    }
    const b = this.data.bins[Math.floor((d - this.data.d0) / this.step())];
    if (!b) return;
    const parts = TYPES.filter((t) => b.counts.get(t)).map((t) => `${typeLabel(t)} ${b.counts.get(t)}`);
    this.info.textContent = `${this.data.unit === 'week' ? 'Week of ' : ''}${dayIso(b.d)}: ${plural(b.total, 'event')}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  }

  private describe(): void {
    const d = this.data;
    if (!d.bins.length) {
      this.info.textContent = d.undated ? `${plural(d.undated, 'undated event')}` : 'No dated events.';
      return;
    }
    let text = `${dayIso(d.d0)} – ${dayIso(d.d1 - 1)}, per ${d.unit}`;
    if (this.sel) {
      const [a, b] = this.sel;
      let n = 0;
      for (const bin of d.bins) if (bin.d + this.step() - 1 >= a && bin.d <= b) n += bin.total;
      text += `. Selected ${Number.isFinite(a) ? dayIso(a) : '…'} – ${Number.isFinite(b) ? dayIso(b) : '…'}: ${plural(n, 'event')}`;
    }
    if (d.undated) text += `. ${plural(d.undated, 'undated event')} not shown`;
    this.info.textContent = text;
  }

  private resize(): void {
    const r = this.canvas.parentElement!.getBoundingClientRect();
    this.w = Math.max(100, Math.round(r.width));
    const dpr = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(this.w * dpr);
    this.canvas.height = Math.round(this.ht * dpr);
    this.canvas.style.width = `${this.w}px`;
    this.canvas.style.height = `${this.ht}px`;
    this.draw();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const { ctx, w, ht } = this;
    if (!w) return;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, ht);
    const d = this.data;
    this.describe();
    this.canvas.setAttribute('aria-valuetext', this.info.textContent ?? '');
    if (!d.bins.length) return;
    const plotH = ht - MT - MB;
    const max = Math.max(1, d.max);
    // Y axis: 0 and max.
    ctx.fillStyle = '#555';
    ctx.font = '11px system-ui, sans-serif';
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    ctx.fillText(String(max), ML - 6, MT + 4);
    ctx.fillText('0', ML - 6, MT + plotH);
    ctx.strokeStyle = '#ddd';
    ctx.beginPath();
    ctx.moveTo(ML, MT + plotH + 0.5);
    ctx.lineTo(w - MR, MT + plotH + 0.5);
    ctx.stroke();
    const bw = Math.max(1, this.xOf(d.d0 + this.step()) - this.xOf(d.d0) - (this.step() === 1 && d.bins.length > 200 ? 0 : 1));
    for (const b of d.bins) {
      if (!b.total) continue;
      const x = this.xOf(b.d);
      let y = MT + plotH;
      for (const t of [...TYPES, ...[...b.counts.keys()].filter((k) => !TYPES.includes(k as never))]) {
        const c = b.counts.get(t);
        if (!c) continue;
        const hh = (c / max) * plotH;
        ctx.fillStyle = typeColor(t);
        ctx.fillRect(x, y - hh, bw, hh);
        y -= hh;
      }
    }
    // X axis labels: about one per 110 px, on bin starts.
    ctx.fillStyle = '#444';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    const nLabels = Math.max(2, Math.floor((w - ML - MR) / 110));
    const span = d.d1 - d.d0;
    let prev = -Infinity;
    for (let i = 0; i <= nLabels; i++) {
      const day = this.binStart(Math.min(d.d1 - 1, d.d0 + Math.round((span * i) / nLabels)));
      const x = this.xOf(day);
      if (x - prev < 80) continue;
      prev = x;
      ctx.fillText(dayIso(day), Math.min(Math.max(x, ML + 30), w - MR - 30), MT + plotH + 5);
    }
    // Brush: shade what is outside the range.
    if (this.sel) {
      const a = Math.max(d.d0, this.sel[0]);
      const b = Math.min(d.d1, this.sel[1] + 1);
      const xa = this.xOf(a);
      const xb = this.xOf(b);
      ctx.fillStyle = 'rgba(255,255,255,0.72)';
      ctx.fillRect(ML, MT, Math.max(0, xa - ML), plotH);
      ctx.fillRect(xb, MT, Math.max(0, w - MR - xb), plotH);
      ctx.strokeStyle = '#1d3c6e';
      ctx.lineWidth = 1.5;
      ctx.strokeRect(xa, MT + 0.5, Math.max(1, xb - xa), plotH - 1);
    }
    if (document.activeElement === this.canvas) {
      ctx.strokeStyle = '#1d3c6e';
      ctx.setLineDash([4, 3]);
      ctx.strokeRect(1, 1, w - 2, ht - 2);
      ctx.setLineDash([]);
    }
  }
}
