/** Evidence spans of an event record, grouped by field, and rendering of an article with them highlighted. */
import type { Article, EventRecord } from '../../types.js';
import { h } from './dom.js';
import { renderHighlighted, type Mark } from './highlight.js';

export interface EvidenceSpan {
  field: string;
  start: number;
  end: number;
  text: string;
  label: string;
}

/** CSS class per evidence field (colour-coded in the text and in the fields table). */
export function fieldClass(field: string): string {
  if (field === 'date' || field === 'time') return 'f-date';
  if (field === 'location' || field === 'place') return 'f-loc';
  if (field.startsWith('actor') || field === 'associated' || field === 'actors') return 'f-actor';
  if (field.startsWith('fatalities')) return 'f-fat';
  if (field.startsWith('injured')) return 'f-inj';
  if (field.startsWith('arrested')) return 'f-arr';
  if (field === 'attribution') return 'f-attr';
  return 'f-other';
}

export const FIELD_LEGEND: Array<[string, string]> = [
  ['f-other', 'type / trigger'],
  ['f-date', 'date'],
  ['f-loc', 'place'],
  ['f-actor', 'actors'],
  ['f-fat', 'fatalities'],
  ['f-inj', 'injured'],
  ['f-arr', 'arrested'],
  ['f-attr', 'attribution'],
];

/** Every evidence span of a record (date, place, actors, counts and the record's own evidence list), de-duplicated by span and field colour. */
export function evidenceOf(r: EventRecord): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  const seen = new Map<string, EvidenceSpan>();
  const add = (field: string, s: { start_char: number; end_char: number; text?: string } | null | undefined, label?: string) => {
    if (!s || typeof s.start_char !== 'number' || typeof s.end_char !== 'number') return;
    // One entry per span and colour: the first (most specific) label wins; a later entry may supply the text.
    const key = `${fieldClass(field)}:${s.start_char}:${s.end_char}`;
    const had = seen.get(key);
    if (had) {
      if (!had.text && s.text) had.text = s.text;
      return;
    }
    const sp = { field, start: s.start_char, end: s.end_char, text: s.text ?? '', label: label ?? field };
    seen.set(key, sp);
    out.push(sp);
  };
  if (r.date) add('date', r.date, `date: ${r.date.start === r.date.end ? r.date.start : `${r.date.start}–${r.date.end}`}`);
  if (r.location) add('location', r.location, `place: ${r.location.name} (precision ${r.location.precision})`);
  for (const a of r.actors ?? []) add(a.role === 'associated' ? 'associated' : a.role, a, `${a.role}: ${a.name} (${a.kind.replace(/_/g, ' ')})`);
  for (const [name, c] of [['fatalities', r.fatalities], ['injured', r.injured], ['arrested', r.arrested]] as const) {
    if (!c) continue;
    for (const ev of c.evidence ?? []) add(ev.field === 'attribution' || ev.field?.startsWith(name) ? ev.field : name, ev, `${name}: ${c.best}${c.attribution ? ` (according to ${c.attribution})` : ''}`);
  }
  for (const ev of r.evidence ?? []) add(ev.field || 'trigger', ev, ev.field || 'evidence');
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The article text (pre-wrapped, never parsed as HTML) with marks. Returns the container and the mark elements by key. */
export function articleText(article: Pick<Article, 'text'>, marks: Mark[], label = 'Article text'): { el: HTMLElement; byKey: Map<string, HTMLElement> } {
  const el = h('div', { class: 'article-text', 'aria-label': label, tabindex: '-1' });
  const byKey = renderHighlighted(el, article.text, marks);
  return { el, byKey };
}

/** Scroll a highlighted span into view and flash it. */
export function reveal(el: HTMLElement | undefined): void {
  if (!el) return;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.classList.remove('flash');
  void el.offsetWidth;
  el.classList.add('flash');
  el.tabIndex = -1;
  el.focus({ preventScroll: true });
}
