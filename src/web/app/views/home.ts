/**
 * The overview: filters (held in the URL), map, timeline, sortable paginated table and exports.
 * All events matching the server-side filters are loaded page by page (cursor pagination) into slim
 * records; the date range is applied on the client so brushing the timeline is instant.
 */
import type { EventList } from '../../../api/contract.js';
import { ApiFailure, exportUrl, listEvents } from '../api.js';
import { inDateRange, slim, sortEvents, type Slim } from '../data.js';
import { h, replace } from '../dom.js';
import { SUBTYPES, TYPES, countryName, plural, subtypeLabel, typeColor, typeLabel } from '../format.js';
import { EventMap } from '../map.js';
import { DEFAULT_STATE, FILTER_KEYS, SERVER_FILTER_KEYS, apiQuery, serverFiltersDiffer, stateToQuery, type ViewState } from '../state.js';
import { Timeline } from '../timeline.js';
import type { Nav } from '../main.js';

const PAGE_SIZES = [200, 500]; // the API allows at most 500 per page

let prefetched: { q: string; p: Promise<EventList | null> } | null = null;

/** Query of the first page of events for a view state. */
function firstPageQuery(state: ViewState): string {
  return apiQuery(state, SERVER_FILTER_KEYS, { sort: '-date', limit: String(PAGE_SIZES[0]) });
}

/** Start fetching the first page before the map is built (called at boot on the overview). */
export function prefetchEvents(state: ViewState): void {
  const q = firstPageQuery(state);
  prefetched = { q, p: listEvents(q).catch(() => null) };
}

function takePrefetch(q: string): Promise<EventList | null> | null {
  const p = prefetched?.q === q ? prefetched.p : null;
  prefetched = null;
  return p;
}
const MAX_EVENTS = 100_000;
const TABLE_PAGE = 50;

export class HomeView {
  readonly el: HTMLElement;
  private state: ViewState = { ...DEFAULT_STATE };
  private loadedFor: ViewState | null = null;
  private all: Slim[] = [];
  private total = 0;
  private loading = false;
  private abort: AbortController | null = null;
  private map: EventMap;
  private timeline: Timeline;
  private form: HTMLFormElement;
  private tableWrap: HTMLElement;
  private summary: HTMLElement;
  private exportLinks: HTMLElement;
  private errorBox: HTMLElement;
  private countries = new Set<string>();
  private renderTimer = 0;

  constructor(private nav: Nav) {
    this.map = new EventMap({
      onView: (view) => {
        this.set({ map: view }, true, false);
        if (this.state.inview) this.renderTable();
      },
    });
    this.timeline = new Timeline({
      onBrush: (from, to) => this.set({ from, to, page: 1 }),
      onUnit: (bin) => this.set({ bin }),
    });
    this.form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filters' });
    this.tableWrap = h('div', { class: 'table-wrap' });
    this.summary = h('p', { class: 'result-summary', 'aria-live': 'polite' });
    this.exportLinks = h('div', { class: 'exports' });
    this.errorBox = h('div', { class: 'error', role: 'alert', hidden: true });
    this.el = h(
      'div',
      { class: 'home' },
      h('details', { class: 'filters-panel', open: window.matchMedia('(min-width: 761px)').matches }, h('summary', null, 'Filters'), this.form),
      h('div', { class: 'main-col' }, this.errorBox, h('section', { class: 'map-section', 'aria-label': 'Map' }, this.map.el, this.map.legend), this.timeline.el),
      h(
        'section',
        { class: 'table-section', 'aria-label': 'Events table' },
        h('div', { class: 'table-head' }, h('h2', null, 'Events'), this.summary, this.exportLinks),
        this.tableWrap,
      ),
    );
    this.form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      this.applyForm();
    });
    this.form.addEventListener('change', (ev) => {
      const t = ev.target as HTMLElement;
      if (t instanceof HTMLSelectElement || (t instanceof HTMLInputElement && (t.type === 'date' || t.type === 'number' || t.type === 'checkbox'))) this.applyForm();
    });
  }

  /** Called by the router with the URL's state. */
  update(state: ViewState, reload = false): void {
    const prev = this.state;
    this.state = state;
    this.renderForm();
    this.renderExports();
    this.timeline.setRange(state.from, state.to);
    if (state.map && state.map !== this.map.getView()) this.map.setView(state.map);
    if (reload || !this.loadedFor || serverFiltersDiffer(this.loadedFor, state)) {
      void this.load(state);
      return;
    }
    if (prev.bin !== state.bin) this.timeline.setUnit(state.bin, this.all);
    this.renderData();
  }

  /** Change part of the state and put it in the URL. */
  private set(patch: Partial<ViewState>, replaceUrl = false, rerender = true): void {
    const next = { ...this.state, ...patch };
    const url = `/${stateToQuery(next)}`;
    if (!rerender) {
      this.state = next;
      this.nav.go(url, { replace: true, silent: true });
      this.renderExports();
      return;
    }
    this.nav.go(url, { replace: replaceUrl });
  }

  private applyForm(): void {
    const fd = new FormData(this.form);
    const patch: Partial<ViewState> = { page: 1 };
    for (const k of FILTER_KEYS) (patch as Record<string, string>)[k] = String(fd.get(k) ?? '').trim();
    patch.inview = fd.get('inview') === '1';
    if (patch.min_fatalities && !/^\d+$/.test(patch.min_fatalities)) patch.min_fatalities = '';
    if (patch.country) patch.country = patch.country.toUpperCase();
    this.set(patch);
  }

  private async load(state: ViewState): Promise<void> {
    this.abort?.abort();
    const ctl = new AbortController();
    this.abort = ctl;
    this.loadedFor = { ...state };
    this.loading = true;
    this.all = [];
    this.total = 0;
    this.errorBox.hidden = true;
    this.renderData(true);
    const started = performance.now();
    let cursor: string | null = null;
    let pageNo = 0;
    try {
      do {
        const limit = PAGE_SIZES[Math.min(pageNo, PAGE_SIZES.length - 1)];
        const q: string = pageNo === 0 ? firstPageQuery(state) : apiQuery(state, SERVER_FILTER_KEYS, { sort: '-date', limit: String(limit), ...(cursor ? { cursor } : {}) });
        const page: EventList = await (pageNo === 0 ? takePrefetch(q) : null) ?? (await listEvents(q, ctl.signal));
        if (ctl.signal.aborted) return;
        for (const e of page.events) {
          const s = slim(e);
          this.all.push(s);
          if (s.country) this.countries.add(s.country);
        }
        this.total = page.total;
        cursor = page.next_cursor;
        pageNo++;
        if (pageNo === 1) {
          this.renderData(true);
          this.renderForm();
          this.map.draw();
          // For the benchmark: ms since navigation start when the first events were on the map and in the table.
          (window as unknown as { sitrepTimes?: Record<string, number> }).sitrepTimes = { firstRender: performance.now(), firstRequest: started };
        } else this.scheduleRender();
        // Let the browser paint and handle input between pages.
        await new Promise((r) => setTimeout(r, 0));
      } while (cursor && this.all.length < MAX_EVENTS);
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      this.errorBox.hidden = false;
      this.errorBox.textContent = `Could not load events: ${(err as ApiFailure).message}`;
    } finally {
      if (this.abort === ctl) {
        this.loading = false;
        this.renderData(true);
        this.renderForm();
        this.el.dataset.loaded = String(this.all.length);
        const times = ((window as unknown as { sitrepTimes?: Record<string, number> }).sitrepTimes ??= {});
        times.allLoaded = performance.now();
      }
    }
  }

  private scheduleRender(): void {
    if (this.renderTimer) return;
    this.renderTimer = window.setTimeout(() => {
      this.renderTimer = 0;
      this.renderData(true);
    }, 400);
  }

  private dated(): Slim[] {
    return inDateRange(this.all, this.state.from, this.state.to);
  }

  private renderData(dataChanged = false): void {
    if (dataChanged) this.timeline.setUnit(this.state.bin, this.all);
    const shown = this.dated();
    this.map.setEvents(shown, true);
    this.renderTable(shown);
  }

  private renderTable(shown = this.dated()): void {
    let rows = shown;
    if (this.state.inview) {
      const [w, s, e, n] = this.map.bounds();
      rows = rows.filter((r) => r.hasLoc && r.lon >= w && r.lon <= e && r.lat >= s && r.lat <= n);
    }
    const sorted = sortEvents(rows, this.state.sort);
    const pages = Math.max(1, Math.ceil(sorted.length / TABLE_PAGE));
    const page = Math.min(this.state.page, pages);
    const slice = sorted.slice((page - 1) * TABLE_PAGE, page * TABLE_PAGE);
    const more = this.loading ? ` · loading ${this.all.length.toLocaleString('en-US')} of ${this.total.toLocaleString('en-US')}…` : this.total > this.all.length ? ` · first ${this.all.length.toLocaleString('en-US')} of ${this.total.toLocaleString('en-US')} loaded (narrow the filters)` : '';
    this.summary.textContent = sorted.length
      ? `${(page - 1) * TABLE_PAGE + 1}–${(page - 1) * TABLE_PAGE + slice.length} of ${plural(sorted.length, 'event')}${more}`
      : `${this.loading ? 'Loading…' : 'No events match these filters.'}${more}`;
    this.el.dataset.rows = String(sorted.length);

    const cols: Array<{ key: string; label: string; num?: boolean }> = [
      { key: 'date', label: 'Date' },
      { key: 'type', label: 'Type' },
      { key: 'place', label: 'Location' },
      { key: 'country', label: 'Country' },
      { key: 'fatalities', label: 'Fatalities', num: true },
      { key: 'injured', label: 'Injured', num: true },
      { key: 'sources', label: 'Sources', num: true },
      { key: 'summary', label: 'Summary' },
    ];
    const desc = this.state.sort.startsWith('-');
    const sortKey = desc ? this.state.sort.slice(1) : this.state.sort;
    const head = h(
      'tr',
      null,
      cols.map((c) =>
        h(
          'th',
          { scope: 'col', class: c.num ? 'num' : '', 'aria-sort': c.key === sortKey ? (desc ? 'descending' : 'ascending') : 'none' },
          h(
            'button',
            {
              type: 'button',
              class: 'sort',
              title: `Sort by ${c.label.toLowerCase()}`,
              onclick: () => this.set({ sort: c.key === sortKey && !desc ? `-${c.key}` : c.key === sortKey ? c.key : c.num || c.key === 'date' ? `-${c.key}` : c.key, page: 1 }),
            },
            c.label,
            c.key === sortKey ? (desc ? ' ▼' : ' ▲') : '',
          ),
        ),
      ),
    );
    const body = h(
      'tbody',
      null,
      slice.map((e) =>
        h(
          'tr',
          { dataset: { id: e.id } },
          h('td', { class: 'nowrap', 'data-label': 'Date' }, e.start ? (e.start === e.end ? e.start : `${e.start} – ${e.end}`) : '—'),
          h('td', { 'data-label': 'Type' }, h('span', { class: 'swatch', style: { background: typeColor(e.type) } }), typeLabel(e.type), e.subtype ? h('div', { class: 'sub' }, subtypeLabel(e.subtype)) : null),
          h('td', { 'data-label': 'Location' }, e.place || '—', e.admin1 ? h('div', { class: 'sub' }, e.admin1) : null, h('div', { class: 'sub' }, `precision ${e.precision}`)),
          h('td', { title: countryName(e.country), 'data-label': 'Country' }, e.country || '—'),
          h('td', { class: 'num', 'data-label': 'Fatalities' }, String(e.fatalities)),
          h('td', { class: 'num', 'data-label': 'Injured' }, String(e.injured)),
          h('td', { class: 'num', 'data-label': 'Sources' }, String(e.sources)),
          h('td', { class: 'summary-cell', 'data-label': 'Summary' }, h('a', { href: `/event/${encodeURIComponent(e.id)}` }, e.summary || '(no summary)'), e.status === 'background' ? h('span', { class: 'badge' }, 'background') : null),
        ),
      ),
    );
    const pager = h(
      'nav',
      { class: 'pager', 'aria-label': 'Table pages' },
      h('button', { type: 'button', disabled: page <= 1, onclick: () => this.set({ page: 1 }) }, '« First'),
      h('button', { type: 'button', disabled: page <= 1, onclick: () => this.set({ page: page - 1 }) }, '‹ Prev'),
      h('span', null, `Page ${page} of ${pages}`),
      h('button', { type: 'button', disabled: page >= pages, onclick: () => this.set({ page: page + 1 }) }, 'Next ›'),
      h('button', { type: 'button', disabled: page >= pages, onclick: () => this.set({ page: pages }) }, 'Last »'),
    );
    replace(this.tableWrap, h('table', { class: 'events' }, h('thead', null, head), body), pager);
  }

  private renderExports(): void {
    const extra: Record<string, string> = {};
    if (this.state.inview) extra.bbox = this.map.bounds().map((v) => v.toFixed(4)).join(',');
    const q = apiQuery(this.state, FILTER_KEYS, extra);
    replace(
      this.exportLinks,
      'Export this view: ',
      h('a', { href: exportUrl('acled-csv', q), download: 'sitrep-events.csv' }, 'ACLED CSV'),
      ' · ',
      h('a', { href: exportUrl('geojson', q), download: 'sitrep-events.geojson' }, 'GeoJSON'),
    );
  }

  private renderForm(): void {
    const s = this.state;
    const active = document.activeElement;
    // Rebuilding the form must not lose the keyboard focus.
    const focusName = active && this.form.contains(active) ? (active as HTMLInputElement).name || (active as HTMLElement).className : null;
    const field = (label: string, control: HTMLElement) => h('label', { class: 'field' }, h('span', null, label), control);
    const countries = [...new Set([...this.countries, ...(s.country ? [s.country] : [])])].sort((a, b) => countryName(a).localeCompare(countryName(b)));
    const known = new Set(Object.values(SUBTYPES).flat().map((x) => x.slug));
    const otherSub = [...new Set([...this.all.map((e) => e.subtype), s.subtype].filter((x) => x && !known.has(x)))];
    const groups = (s.type ? [s.type] : TYPES).map((t) =>
      h('optgroup', { label: typeLabel(t) }, (SUBTYPES[t] ?? []).map((x) => h('option', { value: x.slug, selected: x.slug === s.subtype }, x.label))),
    );
    replace(
      this.form,
      h('div', { class: 'field-row' },
        field('From', h('input', { type: 'date', name: 'from', value: s.from, max: s.to || undefined })),
        field('To', h('input', { type: 'date', name: 'to', value: s.to, min: s.from || undefined }))),
      field('Country', h('select', { name: 'country' }, h('option', { value: '' }, 'Any country'), countries.map((c) => h('option', { value: c, selected: c === s.country }, `${countryName(c)} (${c})`)))),
      field('Type', h('select', { name: 'type' }, h('option', { value: '' }, 'Any type'), TYPES.map((t) => h('option', { value: t, selected: t === s.type }, typeLabel(t))))),
      field('Subtype', h('select', { name: 'subtype' }, h('option', { value: '' }, 'Any subtype'), groups,
        otherSub.length ? h('optgroup', { label: 'Other' }, otherSub.map((x) => h('option', { value: x, selected: x === s.subtype }, subtypeLabel(x)))) : null)),
      field('Actor', h('input', { type: 'text', name: 'actor', value: s.actor, placeholder: 'e.g. police' })),
      field('Status', h('select', { name: 'status' },
        h('option', { value: '' }, 'Current and background'),
        h('option', { value: 'current', selected: s.status === 'current' }, 'Current only'),
        h('option', { value: 'background', selected: s.status === 'background' }, 'Background only'))),
      field('Min. fatalities', h('input', { type: 'number', name: 'min_fatalities', min: '0', step: '1', value: s.min_fatalities, inputmode: 'numeric' })),
      field('Text', h('input', { type: 'search', name: 'q', value: s.q, placeholder: 'words in summary or evidence' })),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'inview', value: '1', checked: s.inview }), ' Table: only events in map view'),
      h('div', { class: 'form-buttons' },
        h('button', { type: 'submit', class: 'primary' }, 'Apply'),
        h('a', { href: '/', class: 'button' }, 'Reset')),
    );
    if (focusName) {
      const el = this.form.querySelector<HTMLElement>(`[name="${CSS.escape(focusName)}"]`) ?? this.form.querySelector<HTMLElement>(`.${CSS.escape(focusName)}`);
      el?.focus();
    }
  }
}
