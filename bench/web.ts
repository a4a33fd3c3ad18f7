/**
 * Web UI benchmark: time to first render and to a fully loaded view with N events (default 20,000),
 * in Debian's Chromium, against the mock API (synthetic events shaped like the real API's), plus the
 * longest main-thread task while loading (the "freeze") and the cost of re-filtering and redrawing.
 *
 *   node --import tsx bench/web.ts [--events 20000] [--runs 3]
 */
import { cpus, loadavg } from 'node:os';
import { ensureWebBuilt, launchBrowser, browserSkipReason } from '../test/e2e/browser.js';
import { startMockServer } from '../test/e2e/mock-server.js';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
}

interface Run {
  first_render_ms: number;
  all_loaded_ms: number;
  longest_task_ms: number;
  long_tasks: number;
  brush_rerender_ms: number;
  map_redraw_ms: number;
  heap_mb: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const skip = browserSkipReason();
  if (skip) {
    console.error(skip);
    process.exit(0);
  }
  const n = arg('events', 20_000);
  const runs = arg('runs', 3);
  ensureWebBuilt();
  const t0 = performance.now();
  const server = await startMockServer({ synthetic: n, empty: true });
  const setupMs = performance.now() - t0;
  const browser = await launchBrowser();
  const results: Run[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(() => {
        const w = window as unknown as { longTasks: number[] };
        w.longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longTasks.push(e.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(server.url + '/');
      await page.waitForFunction((k) => document.querySelector('.home')?.getAttribute('data-loaded') === String(k), n, { timeout: 300_000 });
      const m = await page.evaluate(() => {
        const w = window as unknown as { sitrepTimes: Record<string, number>; longTasks: number[]; sitrep: { home: any; nav: { go(u: string): void } }; performance: Performance & { memory?: { usedJSHeapSize: number } } };
        const home = w.sitrep.home;
        // Re-filter by a date range (what a timeline brush does) and time the synchronous re-render.
        let t = performance.now();
        w.sitrep.nav.go('/?from=2023-06-01&to=2023-09-30');
        const brush = performance.now() - t;
        // Redraw the map (pan/zoom frames) ten times.
        home.map.setView('40,20,3');
        t = performance.now();
        for (let i = 0; i < 10; i++) home.map.draw();
        const redraw = (performance.now() - t) / 10;
        return {
          first_render_ms: w.sitrepTimes.firstRender,
          all_loaded_ms: w.sitrepTimes.allLoaded,
          longest_task_ms: Math.max(0, ...w.longTasks),
          long_tasks: w.longTasks.length,
          brush_rerender_ms: brush,
          map_redraw_ms: redraw,
          heap_mb: (w.performance.memory?.usedJSHeapSize ?? 0) / 1e6,
        };
      });
      results.push(m);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const keys = Object.keys(results[0]) as Array<keyof Run>;
  const summary = Object.fromEntries(keys.map((k) => [k, Math.round(median(results.map((x) => x[k])) * 10) / 10]));
  const load = loadavg()[0];
  console.log(`web UI, ${n.toLocaleString('en-US')} events, median of ${runs} runs (headless Chromium, 1280x800; mock API set up in ${Math.round(setupMs)} ms; load average ${load.toFixed(1)} on ${cpus().length} cores)`);
  console.log('| metric | value |\n|---|---|');
  for (const k of keys) console.log(`| ${k} | ${summary[k]} |`);
  console.log(JSON.stringify({ bench: 'web', events: n, runs, ...summary, load_average: Math.round(load * 10) / 10, cores: cpus().length }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
