/**
 * Offline event map on a <canvas>: Natural Earth country shapes from world-atlas (bundled at build
 * time, no tiles), Web-Mercator pan/zoom, markers sized by fatalities and coloured by type, grid
 * clustering when zoomed out, location precision drawn as fill style, click (or Enter) for details.
 */
import { geoBounds, geoCentroid, geoMercator, geoPath, type GeoContext, type GeoPermissibleObjects } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countries110 from 'world-atlas/countries-110m.json';
import type { Slim } from './data.js';
import { gridCluster } from './cluster.js';
import { h, replace } from './dom.js';
import { PRECISION_LABEL, TYPES, countryName, plural, subtypeLabel, typeColor, typeLabel } from './format.js';

/** Country shapes projected once to world units (Web Mercator, 0..256) as Path2D; drawn with a canvas transform. */
interface Basemap {
  land: Path2D;
  borders: Path2D;
}

interface Label {
  name: string;
  /** Centroid in world units. */
  x: number;
  y: number;
  /** Width of the country's bounding box in world units. */
  width: number;
  textWidth?: number;
}

function toBasemap(topo: Topology): Basemap {
  const obj = topo.objects.countries as GeometryCollection;
  // Mercator at world scale; no adaptive resampling (the shapes are dense enough, and it is done once).
  const proj = geoMercator().scale(WORLD / (2 * Math.PI)).translate([WORLD / 2, WORLD / 2]).precision(0);
  const land = new Path2D();
  geoPath(proj, pathContext(land))(feature(topo, obj) as GeoPermissibleObjects);
  const borders = new Path2D();
  geoPath(proj, pathContext(borders))(mesh(topo, obj, (a, b) => a !== b) as GeoPermissibleObjects);
  return { land, borders };
}

/** d3-geo's path context interface over a Path2D. */
function pathContext(p: Path2D): GeoContext {
  return {
    beginPath() {},
    moveTo: (x, y) => p.moveTo(x, y),
    lineTo: (x, y) => p.lineTo(x, y),
    closePath: () => p.closePath(),
    arc: (x, y, r, a0, a1, ccw) => p.arc(x, y, r, a0, a1, ccw),
  };
}

/** Country name labels (Natural Earth names), largest countries first. */
function toLabels(topo: Topology): Label[] {
  const fc = feature(topo, topo.objects.countries as GeometryCollection) as unknown as { features: Array<GeoPermissibleObjects & { properties: { name?: string } }> };
  const out: Label[] = [];
  for (const f of fc.features) {
    const name = f.properties?.name;
    if (!name) continue;
    const [[w], [e]] = geoBounds(f);
    const [lon, lat] = geoCentroid(f);
    const [x, y] = toWorld(lon, lat);
    const width = ((e >= w ? e - w : e + 360 - w) / 360) * WORLD;
    out.push({ name, x, y, width });
  }
  return out.sort((a, b) => b.width - a.width);
}

const WORLD = 256;
const MIN_Z = 0;
const MAX_Z = 13;
/** Zoom from which only co-located markers are grouped. */
const DECLUSTER_Z = 10;

/** lon/lat -> world units (0..256) in Web Mercator. */
export function toWorld(lon: number, lat: number): [number, number] {
  const la = Math.max(-85.05, Math.min(85.05, lat));
  const s = Math.sin((la * Math.PI) / 180);
  return [((lon + 180) / 360) * WORLD, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * WORLD];
}

export function fromWorld(x: number, y: number): [number, number] {
  const lon = (x / WORLD) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / WORLD;
  return [lon, (180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)))];
}

export function markerRadius(fatalities: number): number {
  return Math.min(24, 4 + 2.2 * Math.sqrt(Math.max(0, fatalities)));
}

interface Item {
  x: number;
  y: number;
  r: number;
  members: number[];
}

export interface MapCallbacks {
  /** The view changed (debounced): "lon,lat,zoom". */
  onView?(view: string): void;
}

export class EventMap {
  readonly el: HTMLElement;
  /** Key to colours, precision styles and sizes (placed under the map by the view). */
  readonly legend: HTMLElement;
  private canvas: HTMLCanvasElement;
  private ctx: CanvasRenderingContext2D;
  private popup: HTMLElement;
  private status: HTMLElement;
  private events: Slim[] = [];
  private wx = new Float64Array(0);
  private wy = new Float64Array(0);
  private sx = new Float32Array(0);
  private sy = new Float32Array(0);
  private items: Item[] = [];
  private basemap: Basemap;
  private labels: Label[] = [];
  private detailed: Basemap | null = null;
  private loadingDetail = false;
  private w = 0;
  private h = 0;
  private dpr = 1;
  /** View: centre in world units and zoom (2^z pixels per world unit). */
  private cx = WORLD / 2;
  private cy = WORLD / 2;
  private z = 1;
  private hasView = false;
  private frame = 0;
  private viewTimer = 0;
  private selected: string | null = null;
  private pointers = new Map<number, { x: number; y: number }>();
  private drag: { x: number; y: number; moved: number; pinch?: { d: number; z: number } } | null = null;

  constructor(private cb: MapCallbacks = {}) {
    performance.mark('sitrep:basemap-start');
    this.basemap = toBasemap(countries110 as unknown as Topology);
    performance.mark('sitrep:basemap-end');
    // Country labels are not needed for the first frame.
    setTimeout(() => {
      this.labels = toLabels(countries110 as unknown as Topology);
      this.schedule();
    }, 0);
    this.canvas = h('canvas', {
      class: 'map-canvas',
      tabindex: '0',
      role: 'application',
      'aria-label': 'Event map. Arrow keys pan, plus and minus zoom, 0 fits all events, Enter opens the marker nearest the centre.',
    });
    this.ctx = this.canvas.getContext('2d')!;
    this.popup = h('div', { class: 'map-popup', role: 'dialog', 'aria-label': 'Event details', hidden: true });
    this.status = h('div', { class: 'map-status', 'aria-live': 'polite' });
    const btn = (label: string, title: string, fn: () => void) => h('button', { type: 'button', title, 'aria-label': title, onclick: fn }, label);
    const controls = h(
      'div',
      { class: 'map-controls' },
      btn('+', 'Zoom in', () => this.zoomBy(1)),
      btn('−', 'Zoom out', () => this.zoomBy(-1)),
      btn('⤢', 'Fit all events', () => this.fit()),
    );
    this.el = h('div', { class: 'map', dataset: { events: 0, items: 0, clusters: 0 } }, this.canvas, controls, this.status, this.popup);
    this.legend = legend();
    this.bind();
    new ResizeObserver(() => this.resize()).observe(this.el);
  }

  /** Replace the events shown. `fit` re-frames the view on them unless a view was set. */
  setEvents(events: Slim[], fit = false): void {
    this.events = events;
    const n = events.length;
    this.wx = new Float64Array(n);
    this.wy = new Float64Array(n);
    this.sx = new Float32Array(n);
    this.sy = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const e = events[i];
      const [x, y] = e.hasLoc ? toWorld(e.lon, e.lat) : [NaN, NaN];
      this.wx[i] = x;
      this.wy[i] = y;
    }
    if (fit && !this.hasView) this.fit(false);
    if (this.selected && !events.some((e) => e.id === this.selected)) this.closePopup();
    this.el.dataset.events = String(events.filter((e) => e.hasLoc).length);
    this.schedule();
  }

  /** Set the view from "lon,lat,zoom". */
  setView(view: string): void {
    const [lon, lat, z] = view.split(',').map(Number);
    if (![lon, lat, z].every(Number.isFinite)) return;
    [this.cx, this.cy] = toWorld(lon, lat);
    this.z = Math.max(MIN_Z, Math.min(MAX_Z, z));
    this.hasView = true;
    this.schedule();
  }

  getView(): string {
    const [lon, lat] = fromWorld(this.cx, this.cy);
    return `${lon.toFixed(3)},${lat.toFixed(3)},${this.z.toFixed(2)}`;
  }

  /** Visible bounds [west, south, east, north]. */
  bounds(): [number, number, number, number] {
    const s = 2 ** this.z;
    const [w, n] = fromWorld(this.cx - this.w / 2 / s, this.cy - this.h / 2 / s);
    const [e, so] = fromWorld(this.cx + this.w / 2 / s, this.cy + this.h / 2 / s);
    return [Math.max(-180, w), Math.max(-90, so), Math.min(180, e), Math.min(90, n)];
  }

  /** Frame every located event. */
  fit(announce = true): void {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let i = 0; i < this.events.length; i++) {
      if (Number.isNaN(this.wx[i])) continue;
      x0 = Math.min(x0, this.wx[i]); x1 = Math.max(x1, this.wx[i]);
      y0 = Math.min(y0, this.wy[i]); y1 = Math.max(y1, this.wy[i]);
    }
    if (x0 === Infinity) {
      this.cx = WORLD / 2; this.cy = WORLD / 2 + 20; this.z = this.minZoom();
    } else this.frameBox(x0, y0, x1, y1, 6);
    if (announce) this.viewChanged();
    this.schedule();
  }

  /** Screen position (CSS pixels, relative to the canvas) of the marker or cluster showing event `id`. */
  positionOf(id: string): { x: number; y: number } | null {
    this.draw();
    const i = this.events.findIndex((e) => e.id === id);
    const it = this.items.find((t) => t.members.includes(i));
    return it ? { x: it.x, y: it.y } : null;
  }

  private frameBox(x0: number, y0: number, x1: number, y1: number, maxZ: number): void {
    const pad = 56;
    const bw = Math.max(x1 - x0, 1e-6);
    const bh = Math.max(y1 - y0, 1e-6);
    const z = Math.log2(Math.min((Math.max(this.w, 100) - 2 * pad) / bw, (Math.max(this.h, 100) - 2 * pad) / bh));
    this.z = Math.max(this.minZoom(), Math.min(maxZ, z));
    this.cx = (x0 + x1) / 2;
    this.cy = (y0 + y1) / 2;
  }

  private minZoom(): number {
    return Math.max(MIN_Z, Math.log2(Math.max(this.w, 1) / WORLD) - 0.3);
  }

  private resize(): void {
    const r = this.el.getBoundingClientRect();
    this.dpr = window.devicePixelRatio || 1;
    this.w = Math.max(1, Math.round(r.width));
    this.h = Math.max(1, Math.round(r.height));
    this.canvas.width = Math.round(this.w * this.dpr);
    this.canvas.height = Math.round(this.h * this.dpr);
    this.canvas.style.width = `${this.w}px`;
    this.canvas.style.height = `${this.h}px`;
    if (!this.hasView) this.fit(false);
    this.draw();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private viewChanged(): void {
    this.hasView = true;
    clearTimeout(this.viewTimer);
    this.viewTimer = window.setTimeout(() => this.cb.onView?.(this.getView()), 300);
  }

  private zoomAt(z: number, px: number, py: number): void {
    const nz = Math.max(this.minZoom(), Math.min(MAX_Z, z));
    const s0 = 2 ** this.z;
    const s1 = 2 ** nz;
    // Keep the world point under (px, py) fixed.
    const wx = this.cx + (px - this.w / 2) / s0;
    const wy = this.cy + (py - this.h / 2) / s0;
    this.cx = wx - (px - this.w / 2) / s1;
    this.cy = wy - (py - this.h / 2) / s1;
    this.z = nz;
    this.clampCenter();
    this.viewChanged();
    this.schedule();
  }

  private zoomBy(dz: number): void {
    this.zoomAt(this.z + dz, this.w / 2, this.h / 2);
  }

  private panBy(dx: number, dy: number): void {
    const s = 2 ** this.z;
    this.cx -= dx / s;
    this.cy -= dy / s;
    this.clampCenter();
    this.viewChanged();
    this.schedule();
  }

  private clampCenter(): void {
    this.cx = Math.max(0, Math.min(WORLD, this.cx));
    this.cy = Math.max(0, Math.min(WORLD, this.cy));
  }

  private bind(): void {
    const c = this.canvas;
    c.addEventListener('wheel', (ev) => {
      ev.preventDefault();
      const r = c.getBoundingClientRect();
      const dz = -ev.deltaY * (ev.deltaMode === 1 ? 0.05 : 0.002);
      this.zoomAt(this.z + Math.max(-1, Math.min(1, dz)), ev.clientX - r.left, ev.clientY - r.top);
    }, { passive: false });
    c.addEventListener('dblclick', (ev) => {
      const r = c.getBoundingClientRect();
      this.zoomAt(this.z + 1, ev.clientX - r.left, ev.clientY - r.top);
    });
    c.addEventListener('pointerdown', (ev) => {
      c.setPointerCapture(ev.pointerId);
      this.pointers.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
      if (this.pointers.size === 2) {
        const [a, b] = [...this.pointers.values()];
        this.drag = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, moved: 99, pinch: { d: Math.hypot(a.x - b.x, a.y - b.y), z: this.z } };
      } else this.drag = { x: ev.clientX, y: ev.clientY, moved: 0 };
    });
    c.addEventListener('pointermove', (ev) => {
      if (!this.pointers.has(ev.pointerId) || !this.drag) return;
      this.pointers.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
      if (this.drag.pinch && this.pointers.size === 2) {
        const [a, b] = [...this.pointers.values()];
        const d = Math.hypot(a.x - b.x, a.y - b.y);
        const r = c.getBoundingClientRect();
        this.zoomAt(this.drag.pinch.z + Math.log2(d / this.drag.pinch.d), (a.x + b.x) / 2 - r.left, (a.y + b.y) / 2 - r.top);
        return;
      }
      const dx = ev.clientX - this.drag.x;
      const dy = ev.clientY - this.drag.y;
      this.drag.moved += Math.abs(dx) + Math.abs(dy);
      this.drag.x = ev.clientX;
      this.drag.y = ev.clientY;
      if (this.drag.moved > 3) this.panBy(dx, dy);
    });
    const end = (ev: PointerEvent) => {
      if (!this.pointers.has(ev.pointerId)) return;
      this.pointers.delete(ev.pointerId);
      const d = this.drag;
      if (this.pointers.size === 0) this.drag = null;
      if (d && d.moved <= 3 && ev.type === 'pointerup') {
        const r = c.getBoundingClientRect();
        this.clickAt(ev.clientX - r.left, ev.clientY - r.top, false);
      }
    };
    c.addEventListener('pointerup', end);
    c.addEventListener('pointercancel', end);
    c.addEventListener('keydown', (ev) => {
      const step = ev.shiftKey ? 200 : 80;
      let handled = true;
      switch (ev.key) {
        case 'ArrowLeft': this.panBy(step, 0); break;
        case 'ArrowRight': this.panBy(-step, 0); break;
        case 'ArrowUp': this.panBy(0, step); break;
        case 'ArrowDown': this.panBy(0, -step); break;
        case '+': case '=': this.zoomBy(1); break;
        case '-': case '_': this.zoomBy(-1); break;
        case '0': this.fit(); break;
        case 'Enter': case ' ': this.clickAt(this.w / 2, this.h / 2, true); break;
        case 'Escape': this.closePopup(); break;
        default: handled = false;
      }
      if (handled) ev.preventDefault();
    });
    c.addEventListener('focus', () => this.schedule());
    c.addEventListener('blur', () => this.schedule());
  }

  /** Click (or Enter) at a point: a cluster zooms in (or lists its events when they share a place), a marker opens its details. */
  private clickAt(x: number, y: number, nearest: boolean): void {
    this.draw(); // hit-test against what the current view shows
    let hit: Item | null = null;
    let best = Infinity;
    for (let j = this.items.length - 1; j >= 0; j--) {
      const it = this.items[j];
      const d = Math.hypot(it.x - x, it.y - y);
      if (nearest ? d < 48 && d < best : d <= it.r + 3) {
        hit = it;
        best = d;
        if (!nearest) break;
      }
    }
    if (!hit) {
      this.closePopup();
      return;
    }
    if (hit.members.length > 1) {
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (const i of hit.members) {
        x0 = Math.min(x0, this.wx[i]); x1 = Math.max(x1, this.wx[i]);
        y0 = Math.min(y0, this.wy[i]); y1 = Math.max(y1, this.wy[i]);
      }
      const spread = Math.max(x1 - x0, y1 - y0) * 2 ** MAX_Z;
      if (spread > 8 && this.z < MAX_Z - 0.01) {
        this.frameBox(x0, y0, x1, y1, Math.max(this.z + 1, Math.min(MAX_Z, this.z + 4)));
        this.clampCenter();
        this.viewChanged();
        this.schedule();
        return;
      }
    }
    this.openPopup(hit, !nearest);
  }

  private openPopup(it: Item, fromPointer: boolean): void {
    const list = it.members.map((i) => this.events[i]);
    this.selected = list[0].id;
    const content =
      list.length === 1
        ? eventCard(list[0])
        : h('div', null, h('h3', null, `${plural(list.length, 'event')} at ${list[0].place || 'this place'}`),
            h('ul', { class: 'popup-list' }, list.slice(0, 100).map((e) => h('li', null,
              h('span', { class: 'swatch', style: { background: typeColor(e.type) } }),
              h('a', { href: `/event/${encodeURIComponent(e.id)}` }, `${e.start ?? 'undated'} · ${typeLabel(e.type)} · ${e.fatalities} killed`)))),
            list.length > 100 ? h('p', null, `and ${list.length - 100} more (zoom or filter to narrow)`) : null);
    const close = h('button', { type: 'button', class: 'popup-close', 'aria-label': 'Close details', onclick: () => this.closePopup(true) }, '×');
    replace(this.popup, close, content);
    this.popup.hidden = false;
    const left = Math.min(Math.max(8, it.x + 14), Math.max(8, this.w - 300));
    const top = Math.min(Math.max(8, it.y - 20), Math.max(8, this.h - 220));
    this.popup.style.left = `${left}px`;
    this.popup.style.top = `${top}px`;
    this.popup.onkeydown = (ev) => {
      if (ev.key === 'Escape') this.closePopup(true);
    };
    if (!fromPointer) (this.popup.querySelector('a') ?? close).focus();
    this.schedule();
  }

  private closePopup(refocus = false): void {
    if (this.popup.hidden) return;
    this.popup.hidden = true;
    this.selected = null;
    if (refocus) this.canvas.focus();
    this.schedule();
  }

  private async loadDetail(): Promise<void> {
    if (this.loadingDetail) return;
    this.loadingDetail = true;
    try {
      const mod = await import('world-atlas/countries-50m.json');
      this.detailed = toBasemap((mod.default ?? mod) as unknown as Topology);
      this.schedule();
    } catch {
      /* keep the coarse map */
    }
  }

  private drawLabels(s: number): void {
    const { ctx, w, h: ht } = this;
    ctx.font = '11px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillStyle = '#8a8272';
    const placed: Array<[number, number, number, number]> = [];
    for (const l of this.labels) {
      const px = l.width * s;
      if (px < 60) break;
      const x = (l.x - this.cx) * s + w / 2;
      const y = (l.y - this.cy) * s + ht / 2;
      if (x < -50 || x > w + 50 || y < -10 || y > ht + 10) continue;
      const tw = (l.textWidth ??= ctx.measureText(l.name).width);
      if (tw > px * 0.9) continue;
      const box: [number, number, number, number] = [x - tw / 2 - 4, y - 8, x + tw / 2 + 4, y + 8];
      if (placed.some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3])) continue;
      placed.push(box);
      ctx.fillText(l.name, x, y);
    }
  }

  draw(): void {
    const { ctx, w, h: ht, dpr } = this;
    if (!w || !ht) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#dbe7f0';
    ctx.fillRect(0, 0, w, ht);
    const s = 2 ** this.z;
    if (this.z >= 3.5 && !this.detailed) void this.loadDetail();
    const base = this.z >= 3.5 && this.detailed ? this.detailed : this.basemap;
    // World units -> CSS pixels -> device pixels.
    ctx.setTransform(dpr * s, 0, 0, dpr * s, dpr * (w / 2 - this.cx * s), dpr * (ht / 2 - this.cy * s));
    ctx.fillStyle = '#f7f4ed';
    ctx.fill(base.land);
    ctx.strokeStyle = '#b3ab9c';
    ctx.lineWidth = 0.7 / s;
    ctx.stroke(base.borders);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.drawLabels(s);

    // Project events to the screen and keep those in view.
    const n = this.events.length;
    const visible: number[] = [];
    const m = 30;
    for (let i = 0; i < n; i++) {
      const x = (this.wx[i] - this.cx) * s + w / 2;
      const y = (this.wy[i] - this.cy) * s + ht / 2;
      this.sx[i] = x;
      this.sy[i] = y;
      if (x > -m && x < w + m && y > -m && y < ht + m) visible.push(i);
    }
    const cell = this.z >= DECLUSTER_Z ? 6 : 44;
    const clusters = gridCluster(this.sx, this.sy, visible, cell);
    this.items = [];
    let nClusters = 0;
    // Singletons first (larger ones under smaller ones), clusters on top.
    const singles = clusters.filter((c) => c.members.length === 1).sort((a, b) => this.events[b.members[0]].fatalities - this.events[a.members[0]].fatalities);
    for (const c of singles) {
      const e = this.events[c.members[0]];
      const r = markerRadius(e.fatalities);
      drawMarker(ctx, c.x, c.y, r, typeColor(e.type), e.precision);
      this.items.push({ x: c.x, y: c.y, r, members: c.members });
    }
    for (const c of clusters) {
      if (c.members.length === 1) continue;
      nClusters++;
      const r = Math.min(30, 11 + 3.5 * Math.log2(c.members.length));
      drawCluster(ctx, c.x, c.y, r, c.members.map((i) => this.events[i].type));
      this.items.push({ x: c.x, y: c.y, r, members: c.members });
    }
    if (this.selected) {
      const i = this.events.findIndex((e) => e.id === this.selected);
      const it = this.items.find((t) => t.members.includes(i));
      if (it) {
        ctx.beginPath();
        ctx.arc(it.x, it.y, it.r + 4, 0, Math.PI * 2);
        ctx.strokeStyle = '#111';
        ctx.lineWidth = 2.5;
        ctx.stroke();
      }
    }
    if (document.activeElement === this.canvas) {
      ctx.strokeStyle = 'rgba(0,0,0,0.55)';
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(w / 2 - 10, ht / 2); ctx.lineTo(w / 2 + 10, ht / 2);
      ctx.moveTo(w / 2, ht / 2 - 10); ctx.lineTo(w / 2, ht / 2 + 10);
      ctx.stroke();
    }
    const located = this.el.dataset.events;
    this.el.dataset.items = String(this.items.length);
    this.el.dataset.clusters = String(nClusters);
    this.status.textContent = `${Number(located).toLocaleString('en-US')} mapped · ${visible.length.toLocaleString('en-US')} in view`;
  }
}

function drawMarker(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, color: string, precision: number): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.setLineDash(precision >= 3 ? [3, 2] : []);
  if (precision <= 1) {
    ctx.globalAlpha = 0.9;
    ctx.fillStyle = color;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 1.5;
  } else {
    ctx.globalAlpha = precision === 2 ? 0.45 : 0.15;
    ctx.fillStyle = color;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = color;
    ctx.lineWidth = 2;
  }
  ctx.stroke();
  ctx.setLineDash([]);
}

function drawCluster(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, types: string[]): void {
  const counts = new Map<string, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  let a = -Math.PI / 2;
  for (const t of [...TYPES, ...[...counts.keys()].filter((k) => !TYPES.includes(k as never))]) {
    const c = counts.get(t);
    if (!c) continue;
    const da = (c / types.length) * Math.PI * 2;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.arc(x, y, r, a, a + da);
    ctx.closePath();
    ctx.fillStyle = typeColor(t);
    ctx.fill();
    a += da;
  }
  ctx.beginPath();
  ctx.arc(x, y, r * 0.62, 0, Math.PI * 2);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.fillStyle = '#1b1b1b';
  ctx.font = `600 ${r > 18 ? 12 : 11}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const label = types.length >= 10000 ? `${Math.round(types.length / 1000)}k` : types.length >= 1000 ? `${(types.length / 1000).toFixed(1)}k` : String(types.length);
  ctx.fillText(label, x, y + 0.5);
}

export function eventCard(e: Slim): HTMLElement {
  return h(
    'div',
    { class: 'event-card' },
    h('h3', null, h('span', { class: 'swatch', style: { background: typeColor(e.type) } }), typeLabel(e.type), e.subtype ? ` · ${subtypeLabel(e.subtype)}` : ''),
    h('p', { class: 'summary' }, e.summary || '(no summary)'),
    h(
      'dl',
      null,
      h('dt', null, 'Date'), h('dd', null, e.start ? (e.start === e.end ? e.start : `${e.start} – ${e.end}`) : 'undated'),
      h('dt', null, 'Place'), h('dd', null, [e.place, e.admin1, countryName(e.country)].filter(Boolean).join(', ') || '—'),
      h('dt', null, 'Precision'), h('dd', null, PRECISION_LABEL[e.precision] ?? String(e.precision)),
      h('dt', null, 'Fatalities'), h('dd', null, String(e.fatalities)),
      h('dt', null, 'Sources'), h('dd', null, `${e.sources} (${plural(e.articles, 'article')})`),
      e.status === 'background' ? [h('dt', null, 'Status'), h('dd', null, 'background (reported as past context)')] : null,
    ),
    h('a', { class: 'button', href: `/event/${encodeURIComponent(e.id)}` }, 'Open event and evidence →'),
  );
}

function legend(): HTMLElement {
  return h(
    'div',
    { class: 'map-legend', 'aria-label': 'Map legend' },
    h('ul', null, TYPES.map((t) => h('li', null, h('span', { class: 'swatch', style: { background: typeColor(t) } }), typeLabel(t)))),
    h(
      'ul',
      { class: 'precision-legend' },
      h('li', null, h('span', { class: 'pmark p1' }), 'exact town'),
      h('li', null, h('span', { class: 'pmark p2' }), 'near a town / area'),
      h('li', null, h('span', { class: 'pmark p3' }), 'region or country centroid'),
      h('li', { class: 'muted' }, 'size = fatalities; rings with a number = clusters (click to zoom)'),
    ),
  );
}
