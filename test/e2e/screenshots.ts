/**
 * Screenshots of the main views for docs/screenshots/, taken in Debian's Chromium against the real
 * server over a fresh store holding the bundled samples/ articles:
 *
 *   node --import tsx test/e2e/screenshots.ts [outDir=docs/screenshots]
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer } from '../../src/api/index.js';
import type { EventList } from '../../src/api/contract.js';
import { readInputs } from '../../src/article/index.js';
import { browserSkipReason, ensureWebBuilt, launchBrowser } from './browser.js';
import { ARTICLES, PASTE_ARTICLE } from './fixtures.js';

async function main(): Promise<void> {
  const skip = browserSkipReason();
  if (skip) {
    console.error(skip);
    return;
  }
  const out = process.argv[2] ?? 'docs/screenshots';
  mkdirSync(out, { recursive: true });
  ensureWebBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'sitrep-shots-'));
  const server = await startServer({ dataDir, port: 0, token: null });
  const browser = await launchBrowser();
  try {
    for (const r of readInputs(['samples'])) if (r.ok) await server.ingestor.ingest(r.article, r.warnings);
    // The two Taraz reports (merged into one event with two sources) and the markup-laden Osh article.
    for (const a of ARTICLES.filter((x) => x.id.startsWith('a-taraz') || x.id === 'a-osh-riot')) {
      await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: a.id, title: a.title, text: a.body, published: a.published, source: a.source, url: a.url }) });
    }
    const list = (await (await fetch(`${server.url}/api/events?limit=500`)).json()) as EventList;
    const shot = async (name: string, path: string, opts: { width?: number; height?: number; full?: boolean; ready: (p: Page) => Promise<unknown> }) => {
      const page = await browser.newPage({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 } });
      await page.goto(server.url + path);
      await opts.ready(page);
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(out, `${name}.png`), fullPage: opts.full ?? false });
      await page.close();
      console.error(`wrote ${join(out, `${name}.png`)}`);
    };
    const loaded = (p: Page) => p.waitForFunction((n) => document.querySelector('.home')?.getAttribute('data-loaded') === String(n), list.total);
    await shot('overview', '/', { ready: loaded });
    await shot('overview-phone', '/', { width: 390, height: 844, full: true, ready: loaded });
    const best = [...list.events].sort((a, b) => b.sources_count - a.sources_count || (b.fatalities?.best ?? 0) - (a.fatalities?.best ?? 0))[0];
    await shot('event', `/event/${best.id}`, { full: true, ready: (p) => p.locator('#source-1 .article-text mark').first().waitFor() });
    await shot('article', '/article/a-osh-riot', { full: true, ready: (p) => p.locator('.article-text mark').first().waitFor() });
    await shot('submit', '/submit', {
      full: true,
      ready: async (p) => {
        await p.fill('input[name="title"]', PASTE_ARTICLE.title);
        await p.fill('input[name="published"]', PASTE_ARTICLE.published);
        await p.fill('textarea[name="text"]', PASTE_ARTICLE.body);
        await p.click('button:has-text("Extract events")');
        await p.locator('.submit-result .article-text').waitFor({ timeout: 60_000 });
      },
    });
    const total = ((await (await fetch(`${server.url}/api/events?limit=1`)).json()) as EventList).total;
    await shot('timeline-brush', '/?from=2024-03-01&to=2024-03-31', { ready: (p) => p.waitForFunction((n) => document.querySelector('.home')?.getAttribute('data-loaded') === String(n), total) });
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
