/**
 * Gazetteer benchmark: `node --expose-gc --import tsx bench/gazetteer.ts`
 *   - load time and resident memory of the default gazetteer from its cache (budget: <= 2 s, <= 400 MB RSS),
 *     measured in a fresh process; the cache is built first when missing (first use);
 *   - geo stage time per 600 words on real news (shared/data/news/news_2016.jsonl when present; budget < 1.5 ms),
 *     as CPU time after init.
 * Prints one JSON line per measurement.
 */
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gazetteerPath, loadGazetteer } from '../src/geo/gazetteer/cache.js';
import { geoparseText } from '../src/geo/index.js';

async function measureLoad(): Promise<void> {
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const g = await loadGazetteer();
  const ms = performance.now() - t0;
  (globalThis as { gc?: () => void }).gc?.();
  const mem = process.memoryUsage();
  console.log(JSON.stringify({ bench: 'gazetteer-load', path: gazetteerPath(), places: g.size, keys: g.keyCount, load_ms: Math.round(ms), rss_mb: Math.round(mem.rss / 1e6), rss_before_mb: Math.round(rss0 / 1e6), heap_mb: Math.round(mem.heapUsed / 1e6), budget: { load_ms: 2000, rss_mb: 400 } }));
}

async function measureSpeed(): Promise<void> {
  const news = fileURLToPath(new URL('../../shared/data/news/news_2016.jsonl', import.meta.url));
  if (!existsSync(news)) {
    console.log(JSON.stringify({ bench: 'geo-speed', skipped: `no ${news}` }));
    return;
  }
  const g = await loadGazetteer();
  const texts = readFileSync(news, 'utf8').split('\n').filter(Boolean).slice(0, 500).map((l) => {
    const a = JSON.parse(l) as { title?: string; text: string };
    return (a.title ? `${a.title}\n\n` : '') + a.text;
  });
  const words = texts.reduce((s, t) => s + t.split(/\s+/).length, 0) / texts.length;
  for (const t of texts.slice(0, 50)) geoparseText(g, t); // warm up
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  const rounds = 3;
  for (let r = 0; r < rounds; r++) for (const t of texts) n += geoparseText(g, t).length;
  const cpuMs = process.cpuUsage(c0).user / 1000 / (rounds * texts.length);
  const wallMs = (performance.now() - t0) / (rounds * texts.length);
  console.log(JSON.stringify({ bench: 'geo-speed', articles: texts.length, avg_words: Math.round(words), cpu_ms_per_article: +cpuMs.toFixed(3), wall_ms_per_article: +wallMs.toFixed(3), cpu_ms_per_600_words: +((cpuMs * 600) / words).toFixed(3), toponyms_per_article: +(n / rounds / texts.length).toFixed(1), budget: { ms_per_600_words: 1.5 } }));
}

async function main(): Promise<void> {
  if (process.argv.includes('--load-only')) return measureLoad();
  if (!existsSync(gazetteerPath())) {
    const t0 = performance.now();
    await loadGazetteer();
    console.log(JSON.stringify({ bench: 'gazetteer-build', seconds: +((performance.now() - t0) / 1000).toFixed(1) }));
  }
  // load in a fresh process so the figure is not inflated by this one
  const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--load-only'], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
  if (r.status !== 0) process.stderr.write(r.stderr);
  await measureSpeed();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
