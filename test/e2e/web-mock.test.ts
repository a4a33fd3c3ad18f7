/**
 * End-to-end tests of the web UI in Debian's Chromium (playwright-core), against the mock API server
 * (fixture articles and events written for these tests). Skipped, with the reason, when Chromium is absent.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, ensureWebBuilt, launchBrowser } from './browser.js';
import { startMockServer, type RunningServer } from './mock-server.js';
import { PASTE_ARTICLE } from './fixtures.js';

const skip = browserSkipReason();
if (skip) console.log(`# ${skip}`);

describe('web UI details (mock API with fixture events)', { skip: skip ?? false, timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  const errors: string[] = [];

  before(async () => {
    ensureWebBuilt();
    server = await startMockServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
    const page = await browser.newPage({ viewport });
    page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${path}: console: ${m.text()}`);
    });
    // Nothing may come from anywhere but the app's own server.
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(server.url)) return route.continue();
      errors.push(`${path}: request outside the app: ${route.request().url()}`);
      return route.abort();
    });
    // Requests cut short by navigating away are fine; any other failure is not.
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`${path}: request failed ${r.url()} ${r.failure()?.errorText}`);
    });
    await page.goto(server.url + path);
    return page;
  }

  const rows = (page: Page) => page.locator('table.events tbody tr');

  test('overview shows the sample events on the map, timeline and table', async () => {
    const page = await open('/');
    await page.waitForFunction(() => document.querySelector('.home')?.getAttribute('data-loaded') === '5');
    assert.equal(await rows(page).count(), 5);
    const map = page.locator('.map');
    assert.equal(await map.getAttribute('data-events'), '5');
    assert.ok(Number(await map.getAttribute('data-items')) >= 1, 'markers or clusters drawn');
    // Default sort: newest first.
    assert.match((await rows(page).first().textContent()) ?? '', /2024-03-10.*Almaty/);
    assert.match((await page.locator('.timeline-info').textContent()) ?? '', /2024-02-01 – 2024-03-10, per day/);
    // The canvas really has the basemap and markers drawn (not blank).
    const painted = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('.map-canvas')!;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < d.length; i += 4 * 97) colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      return colours.size;
    });
    assert.ok(painted > 5, `map canvas has ${painted} colours`);
    // Export links carry the view's filters.
    assert.equal(await page.locator('.exports a').first().getAttribute('href'), '/api/export?format=acled-csv');
    await page.close();
  });

  test('filters go to the URL and narrow map and table; back restores', async () => {
    const page = await open('/');
    await page.waitForFunction(() => document.querySelector('.home')?.getAttribute('data-loaded') === '5');
    await page.selectOption('select[name="type"]', 'protests');
    await page.waitForURL(/type=protests/);
    await page.waitForFunction(() => document.querySelector('.home')?.getAttribute('data-loaded') === '1');
    assert.equal(await rows(page).count(), 1);
    assert.match((await rows(page).first().textContent()) ?? '', /Almaty/);
    assert.equal(await page.locator('.map').getAttribute('data-events'), '1');
    assert.match((await page.locator('.exports a').nth(1).getAttribute('href')) ?? '', /format=geojson&type=protests/);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('.home')?.getAttribute('data-loaded') === '5');
    assert.equal(await rows(page).count(), 5);

    // Free text + min fatalities, typed and applied with Enter.
    await page.fill('input[name="min_fatalities"]', '4');
    await page.press('input[name="min_fatalities"]', 'Enter');
    await page.waitForURL(/min_fatalities=4/);
    await page.waitForFunction(() => document.querySelector('.home')?.getAttribute('data-loaded') === '2');
    const text = (await page.locator('table.events tbody').textContent()) ?? '';
    assert.match(text, /Shymkent/);
    assert.match(text, /Kunar/);
    await page.close();
  });

  test('a shared URL restores the view; the timeline brush filters map and table', async () => {
    const page = await open('/?from=2024-03-01&to=2024-03-31&sort=fatalities');
    await page.waitForFunction(() => document.querySelector('.home')?.getAttribute('data-loaded') === '5');
    assert.equal(await page.inputValue('input[name="from"]'), '2024-03-01');
    // Date range is applied to what the map and table show: Taraz, Osh, Almaty.
    assert.equal(await rows(page).count(), 3);
    assert.equal(await page.locator('.map').getAttribute('data-events'), '3');
    assert.match((await rows(page).first().textContent()) ?? '', /Almaty/); // ascending fatalities: 0 first
    // Clear, then brush the first half of the timeline (February).
    await page.click('text=Clear range');
    await page.waitForFunction(() => !location.search.includes('from='));
    assert.equal(await rows(page).count(), 5);
    const box = (await page.locator('.timeline-canvas').boundingBox())!;
    await page.mouse.move(box.x + 45, box.y + 60);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.55, box.y + 60, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(/from=2024-02-01/);
    const url = new URL(page.url());
    assert.ok(url.searchParams.get('to')! < '2024-03-04', `brushed to ${url.searchParams.get('to')}`);
    const text = (await page.locator('table.events tbody').textContent()) ?? '';
    assert.match(text, /Kunar/);
    assert.doesNotMatch(text, /Almaty|Taraz|Osh/);
    await page.close();
  });

  test('clicking a map marker shows its details and links to the event', async () => {
    const page = await open('/');
    await page.waitForFunction(() => document.querySelector('.home')?.getAttribute('data-loaded') === '5');
    const id = await rows(page).filter({ hasText: 'Kunar' }).getAttribute('data-id');
    // Zoom until the Kunar marker stands alone, then click it.
    let pos: { x: number; y: number } | null = null;
    for (let i = 0; i < 6; i++) {
      pos = await page.evaluate((eid) => (window as any).sitrep.home.map.positionOf(eid), id);
      assert.ok(pos, 'marker position');
      const items = await page.evaluate(() => (window as any).sitrep.home.map.items.find((t: any) => t.members.length === 1 && (window as any).sitrep.home.map.events[t.members[0]].place === 'Kunar'));
      if (items) break;
      await page.click('button[aria-label="Zoom in"]');
    }
    const box = (await page.locator('.map-canvas').boundingBox())!;
    await page.mouse.click(box.x + pos!.x, box.y + pos!.y);
    const popup = page.locator('.map-popup');
    await popup.waitFor({ state: 'visible' });
    const t = (await popup.textContent()) ?? '';
    assert.match(t, /Battles/);
    assert.match(t, /Kunar/);
    assert.match(t, /region or country centroid/);
    await popup.locator('a', { hasText: 'Open event' }).click();
    await page.waitForURL(new RegExp(`/event/${id}$`));
    await page.locator('.event-page h1').waitFor();
    await page.close();
  });

  test('event page: every field with highlighted evidence, sources with what each reported, revisions', async () => {
    const page = await open('/');
    await page.waitForFunction(() => document.querySelector('.home')?.getAttribute('data-loaded') === '5');
    await rows(page).filter({ hasText: 'Taraz' }).locator('a').click();
    await page.waitForURL(/\/event\//);
    await page.locator('.source-body mark').first().waitFor();
    // Source 1 text is open, with its evidence highlighted by field.
    const s1 = page.locator('#source-1');
    assert.equal(await s1.locator('mark.f-fat').first().textContent(), 'killing three people');
    assert.equal(await s1.locator('mark.f-inj').first().textContent(), 'wounding two others');
    assert.equal(await s1.locator('mark.f-date').first().textContent(), 'on Monday evening');
    assert.equal(await s1.locator('mark.f-loc').first().textContent(), 'Taraz');
    assert.equal(await s1.locator('mark.f-attr').first().textContent(), 'according to police');
    // The merged fields with attribution, and what each source said.
    const facts = (await page.locator('table.fields').textContent()) ?? '';
    assert.match(facts, /according to police/);
    assert.match(facts, /4 \(2–4\)/);
    assert.match((await s1.locator('.reported').textContent()) ?? '', /2 injured.*differs from merged/);
    assert.match((await page.locator('#source-2 .reported').textContent()) ?? '', /4 injured/);
    // Clicking a quote from source 2 opens its text and focuses the highlighted span.
    await page.locator('button.quote', { hasText: 'four injured' }).click();
    await page.locator('#source-2 mark.f-inj').waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'MARK' && document.activeElement.textContent === 'four injured');
    // Revision history: created, then merged.
    const revs = page.locator('.revisions-table tbody tr');
    assert.equal(await revs.count(), 2);
    assert.match((await revs.first().textContent()) ?? '', /injured: 2 → 4 \(2–4\)/);
    await page.close();
  });

  test('article text is never injected as HTML (script, onerror, javascript: URL)', async () => {
    const page = await open('/article/a-osh-riot');
    await page.locator('.article-text mark').first().waitFor();
    assert.match((await page.locator('h1').textContent()) ?? '', /<script>window.__xss=1<\/script>/);
    const text = (await page.locator('.article-text').textContent()) ?? '';
    assert.match(text, /<img src=x onerror="window.__xss=2">/);
    assert.equal(await page.locator('main img, main script, .article-text *:not(mark), .article-meta b').count(), 0);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    assert.match((await page.locator('.article-meta').textContent()) ?? '', /Valley <b>News<\/b>/);
    // Highlights: event mention, time expression and place.
    assert.equal(await page.locator('.article-text mark.timex').first().textContent(), 'on Thursday');
    assert.equal(await page.locator('.article-text mark.place').first().textContent(), 'Osh');
    assert.ok((await page.locator('.article-text mark.ev').count()) >= 3);
    // The summary with markup in the table and the map popup stays text too.
    await page.goto(`${server.url}/?q=osh`);
    await page.waitForFunction(() => document.querySelector('.home')?.getAttribute('data-loaded') === '1');
    assert.match((await rows(page).first().textContent()) ?? '', /<img src=x onerror="window.__xss=4">/);
    await page.goto(`${server.url}/event/${await rows(page).first().getAttribute('data-id')}`);
    await page.locator('.source-body mark').first().waitFor();
    assert.equal(await page.evaluate(() => (window as any).__xss), undefined);
    assert.equal(await page.locator('main img, main script').count(), 0);
    await page.close();
  });

  test('keyboard: sort, page the timeline, pan/zoom the map and open a marker without a mouse', async () => {
    const page = await open('/');
    await page.waitForFunction(() => document.querySelector('.home')?.getAttribute('data-loaded') === '5');
    await page.locator('button.sort', { hasText: 'Fatalities' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=-fatalities/);
    assert.match((await rows(page).first().textContent()) ?? '', /Shymkent/);
    // Timeline: End selects the last bin.
    await page.locator('.timeline-canvas').focus();
    await page.keyboard.press('End');
    await page.waitForURL(/from=2024-03-10&to=2024-03-10/);
    assert.equal(await rows(page).count(), 1);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !location.search.includes('from='));
    // Map: zoom with +, then Enter opens the marker nearest the centre.
    await page.locator('.map-canvas').focus();
    const before = await page.evaluate(() => (window as any).sitrep.home.map.z);
    await page.keyboard.press('+');
    assert.equal(await page.evaluate(() => (window as any).sitrep.home.map.z), before + 1);
    await page.keyboard.press('-');
    // Centre the Almaty marker with the arrow keys' effect (set the view), then press Enter.
    await page.evaluate(() => (window as any).sitrep.home.map.setView('76.9167,43.25,6'));
    await page.keyboard.press('Enter');
    await page.locator('.map-popup').waitFor({ state: 'visible' });
    assert.match((await page.locator('.map-popup').textContent()) ?? '', /Almaty/);
    assert.equal(await page.evaluate(() => document.activeElement?.closest('.map-popup') !== null), true);
    await page.keyboard.press('Escape');
    await page.locator('.map-popup').waitFor({ state: 'hidden' });
    await page.close();
  });

  test('readable on a phone-sized window', async () => {
    const page = await open('/', { width: 390, height: 844 });
    await page.waitForFunction(() => document.querySelector('.home')?.getAttribute('data-loaded') === '5');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the window`);
    assert.equal(await page.locator('.filters-panel').getAttribute('open'), null);
    const mapBox = (await page.locator('.map').boundingBox())!;
    assert.ok(mapBox.width <= 390 && mapBox.width > 300);
    await page.goto(`${server.url}/event/ev-0001`);
    await page.locator('.source-body mark').first().waitFor();
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)) <= 0);
    await page.close();
  });

  test('paste an article and see its events right away', async () => {
    const page = await open('/');
    await page.click('nav a:has-text("Add article")');
    await page.waitForURL(/\/submit$/);
    await page.fill('input[name="title"]', PASTE_ARTICLE.title);
    await page.fill('input[name="published"]', PASTE_ARTICLE.published);
    await page.fill('textarea[name="text"]', PASTE_ARTICLE.body);
    await page.click('button:has-text("Extract events")');
    await page.locator('.submit-summary h2').waitFor();
    assert.equal(await page.locator('.submit-summary h2').textContent(), '1 event found');
    assert.match((await page.locator('.result-events').textContent()) ?? '', /4 killed in Bishkek/);
    await page.locator('.submit-result .article-text mark.ev').first().waitFor();
    const marked = await page.locator('.submit-result .article-text mark.ev').allTextContents();
    assert.ok(marked.includes('Four people were killed'), marked.join(' | '));
    // It is on the overview now.
    await page.click('nav a:has-text("Events")');
    await page.waitForFunction(() => document.querySelector('.home')?.getAttribute('data-loaded') === '6');
    assert.match((await page.locator('table.events tbody').textContent()) ?? '', /Bishkek/);
    await page.close();
  });

  test('no script errors and nothing fetched from the network', () => {
    assert.deepEqual(errors, []);
  });
});
