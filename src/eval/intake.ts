/**
 * Evaluation suite 'intake': the seed wire article's header fields, and the whole 2016 news corpus
 * (every line must become an article or an error record; publication times must be found).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../article/index.js';
import type { Suite, MetricRow } from './types.js';

export const suite: Suite = {
  name: 'intake',
  description: 'article intake: seed wire header fields; 2016 news corpus parse and publication-time rates',
  async run(ctx) {
    const rows: MetricRow[] = [];
    const details: string[] = [];
    const seed = join(ctx.dataDir, 'seed', 'reuters-2011-12-04-kazakhstan.txt');
    const news = join(ctx.dataDir, 'news', 'news_2016.jsonl');
    if (!existsSync(seed) && !existsSync(news)) return { suite: 'intake', rows, skipped: `no data under ${ctx.dataDir}` };
    if (existsSync(seed)) {
      const [r] = [...readInputs([seed])];
      const a = r && r.ok ? r.article : null;
      // What a person reads off the wire header (see the data README): expectations are structural, not text copies.
      const checks: Array<[string, boolean]> = [
        ['parsed', !!a],
        ['title found', !!a?.title && a.text.startsWith(a.title)],
        ['publication time from the Posted line', a?.published_info?.method === 'posted-line' && a.published!.startsWith('2011-12-04T06:08')],
        ['byline found', !!a?.byline],
        ['source line found', !!a?.source],
        ['dateline place and agency', !!a?.dateline?.place && !!a.dateline.agency],
        ['credit line removed from body', !!a?.credit && !a.text.includes(a.credit)],
        ['header lines not in body', !!a && !/Posted:/.test(a.text)],
      ];
      rows.push({ dataset: 'seed', metric: 'header_fields', value: checks.filter((c) => c[1]).length / checks.length, bar: 1, n: checks.length });
      for (const [name, ok] of checks) if (!ok) details.push(`seed: FAILED ${name}`);
    }
    if (existsSync(news)) {
      let n = 0, ok = 0, pub = 0, dateline = 0, empty = 0;
      const errors: string[] = [];
      for (const r of readInputs([news])) {
        n++;
        if (!r.ok) { if (errors.length < 10) errors.push(`${r.error.error.file}:${r.error.error.line}: ${r.error.error.message}`); continue; }
        ok++;
        if (r.article.published) pub++;
        if (r.article.dateline) dateline++;
        if (r.article.text.length < 200) empty++;
        if (ctx.limit && n >= ctx.limit) break;
      }
      rows.push({ dataset: 'news_2016', metric: 'parsed', value: ok / n, bar: 1, n });
      rows.push({ dataset: 'news_2016', metric: 'published_found', value: pub / n, n });
      rows.push({ dataset: 'news_2016', metric: 'dateline_found', value: dateline / n, n });
      details.push(`news_2016: ${n} lines, ${ok} articles, ${n - ok} error records, ${empty} articles under 200 characters`);
      details.push(...errors);
    }
    return { suite: 'intake', rows, details: details.join('\n') };
  },
};
