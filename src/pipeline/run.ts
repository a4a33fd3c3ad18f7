/**
 * Batch runner used by `sitrep extract`, the demo and the benchmark: reads inputs, runs the pipeline
 * on one thread or a pool of workers, and hands records back strictly in input order.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { readInputs, type ReadOptions } from '../article/index.js';
import type { OutputRecord } from '../types.js';
import { createPipeline } from './index.js';
import { runSafely } from './safe.js';

export interface RunOptions extends ReadOptions {
  workers?: number;
}

export interface RunSummary { articles: number; errors: number; events: number }

export async function runBatch(paths: string[], opts: RunOptions, onRecord: (r: OutputRecord) => void | Promise<void>): Promise<RunSummary> {
  const summary: RunSummary = { articles: 0, errors: 0, events: 0 };
  const count = (r: OutputRecord) => {
    summary.articles++;
    if ('error' in r) summary.errors++;
    else summary.events += r.events.length;
  };
  const workers = Math.max(1, Math.min(opts.workers ?? 1, availableParallelism() * 2));
  if (workers === 1) {
    const pipeline = await createPipeline();
    for (const item of readInputs(paths, opts)) {
      const rec = item.ok ? runSafely(pipeline, item.article, item.warnings) : item.error;
      count(rec);
      await onRecord(rec);
    }
    return summary;
  }
  const { Piscina } = await import('piscina');
  const here = fileURLToPath(import.meta.url);
  const ext = here.endsWith('.ts') ? '.ts' : '.js';
  const pool = new Piscina({ filename: new URL(`./worker${ext}`, import.meta.url).href, minThreads: workers, maxThreads: workers, execArgv: process.execArgv });
  const inflight: Array<Promise<OutputRecord>> = [];
  const maxInflight = workers * 8;
  const drainOne = async () => {
    const rec = await inflight.shift()!;
    count(rec);
    await onRecord(rec);
  };
  try {
    for (const item of readInputs(paths, opts)) {
      if (item.ok) {
        const { article, warnings } = item;
        inflight.push(
          pool.run(article).then(
            (rec: OutputRecord) => {
              if (!('error' in rec) && warnings.length) rec.warnings = [...warnings, ...rec.warnings.filter((w) => !warnings.includes(w))];
              return rec;
            },
            (err: Error): OutputRecord => ({ id: article.id, error: { message: `worker failed: ${err.message}`, file: article.input.file, line: article.input.line, field: null, reason: 'pipeline_error' } }),
          ),
        );
      } else inflight.push(Promise.resolve(item.error));
      if (inflight.length >= maxInflight) await drainOne();
    }
    while (inflight.length) await drainOne();
  } finally {
    await pool.destroy();
  }
  return summary;
}
