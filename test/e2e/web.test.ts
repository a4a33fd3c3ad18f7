/**
 * End-to-end tests of the web UI in Debian's Chromium (playwright-core) against the REAL server:
 * createServer over a temp SQLite store, fixture articles ingested through POST /api/articles by the
 * real pipeline. What the UI must show is read from the API itself, so the tests follow the pipeline
 * as it improves. Skipped, with the reason, when Chromium is absent.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { ArticleDetail, EventDetail, EventList } from '../../src/api/contract.js';
import { browserSkipReason, ensureWebBuilt, launchBrowser } from './browser.js';
import { startRealServer, type RealServer } from './real-server.js';
import { PASTE_ARTICLE } from './fixtures.js';

const skip = browserSkipReason();
if (skip) console.log(`# ${skip}`);

describe('web UI on the real server', { skip: skip ?? false, timeout: 300_000 }, () => {
  let server: RealServer;
  let browser: Browser;
  const errors: string[] = [];

  before(async () => {
    ensureWebBuilt();
    [server, browser] = await Promise.all([startRealServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const api = async <T>(path: string): Promise<T> => {
    const r = await fetch(server.url + path);
    assert.equal(r.status, 200, path);
    return (await r.json()) as T;
  };

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${path}: console: ${m.text()}`);
    });
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(server.url)) return route.continue();
      errors.push(`${path}: request outside the app: ${route.request().url()}`);
      return route.abort();
    });
    await page.goto(server.url + path);
    return page;
  }

  const loaded = (page: Page, n: number) => page.waitForFunction((k) => document.querySelector('.home')?.getAttribute('data-loaded') === String(k), n);
  const rows = (page: Page) => page.locator('table.events tbody tr');

  test('the fixture articles were ingested and produced events', () => {
    for (const r of server.ingest.results) assert.equal(r.status, 'added', JSON.stringify(r));
  });

  test('overview: the stored events are on the map and in the table', async () => {
    const all = await api<EventList>('/api/events?limit=500');
    assert.ok(all.total >= 3, `pipeline produced ${all.total} events`);
    const page = await open('/');
    await loaded(page, all.total);
    assert.equal(await rows(page).count(), Math.min(50, all.total));
    const located = all.events.filter((e) => e.location).length;
    assert.equal(await page.locator('.map').getAttribute('data-events'), String(located));
    assert.ok(Number(await page.locator('.map').getAttribute('data-items')) >= 1);
    assert.match((await page.locator('table.events tbody').textContent()) ?? '', /Taraz/);
    await page.close();
  });

  test('filtering by type narrows the table and map to what the API returns for it', async () => {
    const all = await api<EventList>('/api/events?limit=500');
    const type = all.events.find((e) => e.location?.name === 'Taraz')?.type ?? all.events[0].type;
    const want = await api<EventList>(`/api/events?limit=500&type=${type}`);
    assert.ok(want.total < all.total, 'the filter must narrow');
    const page = await open('/');
    await loaded(page, all.total);
    await page.selectOption('select[name="type"]', type);
    await page.waitForURL(new RegExp(`type=${type}`));
    await loaded(page, want.total);
    assert.equal(await rows(page).count(), want.total);
    const ids = await rows(page).evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id));
    assert.deepEqual(new Set(ids), new Set(want.events.map((e) => e.id)));
    await page.close();
  });

  test('event page: evidence of every field is highlighted in the source article text', async () => {
    const all = await api<EventList>('/api/events?limit=500');
    const ev = all.events.find((e) => e.location?.name === 'Taraz' && e.sources_count > 1) ?? all.events.find((e) => e.location?.name === 'Taraz')!;
    assert.ok(ev, 'an event in Taraz');
    const detail = await api<EventDetail>(`/api/events/${ev.id}`);
    const src = detail.sources[0];
    const article = await api<ArticleDetail>(`/api/articles/${src.article_id}`);

    const page = await open('/');
    await loaded(page, all.total);
    await page.locator(`table.events tbody tr[data-id="${ev.id}"] a`).click();
    await page.waitForURL(new RegExp(`/event/${ev.id}$`));
    await page.locator('#source-1 .article-text mark').first().waitFor();
    assert.equal(await page.locator('.sources .source').count(), detail.sources.length);

    // Every evidence span of the first source is marked, and the marked text is exactly the article's.
    const spans: Array<{ key: string; text: string }> = [];
    const m = src.mention;
    if (m.date) spans.push({ key: `date:${m.date.start_char}:${m.date.end_char}`, text: article.article.text.slice(m.date.start_char, m.date.end_char) });
    if (m.location) spans.push({ key: `location:${m.location.start_char}:${m.location.end_char}`, text: article.article.text.slice(m.location.start_char, m.location.end_char) });
    for (const c of [m.fatalities, m.injured, m.arrested]) for (const e of c?.evidence ?? []) spans.push({ key: `:${e.start_char}:${e.end_char}`, text: article.article.text.slice(e.start_char, e.end_char) });
    assert.ok(spans.length >= 2, 'the mention has evidence');
    const marked = await page.locator('#source-1 .article-text mark').evaluateAll((els) => els.map((e) => ({ keys: (e as HTMLElement).dataset.keys ?? '', text: e.textContent ?? '' })));
    for (const sp of spans) {
      const text = marked.filter((x) => x.keys.split(' ').some((k) => k.endsWith(sp.key) && (sp.key.startsWith(':') || k === sp.key))).map((x) => x.text).join('');
      assert.equal(text, sp.text, `evidence ${sp.key}`);
    }
    // The merged fields table quotes the evidence, and the revisions are listed.
    const facts = (await page.locator('table.fields').textContent()) ?? '';
    if (ev.fatalities) assert.match(facts, new RegExp(`Fatalities${ev.fatalities.best}`));
    assert.equal(await page.locator('.revisions-table tbody tr').count(), detail.revisions.length);
    await page.close();
  });

  test('article page: the untrusted text stays text, with events, times and places highlighted', async () => {
    const page = await open('/article/a-osh-riot');
    await page.locator('.article-text').waitFor();
    assert.match((await page.locator('h1').textContent()) ?? '', /<script>window.__xss=1<\/script>/);
    assert.match((await page.locator('.article-text').textContent()) ?? '', /<img src=x onerror="window.__xss=2">/);
    assert.equal(await page.locator('main img, main script, .article-text *:not(mark)').count(), 0);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    const detail = await api<ArticleDetail>('/api/articles/a-osh-riot');
    if (detail.timexes.length) assert.ok((await page.locator('.article-text mark.timex').count()) >= 1);
    if (detail.toponyms.length) assert.ok((await page.locator('.article-text mark.place').count()) >= 1);
    if (detail.mentions.length) assert.ok((await page.locator('.article-text mark.ev').count()) >= 1);
    await page.close();
  });

  test('paste an article and see its events right away (and markup in it stays text)', async () => {
    const before = await api<EventList>('/api/events?limit=1');
    const page = await open('/submit');
    await page.fill('input[name="title"]', PASTE_ARTICLE.title);
    await page.fill('input[name="published"]', PASTE_ARTICLE.published);
    await page.fill('textarea[name="text"]', `${PASTE_ARTICLE.body} A witness held up <img src=x onerror="window.__xss=5">.`);
    await page.check('input[name="format"][value="text"]');
    await page.click('button:has-text("Extract events")');
    await page.locator('.submit-summary h2').waitFor({ timeout: 60_000 });
    const found = Number(/^(\d+)/.exec((await page.locator('.submit-summary h2').textContent()) ?? '')?.[1]);
    assert.ok(found >= 1, `${found} events found`);
    assert.ok((await page.locator('.result-events a').count()) >= 1);
    await page.locator('.submit-result .article-text mark.ev').first().waitFor();
    assert.match((await page.locator('.submit-result .article-text').textContent()) ?? '', /<img src=x onerror="window.__xss=5">/);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    // The new event page opens from the result.
    await page.locator('.result-events a').first().click();
    await page.waitForURL(/\/event\//);
    await page.locator('#source-1 .article-text mark').first().waitFor();
    const after = await api<EventList>('/api/events?limit=1');
    assert.ok(after.total > before.total);
    await page.close();
  });

  test('no script errors and nothing fetched from outside the app', () => {
    assert.deepEqual(errors, []);
  });
});
