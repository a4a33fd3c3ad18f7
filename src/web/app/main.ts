/** sitrep web UI: a small router over four views (overview, event, article, add article). */
import { h, replace } from './dom.js';
import { parseState } from './state.js';
import { HomeView, prefetchEvents } from './views/home.js';
import { renderEvent } from './views/event.js';
import { renderArticle } from './views/article.js';
import { renderSubmit } from './views/submit.js';
import './style.css';

performance.mark('sitrep:boot');

export interface Nav {
  /** Go to a same-origin URL. `silent` only rewrites the URL (no re-render). */
  go(url: string, opts?: { replace?: boolean; silent?: boolean }): void;
}

const main = h('main', { id: 'main', tabindex: '-1' });
const navLinks = [
  { href: '/', label: 'Events', match: (p: string) => p === '/' },
  { href: '/submit', label: 'Add article', match: (p: string) => p === '/submit' },
];
const navEl = h('nav', { class: 'top-nav', 'aria-label': 'Main' });
const header = h(
  'header',
  { class: 'top' },
  h('a', { class: 'skip', href: '#main', onclick: (ev: Event) => { ev.preventDefault(); main.focus(); } }, 'Skip to content'),
  h('a', { class: 'brand', href: '/' }, 'sitrep'),
  navEl,
  h('a', { class: 'api-link', href: '/openapi.json' }, 'API'),
);
document.body.replaceChildren(header, main);

let home: HomeView | null = null;
let lastPath = '';

const nav: Nav = {
  go(url, opts = {}) {
    if (opts.replace || opts.silent) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    if (!opts.silent) route();
  },
};

function route(): void {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  replace(navEl, navLinks.map((l) => h('a', { href: l.href, 'aria-current': l.match(path) ? 'page' : undefined }, l.label)));
  const changedPage = path !== lastPath;
  lastPath = path;
  let m: RegExpExecArray | null;
  if (path === '/') {
    document.title = 'sitrep · events';
    const returning = !!home && main.firstChild !== home.el;
    if (!home) prefetchEvents(parseState(location.search));
    home ??= new HomeView(nav);
    if (main.firstChild !== home.el) replace(main, home.el);
    // Coming back from another page: the store may have changed (an article was added), so reload.
    home.update(parseState(location.search), returning);
  } else if ((m = /^\/event\/([^/]+)$/.exec(path))) {
    void renderEvent(main, decodeURIComponent(m[1]));
  } else if ((m = /^\/article\/([^/]+)$/.exec(path))) {
    void renderArticle(main, decodeURIComponent(m[1]));
  } else if (path === '/submit') {
    renderSubmit(main);
  } else {
    document.title = 'Not found · sitrep';
    replace(main, h('h1', null, 'Page not found'), h('p', null, h('a', { href: '/' }, 'Back to the events')));
  }
  if (changedPage && path !== '/') window.scrollTo(0, 0);
}

// Same-origin links navigate inside the app (open-in-new-tab and downloads still work).
document.addEventListener('click', (ev) => {
  if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  const a = (ev.target as Element).closest?.('a');
  if (!a || a.target || a.hasAttribute('download')) return;
  const href = a.getAttribute('href');
  if (!href || href.startsWith('#')) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname === '/openapi.json' || url.pathname === '/health') return;
  ev.preventDefault();
  nav.go(url.pathname + url.search + url.hash);
  if (url.pathname !== '/') main.focus({ preventScroll: true });
});
window.addEventListener('popstate', route);

// Hooks for the end-to-end tests and the benchmark.
(window as unknown as { sitrep: unknown }).sitrep = { nav, get home() { return home; } };
route();
