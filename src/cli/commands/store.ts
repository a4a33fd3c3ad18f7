/**
 * Store commands: `sitrep ingest` (articles -> pipeline -> store, deduplicated), `sitrep events` (query),
 * `sitrep export` (ACLED-style CSV, CSV, JSON Lines, GeoJSON) and `sitrep serve` (HTTP API).
 */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { DEFAULT_MAX_ARTICLE_BYTES, expandInputs, readInputs } from '../../article/index.js';
import { createPipeline } from '../../pipeline/index.js';
import type { Article, Published } from '../../types.js';
import { VERSION } from '../../version.js';
import { DEFAULT_DATA_DIR, Ingestor, describeIssues, eventFilterSchema, openStore, EXPORT_FORMATS, exportEvents, type EventFilter, type ExportFormat, type RunSummary } from '../../store/index.js';
import { StoreInputError } from '../../store/sqlite.js';
import { startServer } from '../../api/server.js';
import { writeLine, flushStdout } from '../io.js';
import { parsePublishedFlag, parsePositiveInt } from './extract.js';

// ---------------------------------------------------------------------------
// Progress on a terminal
// ---------------------------------------------------------------------------

/** A one-line progress bar on stderr, redrawn at most 10 times a second; silent when stderr is not a TTY. */
export class Progress {
  private last = 0;
  private readonly t0 = Date.now();
  private drawn = false;
  constructor(private readonly enabled: boolean, private readonly total: number) {}

  update(done: number, s: RunSummary, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const width = 24;
    const frac = this.total > 0 ? Math.min(1, done / this.total) : 0;
    const bar = this.total > 0 ? `[${'#'.repeat(Math.round(frac * width))}${'-'.repeat(width - Math.round(frac * width))}] ${done}/${this.total} files` : `${done} files`;
    const n = s.added + s.unchanged + s.reprocessed + s.failed;
    const rate = n / Math.max(0.001, (now - this.t0) / 1000);
    const line = `${bar} | ${n} articles: ${s.added} added, ${s.unchanged} unchanged, ${s.reprocessed} re-processed, ${s.failed} failed | ${rate.toFixed(1)}/s`;
    const cols = process.stderr.columns || 120;
    process.stderr.write(`\r${line.slice(0, cols - 1).padEnd(Math.min(cols - 1, line.length))}\x1b[K`);
    this.drawn = true;
  }

  end(): void {
    if (this.enabled && this.drawn) process.stderr.write('\n');
  }
}

// ---------------------------------------------------------------------------
// Filters from options
// ---------------------------------------------------------------------------

interface FilterOpts {
  from?: string;
  to?: string;
  country?: string;
  bbox?: string;
  type?: string;
  subtype?: string;
  actor?: string;
  status?: string;
  minFatalities?: string;
  q?: string;
  sort?: string;
}

function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--from <date>', 'events whose date range ends on or after this day (YYYY-MM-DD)')
    .option('--to <date>', 'events whose date range starts on or before this day (YYYY-MM-DD)')
    .option('--country <codes>', 'ISO 3166-1 alpha-2 codes, comma-separated (KZ,UZ)')
    .option('--bbox <w,s,e,n>', 'bounding box in degrees')
    .option('--type <types>', 'event types, comma-separated (battles, explosions_remote_violence, violence_against_civilians, protests, riots, strategic_developments)')
    .option('--subtype <subtypes>', 'subtypes, comma-separated')
    .option('--actor <text>', 'text contained in an actor name')
    .option('--status <status>', 'current or background')
    .option('--min-fatalities <n>', 'best fatality count at least n')
    .option('--q <text>', 'free text (every word must occur)')
    .option('--sort <sort>', 'date, -date, fatalities, -fatalities, first_reported, -first_reported, updated, -updated', '-date');
}

function filterFrom(o: FilterOpts): EventFilter {
  const parsed = eventFilterSchema.safeParse({
    from: o.from, to: o.to, country: o.country, bbox: o.bbox, type: o.type, subtype: o.subtype, actor: o.actor,
    status: o.status, min_fatalities: o.minFatalities, q: o.q, sort: o.sort,
  });
  if (!parsed.success) throw new InvalidArgumentError(describeIssues(parsed.error).details.map((d) => `--${d.field.replace(/_/g, '-')}: ${d.message}`).join('; '));
  return parsed.data;
}

function usageError(msg: string): void {
  process.stderr.write(`sitrep: ${msg}\n`);
  process.exitCode = 1;
}

// ---------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------

export function register(program: Command): void {
  program
    .command('ingest')
    .description('run articles through the pipeline into the event store, merging reports of the same event')
    .argument('[inputs...]', 'files, directories (read recursively) or - for stdin (default: stdin when it is not a terminal)')
    .option('--data <dir>', 'data directory holding sitrep.db', DEFAULT_DATA_DIR)
    .option('--published <iso>', 'publication time for every article (overrides what the articles say)', parsePublishedFlag)
    .option('--max-article-bytes <n>', 'largest article text accepted', parsePositiveInt, DEFAULT_MAX_ARTICLE_BYTES)
    .option('--force', 're-process articles already stored by this pipeline version')
    .option('--batch <n>', 'articles saved per transaction', parsePositiveInt, 32)
    .option('--quiet', 'no per-article lines on stdout and no progress bar')
    .addHelpText('after', `
Stdout: one JSON line per article: {"id", "status": "added"|"unchanged"|"reprocessed", "events": [event ids]}
or an error record {"id", "error": {...}}. Stderr: a progress bar on a terminal, then a summary.
Re-running over the same inputs adds nothing; an interrupted ingest (even killed) resumes where it stopped.
Exit code: 0 all articles stored, 2 some failed, 1 usage error.`)
    .action(async (inputs: string[], o: { data: string; published?: Published; maxArticleBytes: number; force?: boolean; quiet?: boolean; batch: number }) => {
      if (!inputs.length) {
        if (process.stdin.isTTY) return usageError('ingest: give files, directories or - for stdin');
        inputs = ['-'];
      }
      const repo = await openStore(o.data);
      const run = await repo.beginRun(`ingest ${inputs.join(' ')}`.slice(0, 1000), VERSION);
      const ingestor = new Ingestor(repo, () => createPipeline(), { runId: run.id, force: o.force, returnEvents: false });
      const summary: RunSummary = { added: 0, unchanged: 0, reprocessed: 0, failed: 0 };
      const files = expandInputs(inputs).length;
      const progress = new Progress(!o.quiet && !!process.stderr.isTTY, files);
      let stop = false;
      const onSignal = () => { stop = true; };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      const seenFiles = new Set<string>();
      const t0 = Date.now();
      let status: 'finished' | 'interrupted' | 'failed' = 'finished';
      // Articles are saved in batches of up to --batch, one transaction each (a kill loses at most the
      // batch in flight; the next run redoes it).
      const BATCH = o.batch;
      let batch: Array<{ article: Article; warnings: string[] }> = [];
      const failed = async (rec: unknown) => {
        summary.failed++;
        await repo.countFailure(run.id);
        if (!o.quiet) await writeLine(JSON.stringify(rec));
        else process.stderr.write(`${JSON.stringify(rec)}\n`);
      };
      const flush = async () => {
        if (!batch.length) return;
        const items = batch;
        batch = [];
        const results = await ingestor.ingestMany(items);
        for (let i = 0; i < results.length; i++) {
          const r = results[i]!;
          const a = items[i]!.article;
          if (r.status === 'error') {
            await failed({ id: a.id, error: { message: `could not process the article: ${r.error}`, file: a.input.file, line: a.input.line, field: null, reason: 'pipeline_error' } });
          } else {
            summary[r.status]++;
            if (!o.quiet) await writeLine(JSON.stringify({ id: r.article_id, status: r.status, events: r.event_ids, mentions: r.mention_ids.length }));
          }
        }
      };
      try {
        for (const item of readInputs(inputs, { published: o.published ?? null, maxArticleBytes: o.maxArticleBytes })) {
          if (stop) { status = 'interrupted'; break; }
          seenFiles.add(item.ok ? item.article.input.file : item.error.error.file);
          if (!item.ok) {
            await flush();
            await failed(item.error);
          } else {
            batch.push({ article: item.article, warnings: item.warnings });
            if (batch.length >= BATCH) await flush();
          }
          progress.update(seenFiles.size, summary);
        }
        await flush();
      } catch (err) {
        status = 'failed';
        throw err;
      } finally {
        progress.update(seenFiles.size, summary, true);
        progress.end();
        await flushStdout();
        await repo.finishRun(run.id, summary, status);
        const st = await repo.stats();
        process.stderr.write(
          `sitrep ingest: ${summary.added + summary.unchanged + summary.reprocessed + summary.failed} article(s): ${summary.added} added, ${summary.unchanged} unchanged, ${summary.reprocessed} re-processed, ${summary.failed} failed` +
            ` in ${((Date.now() - t0) / 1000).toFixed(1)} s; store: ${st.articles} articles, ${st.events} events from ${st.mentions} mentions (${st.location})${status === 'interrupted' ? ' [interrupted]' : ''}\n`,
        );
        await repo.close();
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
      }
      process.exitCode = status === 'interrupted' ? 130 : summary.failed ? 2 : 0;
    });

  addFilterOptions(
    program
      .command('events')
      .description('query canonical events in the store (JSON Lines on stdout)')
      .option('--data <dir>', 'data directory holding sitrep.db', DEFAULT_DATA_DIR)
      .option('--id <id>', 'print one event with its sources, evidence and revisions')
      .option('--limit <n>', 'at most n events (default all)', parsePositiveInt)
      .option('--cursor <cursor>', 'continue after a previous page (printed on stderr when --limit cut the list)'),
  )
    .addHelpText('after', '\nExamples:\n  sitrep events --country NG --from 2023-06-01 --type battles,explosions_remote_violence\n  sitrep events --q "market bombing" --min-fatalities 5 --sort -fatalities --limit 20')
    .action(async (o: FilterOpts & { data: string; id?: string; limit?: number; cursor?: string }) => {
      let filter: EventFilter;
      try { filter = filterFrom(o); } catch (err) { return usageError(`events: ${(err as Error).message}`); }
      const repo = await openStore(o.data);
      try {
        if (o.id) {
          const d = await repo.getEvent(o.id);
          if (!d) { process.stderr.write(`sitrep events: no event with id ${o.id}\n`); process.exitCode = 2; return; }
          await writeLine(JSON.stringify(d));
          return;
        }
        if (o.limit || o.cursor) {
          const page = await repo.listEvents(filter, { limit: Math.min(o.limit ?? 500, 500), cursor: o.cursor });
          for (const e of page.events) await writeLine(JSON.stringify(e));
          if (page.next_cursor) process.stderr.write(`sitrep events: ${page.events.length} of ${page.total}; next page: --cursor ${page.next_cursor}\n`);
        } else {
          let n = 0;
          for await (const e of repo.iterateEvents(filter)) { await writeLine(JSON.stringify(e)); n++; }
          process.stderr.write(`sitrep events: ${n} event(s)\n`);
        }
      } catch (err) {
        if (err instanceof StoreInputError) return usageError(`events: --${err.field}: ${err.message}`);
        throw err;
      } finally {
        await flushStdout();
        await repo.close();
      }
    });

  addFilterOptions(
    program
      .command('export')
      .description('export canonical events: ACLED-style CSV, CSV, JSON Lines or GeoJSON')
      .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
      .option('--data <dir>', 'data directory holding sitrep.db', DEFAULT_DATA_DIR)
      .option('-o, --output <file>', 'write to a file instead of stdout'),
  )
    .addHelpText('after', `
acled-csv has ACLED's columns (event_id_cnty, event_date, year, time_precision, disorder_type, event_type,
sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting,
iso, region, country, admin1, admin2, admin3, location, latitude, longitude, geo_precision, source,
source_scale, notes, fatalities, tags, timestamp) and ACLED's type names.`)
    .action(async (o: FilterOpts & { format: string; data: string; output?: string }) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(o.format)) return usageError(`export: --format must be one of ${EXPORT_FORMATS.join(', ')}`);
      let filter: EventFilter;
      try { filter = filterFrom(o); } catch (err) { return usageError(`export: ${(err as Error).message}`); }
      const repo = await openStore(o.data);
      const out = o.output ? createWriteStream(o.output) : process.stdout;
      let n = 0;
      async function* counted() {
        for await (const e of repo.iterateEvents(filter)) { n++; yield e; }
      }
      try {
        await repo.listEvents(filter, { limit: 1 });
        for await (const chunk of exportEvents(counted(), o.format as ExportFormat)) {
          if (!out.write(chunk)) await once(out, 'drain');
        }
        if (o.output) {
          (out as ReturnType<typeof createWriteStream>).end();
          await once(out, 'finish');
        }
        process.stderr.write(`sitrep export: ${o.format}${o.output ? ` written to ${o.output}` : ''} (${n} event(s))\n`);
      } catch (err) {
        if (err instanceof StoreInputError) return usageError(`export: --${err.field}: ${err.message}`);
        throw err;
      } finally {
        await repo.close();
      }
    });

  program
    .command('serve')
    .description('serve the HTTP API (and the web UI) over the event store')
    .option('--port <n>', 'port', (v) => { const n = Number(v); if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`not a port: ${v}`); return n; }, 8080)
    .option('--host <host>', 'interface to bind (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--data <dir>', 'data directory holding sitrep.db', DEFAULT_DATA_DIR)
    .option('--token <token>', 'bearer token required by write endpoints (default: SITREP_TOKEN)')
    .option('--body-limit <bytes>', 'largest request body', parsePositiveInt, 5 * 1024 * 1024)
    .addHelpText('after', '\nRoutes: POST /api/articles, GET /api/events, GET /api/events/{id}, GET /api/articles/{id}, GET /api/export, GET /openapi.json, GET /health')
    .action(async (o: { port: number; host: string; data: string; token?: string; bodyLimit: number }) => {
      const token = o.token ?? process.env.SITREP_TOKEN ?? null;
      let s;
      try {
        s = await startServer({ port: o.port, host: o.host, dataDir: o.data, token, bodyLimit: o.bodyLimit });
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        if (e.code === 'EADDRINUSE' || e.code === 'EACCES') return usageError(`serve: cannot listen on ${o.host}:${o.port}: ${e.message}`);
        throw err;
      }
      const st = await s.repo.stats();
      process.stderr.write(`sitrep serve: ${s.url} (store ${st.location}: ${st.articles} articles, ${st.events} events; writes ${token ? 'need a bearer token' : 'are open: use --token to protect them'})\n`);
      const shutdown = async () => {
        process.stderr.write('sitrep serve: shutting down\n');
        await s.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
}
