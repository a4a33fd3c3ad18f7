/** Worker-thread entry for parallel extraction (piscina): one pipeline per worker, article in, record out. */
import { createPipeline, type Pipeline } from './index.js';
import type { Article, OutputRecord } from '../types.js';
import { runSafely } from './safe.js';

let pipeline: Promise<Pipeline> | null = null;

export default async function processInWorker(article: Article): Promise<OutputRecord> {
  pipeline ??= createPipeline();
  return runSafely(await pipeline, article);
}
