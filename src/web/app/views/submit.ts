/** Paste or upload an article (text or HTML) and see its events right away. */
import { getArticle, getToken, postArticle, setToken, type ArticleInput } from '../api.js';
import { h, replace } from '../dom.js';
import { formatCount, formatDate, plural, typeColor, typeLabel } from '../format.js';
import { articleSection } from './article.js';

export function renderSubmit(root: HTMLElement): void {
  document.title = 'Add an article · sitrep';
  const result = h('section', { class: 'submit-result', 'aria-live': 'polite', 'aria-label': 'Result' });
  const text = h('textarea', { name: 'text', rows: 14, required: true, placeholder: 'Paste the article text (or HTML) here…', 'aria-label': 'Article text or HTML' });
  const file = h('input', { type: 'file', name: 'file', accept: '.txt,.text,.html,.htm,text/plain,text/html' });
  const fileNote = h('span', { class: 'sub' });
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    if (f.size > 5_000_000) {
      fileNote.textContent = `${f.name} is too large (over 5 MB).`;
      return;
    }
    text.value = await f.text();
    fileNote.textContent = `Loaded ${f.name} (${plural(f.size, 'byte')}).`;
    if (/\.html?$/i.test(f.name)) (form.elements.namedItem('format') as RadioNodeList).value = 'html';
  });
  const token = h('input', { type: 'password', name: 'token', value: getToken(), autocomplete: 'off' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Extract events');
  const form = h(
    'form',
    { class: 'submit-form' },
    h('div', { class: 'field-row' },
      h('label', { class: 'field' }, h('span', null, 'Title'), h('input', { type: 'text', name: 'title' })),
      h('label', { class: 'field' }, h('span', null, 'Published (ISO date or time)'), h('input', { type: 'text', name: 'published', placeholder: '2024-03-05 or 2024-03-05T10:00:00Z', pattern: '\\d{4}-\\d{2}-\\d{2}([T ].*)?' }))),
    h('div', { class: 'field-row' },
      h('label', { class: 'field' }, h('span', null, 'Source (outlet)'), h('input', { type: 'text', name: 'source' })),
      h('label', { class: 'field' }, h('span', null, 'URL'), h('input', { type: 'url', name: 'url' }))),
    h('label', { class: 'field' }, h('span', null, 'Upload a .txt or .html file'), file, fileNote),
    h('label', { class: 'field' }, h('span', null, 'Text'), text),
    h('fieldset', { class: 'inline' }, h('legend', null, 'Input is'),
      h('label', null, h('input', { type: 'radio', name: 'format', value: 'auto', checked: true }), ' detect'),
      h('label', null, h('input', { type: 'radio', name: 'format', value: 'text' }), ' plain text'),
      h('label', null, h('input', { type: 'radio', name: 'format', value: 'html' }), ' HTML page')),
    h('details', { class: 'token' }, h('summary', null, 'API token (only if the server requires one)'), h('label', { class: 'field' }, h('span', null, 'Token'), token)),
    h('div', { class: 'form-buttons' }, submit),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const fd = new FormData(form);
    const body = String(fd.get('text') ?? '');
    if (!body.trim()) return;
    const fmt = String(fd.get('format') ?? 'auto');
    const isHtml = fmt === 'html' || (fmt === 'auto' && /^\s*(<!doctype html|<html[\s>])/i.test(body));
    const input: ArticleInput = isHtml ? { html: body } : { text: body };
    for (const k of ['title', 'published', 'source', 'url'] as const) {
      const v = String(fd.get(k) ?? '').trim();
      if (v) input[k] = v;
    }
    setToken(String(fd.get('token') ?? '').trim());
    submit.disabled = true;
    replace(result, h('p', { class: 'loading' }, 'Extracting…'));
    try {
      const res = await postArticle(input);
      await showResult(result, res.results[0]);
    } catch (err) {
      replace(result, h('div', { class: 'error', role: 'alert' }, `Could not add the article: ${(err as Error).message}`));
    } finally {
      submit.disabled = false;
    }
  });
  replace(
    root,
    h('div', { class: 'submit-page' }, h('h1', null, 'Add an article'), h('p', { class: 'hint' }, 'The article is stored and processed on this server; nothing leaves it. Its events appear below and on the map.'), form, result),
  );
}

async function showResult(box: HTMLElement, r: Awaited<ReturnType<typeof postArticle>>['results'][number] | undefined): Promise<void> {
  if (!r) {
    replace(box, h('div', { class: 'error' }, 'The server returned no result.'));
    return;
  }
  if (r.status === 'error') {
    replace(box, h('div', { class: 'error', role: 'alert' }, `Rejected${r.error.field ? ` (${r.error.field})` : ''}: ${r.error.message}`));
    return;
  }
  const statusText = r.status === 'unchanged' ? 'Already in the store (unchanged).' : r.status === 'reprocessed' ? 'Re-processed with the current pipeline.' : 'Added.';
  const events = r.events ?? [];
  const head = h(
    'div',
    { class: 'submit-summary' },
    h('h2', null, `${plural(r.mentions?.length ?? 0, 'event')} found`),
    h('p', null, statusText, ' ', h('a', { href: `/article/${encodeURIComponent(r.id)}` }, 'Open the article page')),
    r.warnings?.length ? h('ul', { class: 'warnings' }, r.warnings.map((w) => h('li', null, w))) : null,
    events.length
      ? h(
          'ul',
          { class: 'result-events' },
          events.map((e) =>
            h(
              'li',
              null,
              h('span', { class: 'swatch', style: { background: typeColor(e.type) } }),
              h('a', { href: `/event/${encodeURIComponent(e.id)}` }, e.summary || typeLabel(e.type)),
              h('div', { class: 'sub' }, `${typeLabel(e.type)} · ${formatDate(e.date)} · ${e.location?.name ?? 'no place'} · ${formatCount(e.fatalities)} killed · ${plural(e.sources_count, 'source')}`),
            ),
          ),
        )
      : null,
  );
  replace(box, head, h('p', { class: 'loading' }, 'Loading the highlighted text…'));
  try {
    const detail = await getArticle(r.id);
    replace(box, head, articleSection(detail));
  } catch (err) {
    replace(box, head, h('p', { class: 'error' }, `Could not load the article view: ${(err as Error).message}`));
  }
}
