/**
 * `npm run bench [-- --corpus FILE.jsonl --limit N --skip-parallel --json]`
 * Runs the whole pipeline over a JSON Lines corpus (default ../shared/data/news/news_2016.jsonl when
 * present, else the bundled samples) and prints throughput (articles/s, MB/s), latency per article
 * (p50/p99), per-stage time, peak RSS and start-up time, for one worker and for all cores.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { readInputs } from '../src/article/index.js';
import { createPipeline } from '../src/pipeline/index.js';
import { runBatch } from '../src/pipeline/run.js';
import { runSafely } from '../src/pipeline/safe.js';
import type { Article } from '../src/types.js';

const argv = process.argv.slice(2);
const arg = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const root = resolve(import.meta.dirname, '..');
const defaultCorpus = resolve(root, '../shared/data/news/news_2016.jsonl');
const corpus = arg('--corpus') ?? (existsSync(defaultCorpus) ? defaultCorpus : join(root, 'samples'));
const limit = arg('--limit') ? Number(arg('--limit')) : Infinity;
const json = argv.includes('--json');

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  const articles: Article[] = [];
  let bytes = 0;
  for (const r of readInputs([corpus])) {
    if (!r.ok) continue;
    articles.push(r.article);
    bytes += Buffer.byteLength(r.article.text);
    if (articles.length >= limit) break;
  }
  if (!articles.length) throw new Error(`no articles in ${corpus}`);
  const mb = bytes / 1048576;

  // Start-up: a fresh process that loads everything and extracts one tiny article.
  const cli = existsSync(join(root, 'dist/src/cli/main.js')) ? [join(root, 'dist/src/cli/main.js')] : ['--import', 'tsx', join(root, 'src/cli/main.ts')];
  const t0s = performance.now();
  const s = spawnSync(process.execPath, [...cli, 'extract', '-'], { input: '{"text":"Police said two people were killed on Monday."}', encoding: 'utf8' });
  const startupMs = performance.now() - t0s;
  if (s.status !== 0) console.error(`start-up run failed: ${s.stderr}`);

  // Pipeline init in-process (gazetteer, models).
  const ti = performance.now();
  const pipeline = await createPipeline({ time: true });
  const initMs = performance.now() - ti;

  // One worker: warm up on a few articles, then measure every article.
  for (const a of articles.slice(0, 20)) runSafely(pipeline, a);
  for (const k of Object.keys(pipeline.timings)) pipeline.timings[k] = 0;
  const lat: number[] = [];
  let events = 0;
  let failed = 0;
  const cpu0 = process.cpuUsage();
  const t1 = performance.now();
  for (const a of articles) {
    const t = performance.now();
    const rec = runSafely(pipeline, a);
    lat.push(performance.now() - t);
    if ('error' in rec) { if (!failed++) console.error(`pipeline error (first of possibly many): ${rec.error.message}`); }
    else events += rec.events.length;
  }
  const single = (performance.now() - t1) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  lat.sort((x, y) => x - y);

  // All cores: the same batch runner `sitrep extract --workers N` uses, from the corpus file.
  const cores = availableParallelism();
  let parallel: { workers: number; seconds: number; articles: number } | null = null;
  if (!argv.includes('--skip-parallel') && cores > 1 && corpus.endsWith('.jsonl')) {
    const t2 = performance.now();
    let n = 0;
    await runBatch([corpus], { workers: cores }, () => { n++; });
    parallel = { workers: cores, seconds: (performance.now() - t2) / 1000, articles: n };
  }
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const result = {
    corpus,
    articles: articles.length,
    megabytes: +mb.toFixed(2),
    events,
    pipeline_errors: failed,
    startup_ms: +startupMs.toFixed(0),
    pipeline_init_ms: +initMs.toFixed(0),
    single: {
      articles_per_s: +(articles.length / single).toFixed(1),
      /** Per second of CPU time this process got (all its threads: the pipeline plus the garbage collector). */
      articles_per_cpu_s: +(articles.length / cpuSeconds).toFixed(1),
      mb_per_s: +(mb / single).toFixed(2),
      p50_ms: +pct(lat, 50).toFixed(3),
      p99_ms: +pct(lat, 99).toFixed(3),
      max_ms: +lat[lat.length - 1]!.toFixed(1),
      stage_ms_per_article: Object.fromEntries(Object.entries(pipeline.timings).map(([k, v]) => [k, +(v / articles.length).toFixed(4)])),
    },
    parallel: parallel && {
      workers: parallel.workers,
      articles_per_s: +(parallel.articles / parallel.seconds).toFixed(1),
      mb_per_s: +(mb * (parallel.articles / articles.length) / parallel.seconds).toFixed(2),
    },
    peak_rss_mb: +rssMb.toFixed(0),
    node: process.version,
    cpus: cores,
  };
  if (json) { console.log(JSON.stringify(result, null, 2)); return; }
  console.log(`corpus            ${result.corpus} (${result.articles} articles, ${result.megabytes} MB, ${result.events} events, ${result.pipeline_errors} pipeline errors)`);
  console.log(`start-up          ${result.startup_ms} ms (fresh process, one tiny article); pipeline init ${result.pipeline_init_ms} ms`);
  console.log(`1 worker          ${result.single.articles_per_s} articles/s, ${result.single.mb_per_s} MB/s, p50 ${result.single.p50_ms} ms, p99 ${result.single.p99_ms} ms, max ${result.single.max_ms} ms`);
  console.log(`1 worker, CPU    ${result.single.articles_per_cpu_s} articles per CPU-second (process CPU time, garbage collector threads included)`);
  console.log(`stages (ms/art.)  ${Object.entries(result.single.stage_ms_per_article).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (result.parallel) console.log(`${result.parallel.workers} workers         ${result.parallel.articles_per_s} articles/s, ${result.parallel.mb_per_s} MB/s (sitrep extract --workers ${result.parallel.workers}, reading and serialising included)`);
  console.log(`peak RSS          ${result.peak_rss_mb} MB`);
}

main().catch((e) => { console.error(e); process.exit(1); });
