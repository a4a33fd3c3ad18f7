/** `sitrep demo`: run the bundled sample articles through the pipeline and print a table of their events. */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBatch } from '../../pipeline/run.js';
import type { ArticleRecord, EventRecord } from '../../types.js';
import { formatEventTable } from '../table.js';

export function samplesDir(): string {
  for (const rel of ['../../../samples', '../../../../samples']) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return p;
  }
  return 'samples';
}

export function register(program: Command): void {
  program
    .command('demo')
    .description('extract the bundled sample articles and print their events as a table')
    .option('--samples <dir>', 'directory of articles', samplesDir())
    .action(async (o: { samples: string }) => {
      const rows: Array<{ article: ArticleRecord; event: EventRecord }> = [];
      let errors = 0;
      let articles = 0;
      await runBatch([o.samples], {}, (rec) => {
        articles++;
        if ('error' in rec) {
          errors++;
          process.stderr.write(`error: ${rec.error.file}: ${rec.error.message}\n`);
          return;
        }
        for (const ev of rec.events) rows.push({ article: rec, event: ev });
        if (!rec.events.length) rows.push({ article: rec, event: null as unknown as EventRecord });
      });
      process.stdout.write(formatEventTable(rows) + '\n');
      process.stdout.write(`\n${articles} article(s), ${rows.filter((r) => r.event).length} event(s), ${errors} error(s). Full records: sitrep extract ${o.samples}\n`);
      process.exitCode = errors ? 2 : 0;
    });
}
