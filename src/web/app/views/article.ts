/** Article page: the text with every event mention, time expression, place and entity highlighted. */
import type { ArticleDetail } from '../../../api/contract.js';
import { getArticle } from '../api.js';
import { h, replace } from '../dom.js';
import { articleText, evidenceOf, reveal } from '../evidence.js';
import type { Mark } from '../highlight.js';
import { countryName, formatCount, formatDate, formatTime, plural, subtypeLabel, typeColor, typeLabel } from '../format.js';

export async function renderArticle(root: HTMLElement, id: string): Promise<void> {
  replace(root, h('p', { class: 'loading' }, 'Loading article…'));
  let detail: ArticleDetail;
  try {
    detail = await getArticle(id);
  } catch (err) {
    replace(root, h('div', { class: 'error', role: 'alert' }, `Could not load article ${id}: ${(err as Error).message}`), h('p', null, h('a', { href: '/' }, '← All events')));
    return;
  }
  document.title = `${detail.article.title ?? 'Article'} · sitrep`;
  replace(root, h('p', { class: 'crumbs' }, h('a', { href: '/' }, '← All events')), articleSection(detail));
}

type Layer = 'ev' | 'timex' | 'place' | 'entity';

const LAYERS: Array<{ key: Layer; label: string; on: boolean }> = [
  { key: 'ev', label: 'Event mentions', on: true },
  { key: 'timex', label: 'Time expressions', on: true },
  { key: 'place', label: 'Places', on: true },
  { key: 'entity', label: 'Named entities', on: false },
];

/** Article metadata, highlighted text with layer toggles, and lists of what was found. */
export function articleSection(d: ArticleDetail): HTMLElement {
  const a = d.article;
  const marks: Mark[] = [];
  d.mentions.forEach((m, i) => {
    for (const sp of evidenceOf(m.record)) {
      marks.push({ start: sp.start, end: sp.end, cls: `ev ev-${i % 6}`, label: `event ${i + 1} (${typeLabel(m.record.type)}) · ${sp.label}`, key: `m${i}:${sp.start}` });
    }
  });
  for (const t of d.timexes ?? []) marks.push({ start: t.start_char, end: t.end_char, cls: 'timex', label: `time: ${t.value}${t.start ? ` = ${t.start === t.end ? t.start : `${t.start}…${t.end}`}` : ''}`, key: `t${t.start_char}` });
  for (const p of d.toponyms ?? []) marks.push({ start: p.start_char, end: p.end_char, cls: 'place', label: `place: ${p.name}${p.country ? `, ${countryName(p.country)}` : ''} (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})`, key: `p${p.start_char}` });
  for (const en of d.entities ?? []) marks.push({ start: en.start_char, end: en.end_char, cls: 'entity', label: `${en.type}: ${en.text}`, key: `n${en.start_char}` });
  const { el: textEl, byKey } = articleText(a, marks);
  const textBox = h('div', { class: 'article-text-box' }, textEl);
  const toggles = h(
    'fieldset',
    { class: 'layers' },
    h('legend', null, 'Highlight'),
    LAYERS.map((l) => {
      const box = h('input', { type: 'checkbox', checked: l.on, onchange: () => textBox.classList.toggle(`hide-${l.key}`, !box.checked) });
      if (!l.on) textBox.classList.add(`hide-${l.key}`);
      return h('label', { class: `layer-toggle lt-${l.key}` }, box, ' ', h('span', null, l.label));
    }),
  );
  const url = a.url ? (/^https?:\/\//i.test(a.url) ? h('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, a.url) : h('span', null, a.url)) : null;
  return h(
    'article',
    { class: 'article-page' },
    h('h1', null, a.title || '(untitled article)'),
    h(
      'dl',
      { class: 'article-meta' },
      h('dt', null, 'Source'), h('dd', null, a.source ?? '—'),
      h('dt', null, 'Published'), h('dd', null, formatTime(a.published), a.published_info?.timezone_assumed ? ' (time zone assumed UTC)' : ''),
      a.byline ? [h('dt', null, 'Byline'), h('dd', null, a.byline)] : null,
      a.dateline ? [h('dt', null, 'Dateline'), h('dd', null, a.dateline.text)] : null,
      url ? [h('dt', null, 'URL'), h('dd', { class: 'url' }, url)] : null,
      h('dt', null, 'Id'), h('dd', null, a.id),
    ),
    h(
      'div',
      { class: 'article-layout' },
      h('div', { class: 'article-main' }, toggles, textBox),
      h(
        'aside',
        { class: 'article-side' },
        h('h2', null, `Events (${d.mentions.length})`),
        d.mentions.length
          ? h(
              'ol',
              { class: 'mention-list' },
              d.mentions.map((m, i) =>
                h(
                  'li',
                  { class: `ev-${i % 6}` },
                  h('span', { class: 'swatch', style: { background: typeColor(m.record.type) } }),
                  h('b', null, typeLabel(m.record.type)),
                  m.record.subtype ? ` · ${subtypeLabel(m.record.subtype)}` : '',
                  m.record.status === 'background' ? h('span', { class: 'badge' }, 'background') : null,
                  h('div', { class: 'sub' }, `${formatDate(m.record.date)} · ${m.record.location?.name ?? 'no place'} · ${countsLine(m.record)}`),
                  h('div', null, m.record.summary),
                  h(
                    'div',
                    { class: 'mention-actions' },
                    h('button', { type: 'button', class: 'linklike', onclick: () => reveal(firstMark(byKey, `m${i}:`)) }, 'show in text'),
                    m.event_id ? [' · ', h('a', { href: `/event/${encodeURIComponent(m.event_id)}` }, 'merged event →')] : null,
                  ),
                ),
              ),
            )
          : h('p', { class: 'muted' }, 'No events found in this article.'),
        h('h2', null, `Time expressions (${d.timexes?.length ?? 0})`),
        h('ul', { class: 'compact' }, (d.timexes ?? []).map((t) => h('li', null, h('button', { type: 'button', class: 'linklike', onclick: () => reveal(byKey.get(`t${t.start_char}`)) }, t.text), ` → ${t.start ? (t.start === t.end ? t.start : `${t.start} … ${t.end}`) : t.value}`))),
        h('h2', null, `Places (${d.toponyms?.length ?? 0})`),
        h('ul', { class: 'compact' }, (d.toponyms ?? []).map((p) => h('li', null, h('button', { type: 'button', class: 'linklike', onclick: () => reveal(byKey.get(`p${p.start_char}`)) }, p.text), ` → ${p.name}${p.country ? `, ${countryName(p.country)}` : ''}`))),
        h('p', { class: 'muted' }, `${plural(d.entities?.length ?? 0, 'named entity', 'named entities')}`),
      ),
    ),
  );
}

function countsLine(r: ArticleDetail['mentions'][number]['record']): string {
  const parts: string[] = [];
  if (r.fatalities) parts.push(`${formatCount(r.fatalities)} killed`);
  if (r.injured) parts.push(`${formatCount(r.injured)} injured`);
  if (r.arrested) parts.push(`${formatCount(r.arrested)} arrested`);
  return parts.join(', ') || 'no casualty figures';
}

function firstMark(byKey: Map<string, HTMLElement>, prefix: string): HTMLElement | undefined {
  for (const [k, el] of byKey) if (k.startsWith(prefix)) return el;
  return undefined;
}
