/** `sitrep extract`: articles in, JSON Lines records out (one per input article, in input order). */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { parsePublished, DEFAULT_MAX_ARTICLE_BYTES } from '../../article/index.js';
import { runBatch } from '../../pipeline/run.js';
import type { Published } from '../../types.js';
import { writeLine, flushStdout } from '../io.js';

export function parsePublishedFlag(v: string): Published {
  const p = parsePublished(v, 'cli');
  if (!p) throw new InvalidArgumentError(`not a date/time: "${v}" (use ISO 8601, e.g. 2011-12-04T06:08:00Z)`);
  return p;
}

export function parsePositiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a positive integer, got "${v}"`);
  return n;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('extract event records from articles (text, wire text, JSON, JSON Lines, HTML, gzip) and write JSON Lines')
    .argument('<inputs...>', 'files, directories (read recursively) or - for stdin')
    .option('--published <iso>', 'publication time for every article (overrides what the articles say)', parsePublishedFlag)
    .option('--workers <n>', 'worker threads (default 1)', parsePositiveInt, 1)
    .option('--max-article-bytes <n>', 'largest article text accepted', parsePositiveInt, DEFAULT_MAX_ARTICLE_BYTES)
    .option('--pretty', 'indent each record (not JSON Lines)')
    .addHelpText('after', `
Output: one JSON object per input article, in input order:
  {"id", "article": {...}, "events": [...], "warnings": [...]}   or
  {"id", "error": {"message", "file", "line", "field", "reason"}}
Exit code: 0 all articles succeeded, 2 some failed, 1 usage error.`)
    .action(async (inputs: string[], o: { published?: Published; workers: number; maxArticleBytes: number; pretty?: boolean }) => {
      const summary = await runBatch(inputs, { published: o.published ?? null, workers: o.workers, maxArticleBytes: o.maxArticleBytes }, (rec) =>
        writeLine(o.pretty ? JSON.stringify(rec, null, 2) : JSON.stringify(rec)),
      );
      await flushStdout();
      process.stderr.write(`sitrep extract: ${summary.articles} article(s), ${summary.events} event(s), ${summary.errors} error(s)\n`);
      process.exitCode = summary.errors ? 2 : 0;
    });
}
