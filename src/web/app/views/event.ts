/**
 * Event page: every field with its evidence highlighted in the source article text, attribution,
 * every merged source with what it reported, and the revision history.
 */
import type { ApiEvent, ArticleDetail, EventDetail, EventSource } from '../../../api/contract.js';
import type { Count, EventRecord } from '../../../types.js';
import { getArticle, getEvent } from '../api.js';
import { h, replace } from '../dom.js';
import { articleText, evidenceOf, fieldClass, FIELD_LEGEND, reveal, type EvidenceSpan } from '../evidence.js';
import { ACTOR_KIND_LABEL, PRECISION_LABEL, countryName, formatCount, formatDate, formatTime, plural, subtypeLabel, typeColor, typeLabel } from '../format.js';

const COUNT_FIELDS = ['fatalities', 'injured', 'arrested'] as const;

export async function renderEvent(root: HTMLElement, id: string): Promise<void> {
  replace(root, h('p', { class: 'loading' }, 'Loading event…'));
  let detail: EventDetail;
  try {
    detail = await getEvent(id);
  } catch (err) {
    replace(root, h('div', { class: 'error', role: 'alert' }, `Could not load event ${id}: ${(err as Error).message}`), h('p', null, h('a', { href: '/' }, '← All events')));
    return;
  }
  const { event: e, sources, revisions } = detail;
  document.title = `${typeLabel(e.type)}: ${e.location?.name ?? ''} ${e.date?.start ?? ''} · sitrep`;

  const sourceViews = sources.map((s, i) => new SourceView(s, i, e));
  const fieldRows = fieldTable(e, sources, sourceViews);

  replace(
    root,
    h(
      'article',
      { class: 'event-page' },
      h('p', { class: 'crumbs' }, h('a', { href: '/' }, '← All events')),
      h('h1', null, h('span', { class: 'swatch big', style: { background: typeColor(e.type) } }), e.summary || typeLabel(e.type)),
      h(
        'p',
        { class: 'badges' },
        h('span', { class: 'badge type', style: { borderColor: typeColor(e.type) } }, typeLabel(e.type)),
        e.subtype ? h('span', { class: 'badge' }, subtypeLabel(e.subtype)) : null,
        h('span', { class: `badge status-${e.status}` }, e.status),
        e.modality && e.modality !== 'asserted' ? h('span', { class: 'badge warn' }, e.modality) : null,
        h('span', { class: 'badge' }, `confidence ${Math.round((e.confidence ?? 0) * 100)}%`),
        h('span', { class: 'badge' }, `${plural(e.sources_count, 'source')}, ${plural(e.articles_count, 'article')}`),
        h('span', { class: 'badge' }, `revision ${e.revision}`),
      ),
      h('section', { class: 'facts', 'aria-label': 'Event fields' }, h('h2', null, 'Fields and their evidence'), fieldRows),
      h(
        'section',
        { class: 'sources', 'aria-label': 'Sources' },
        h('h2', null, `Sources (${sources.length})`),
        h('p', { class: 'hint' }, 'What each article reported; values that differ from the merged event are marked. Open a source to read its text with the evidence highlighted.'),
        legendEl(),
        sourceViews.map((v) => v.el),
      ),
      h('section', { class: 'revisions', 'aria-label': 'Revision history' }, h('h2', null, 'Revision history'), revisionTable(revisions)),
      h('p', { class: 'meta' }, `Event id ${e.id} · first reported ${formatTime(e.first_reported)} · updated ${formatTime(e.updated_at)}`),
    ),
  );
  if (sourceViews[0]) await sourceViews[0].open(false);
}

function legendEl(): HTMLElement {
  return h('ul', { class: 'field-legend', 'aria-label': 'Highlight colours' }, FIELD_LEGEND.map(([cls, label]) => h('li', null, h('mark', { class: cls }, label))));
}

function countText(c: Count | null): string {
  if (!c) return '—';
  let t = formatCount(c);
  if (c.breakdown?.length) t += ` — ${c.breakdown.map((b) => `${b.count} ${b.who}`).join(', ')}`;
  return t;
}

/** The merged event's fields, each with the evidence quote(s) from the source(s) that contributed it. */
function fieldTable(e: EventRecord, sources: EventSource[], views: SourceView[]): HTMLElement {
  const rows: HTMLElement[] = [];
  const quotes = (fields: string[]) => {
    const out: HTMLElement[] = [];
    sources.forEach((s, i) => {
      const contributed = !s.fields?.length || fields.some((f) => s.fields.includes(f));
      const seen = new Set<string>();
      for (const ev of evidenceOf(s.mention)) {
        if (!ev.text || seen.has(ev.text)) continue;
        seen.add(ev.text);
        if (!fields.some((f) => ev.field === f || ev.field.startsWith(f) || (f === 'actors' && fieldClass(ev.field) === 'f-actor') || (f === 'type' && fieldClass(ev.field) === 'f-other'))) continue;
        if (!contributed && out.length) continue;
        out.push(
          h(
            'button',
            { type: 'button', class: `quote ${fieldClass(ev.field)}`, title: `Show in source ${i + 1}: ${s.article_title ?? s.article_id}`, onclick: () => void views[i].open(true, ev) },
            `“${ev.text}”`,
            h('span', { class: 'quote-src' }, ` — source ${i + 1}${contributed ? '' : ' (not used)'}`),
          ),
        );
      }
    });
    return out.length ? out : [h('span', { class: 'muted' }, 'no evidence span')];
  };
  const row = (label: string, value: (Node | string)[] | string, fields: string[] | null, extra?: Node | null) =>
    rows.push(h('tr', null, h('th', { scope: 'row' }, label), h('td', null, value, extra ?? null), h('td', { class: 'evidence-cell' }, fields ? quotes(fields) : h('span', { class: 'muted' }, '—'))));
  row('Type', `${typeLabel(e.type)}${e.subtype ? ` · ${subtypeLabel(e.subtype)}` : ''}`, ['type', 'trigger', 'subtype']);
  row('Date', formatDate(e.date), ['date']);
  const loc = e.location;
  row(
    'Location',
    loc ? [loc.name, loc.admin1 ? `, ${loc.admin1}` : '', loc.country ? `, ${countryName(loc.country)}` : ''].join('') : '—',
    ['location'],
    loc ? h('div', { class: 'sub' }, `${loc.lat.toFixed(4)}, ${loc.lon.toFixed(4)} · precision ${loc.precision}: ${PRECISION_LABEL[loc.precision] ?? ''}${loc.geonameid ? ` · GeoNames ${loc.geonameid}` : ''}`) : null,
  );
  row(
    'Actors',
    e.actors?.length ? e.actors.map((a) => `${a.name} (${a.role}, ${ACTOR_KIND_LABEL[a.kind] ?? a.kind})`).join('; ') : '—',
    ['actors', 'actor1', 'actor2', 'associated'],
  );
  for (const f of COUNT_FIELDS) {
    const c = e[f];
    const claims = (e as ApiEvent).count_claims?.[f] ?? [];
    const extra = h(
      'div',
      null,
      c?.attribution ? h('div', { class: 'attribution' }, `according to ${c.attribution}`) : null,
      claims.length > 1 || (claims.length === 1 && claims[0].best !== c?.best)
        ? h('ul', { class: 'claims', 'aria-label': `${f} by source` }, claims.map((cl) => h('li', null, `${cl.source ?? cl.article_id}: ${cl.low === cl.high ? cl.best : `${cl.best} (${cl.low}–${cl.high})`}${cl.attribution ? ` (according to ${cl.attribution})` : ''}`)))
        : null,
    );
    row(f[0].toUpperCase() + f.slice(1), countText(c), c ? [f] : null, extra);
  }
  return h('table', { class: 'fields' }, h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Merged value'), h('th', { scope: 'col' }, 'Evidence (click to see it in the article)'))), h('tbody', null, rows));
}

/** One merged source: what it reported, and its article text with the mention's evidence highlighted. */
class SourceView {
  readonly el: HTMLElement;
  private body: HTMLElement;
  private article: ArticleDetail | null = null;
  private marks = new Map<string, HTMLElement>();
  private toggle: HTMLButtonElement;

  constructor(private s: EventSource, private index: number, private merged: EventRecord) {
    const m = s.mention;
    const diff = (field: 'fatalities' | 'injured' | 'arrested') => {
      const mine = m[field]?.best ?? null;
      const theirs = merged[field]?.best ?? null;
      return mine !== theirs;
    };
    const reported: Array<Node | string> = [];
    for (const f of COUNT_FIELDS) {
      const c = m[f];
      if (!c && !merged[f]) continue;
      reported.push(
        h('li', { class: diff(f) ? 'differs' : '' }, h('b', null, `${c ? formatCount(c) : 'no figure'} ${f}`), c?.attribution ? ` (according to ${c.attribution})` : '', diff(f) ? h('span', { class: 'differs-note' }, ' differs from merged') : ''),
      );
    }
    reported.push(h('li', { class: m.date?.start !== merged.date?.start ? 'differs' : '' }, `date ${formatDate(m.date)}`));
    reported.push(h('li', { class: m.location?.name !== merged.location?.name ? 'differs' : '' }, `place ${m.location ? `${m.location.name} (precision ${m.location.precision})` : '—'}`));
    if (m.type !== merged.type) reported.push(h('li', { class: 'differs' }, `type ${typeLabel(m.type)}`));
    this.body = h('div', { class: 'source-body', hidden: true });
    this.toggle = h('button', { type: 'button', 'aria-expanded': 'false', onclick: () => (this.body.hidden ? void this.open(false) : this.close()) }, 'Show text with evidence');
    this.el = h(
      'div',
      { class: 'source', id: `source-${index + 1}` },
      h(
        'h3',
        null,
        `${index + 1}. `,
        h('a', { href: `/article/${encodeURIComponent(s.article_id)}` }, s.article_title || s.article_id),
        s.article_source ? h('span', { class: 'outlet' }, ` · ${s.article_source}`) : null,
      ),
      h('p', { class: 'sub' }, `published ${formatTime(s.published)}`, s.fields?.length ? ` · contributed: ${s.fields.join(', ')}` : '', m.status === 'background' ? ' · mentioned as background' : ''),
      h('ul', { class: 'reported' }, reported),
      this.toggle,
      this.body,
    );
  }

  close(): void {
    this.body.hidden = true;
    this.toggle.setAttribute('aria-expanded', 'false');
    this.toggle.textContent = 'Show text with evidence';
  }

  async open(scroll: boolean, focus?: EvidenceSpan): Promise<void> {
    this.body.hidden = false;
    this.toggle.setAttribute('aria-expanded', 'true');
    this.toggle.textContent = 'Hide text';
    if (!this.article) {
      replace(this.body, h('p', { class: 'loading' }, 'Loading article…'));
      try {
        this.article = await getArticle(this.s.article_id);
      } catch (err) {
        replace(this.body, h('div', { class: 'error' }, `Could not load the article: ${(err as Error).message}`));
        return;
      }
      const spans = evidenceOf(this.s.mention);
      const text = this.article.article.text;
      const { el, byKey } = articleText(
        this.article.article,
        spans.map((sp) => ({ start: sp.start, end: sp.end, cls: `ev ${fieldClass(sp.field)}`, label: sp.label, key: `${sp.field}:${sp.start}:${sp.end}` })),
        `Text of source ${this.index + 1}`,
      );
      this.marks = byKey;
      const bad = spans.filter((sp) => sp.text && text.slice(sp.start, sp.end) !== sp.text);
      replace(
        this.body,
        h(
          'ol',
          { class: 'evidence-list' },
          spans.map((sp) =>
            h('li', null, h('button', { type: 'button', class: `quote ${fieldClass(sp.field)}`, onclick: () => reveal(this.marks.get(`${sp.field}:${sp.start}:${sp.end}`)) }, `${sp.label}: “${text.slice(sp.start, sp.end)}”`)),
          ),
        ),
        bad.length ? h('p', { class: 'error' }, `${plural(bad.length, 'evidence span')} do not match the article text (offsets out of date?).`) : null,
        el,
      );
    }
    if (focus) reveal(this.marks.get(`${focus.field}:${focus.start}:${focus.end}`));
    else if (scroll) this.el.scrollIntoView({ block: 'start' });
  }
}

function summarize(r: EventRecord): Record<string, string> {
  return {
    type: `${typeLabel(r.type)}${r.subtype ? ` / ${subtypeLabel(r.subtype)}` : ''}`,
    status: r.status,
    date: formatDate(r.date),
    location: r.location ? `${r.location.name} (p${r.location.precision})` : '—',
    actors: (r.actors ?? []).map((a) => a.name).join('; ') || '—',
    fatalities: formatCount(r.fatalities),
    injured: formatCount(r.injured),
    arrested: formatCount(r.arrested),
  };
}

function revisionTable(revisions: EventDetail['revisions']): HTMLElement {
  if (!revisions?.length) return h('p', { class: 'muted' }, 'No revisions recorded.');
  const sorted = [...revisions].sort((a, b) => a.revision - b.revision);
  const rows = sorted.map((rev, i) => {
    const now = summarize(rev.event);
    const before = i > 0 ? summarize(sorted[i - 1].event) : null;
    const changes = before
      ? Object.keys(now)
          .filter((k) => now[k] !== before[k])
          .map((k) => h('li', null, h('b', null, k), `: ${before[k]} → ${now[k]}`))
      : [h('li', null, 'created')];
    return h(
      'tr',
      null,
      h('td', { class: 'num' }, String(rev.revision)),
      h('td', { class: 'nowrap' }, formatTime(rev.created_at)),
      h('td', null, rev.reason),
      h('td', null, h('ul', { class: 'changes' }, changes.length ? changes : [h('li', { class: 'muted' }, 'no field changed')])),
    );
  });
  return h('table', { class: 'revisions-table' }, h('thead', null, h('tr', null, ['Rev.', 'When', 'Why', 'What changed'].map((t) => h('th', { scope: 'col' }, t)))), h('tbody', null, rows.reverse()));
}
