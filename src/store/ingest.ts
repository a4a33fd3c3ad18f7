/**
 * Ingest: article -> pipeline -> store. Skips the pipeline when the store already holds the article from
 * this pipeline version, so re-running an ingest over the same inputs costs a hash per article.
 * `ingestMany` saves a batch in one transaction (bulk ingest); a killed batch is rolled back whole and a
 * re-run processes it again.
 */
import type { Article, ArticleRecord, EventRecord } from '../types.js';
import type { Pipeline } from '../pipeline/index.js';
import type { ApiEvent } from '../api/contract.js';
import { VERSION } from '../version.js';
import type { Annotations, Repository, SaveInput, SaveResult, SaveStatus } from './repository.js';

export interface IngestOutcome {
  status: SaveStatus;
  article_id: string;
  events: ApiEvent[];
  event_ids: string[];
  /** Mention ids stored for the article. */
  mention_ids: string[];
  /** The article's event records (empty for unchanged articles when returnEvents is false). */
  mentions: EventRecord[];
  warnings: string[];
  reason: string;
}

export interface IngestFailure {
  status: 'error';
  article_id: string;
  error: string;
}

export interface IngestorOptions {
  /** Pipeline version stamped on stored records (default: the package version). */
  pipelineVersion?: string;
  /** Re-process articles even when stored by this pipeline version. */
  force?: boolean;
  /** Run id (from repo.beginRun) stamped on rows. */
  runId?: number | null;
  /** Return touched events in full (default true); `event_ids` is always filled. */
  returnEvents?: boolean;
}

export class Ingestor {
  private pipeline: Promise<Pipeline> | null = null;
  readonly pipelineVersion: string;

  constructor(
    readonly repo: Repository,
    private readonly pipelineFactory: () => Promise<Pipeline>,
    private readonly opts: IngestorOptions = {},
  ) {
    this.pipelineVersion = opts.pipelineVersion ?? VERSION;
  }

  /** The pipeline, created on first use (loading gazetteers takes a while; unchanged inputs never need it). */
  getPipeline(): Promise<Pipeline> {
    this.pipeline ??= this.pipelineFactory();
    return this.pipeline;
  }

  /** Decide what to save for one article: nothing new (unchanged) or the pipeline's output. */
  private async prepare(article: Article, extraWarnings: string[], skipLookup = false): Promise<SaveInput> {
    const base = { article, pipelineVersion: this.pipelineVersion, runId: this.opts.runId, returnEvents: this.opts.returnEvents };
    if (!skipLookup) {
      const look = await this.repo.lookupArticle(article, this.pipelineVersion, this.opts.force);
      if (look.status === 'unchanged') return { ...base, events: [], warnings: [], expectUnchanged: true };
    }
    const pipeline = await this.getPipeline();
    const doc = pipeline.analyze(article);
    const annotations: Annotations = { timexes: doc.timexes, toponyms: doc.toponyms, entities: doc.entities };
    const warnings = [...extraWarnings, ...doc.warnings.filter((w) => !extraWarnings.includes(w))];
    return { ...base, events: doc.events, warnings, annotations, force: this.opts.force };
  }

  private async outcome(input: SaveInput, r: SaveResult): Promise<IngestOutcome> {
    const mention_ids = r.mentions.map((m) => m.mention_id);
    if (r.status === 'unchanged') {
      const detail = this.opts.returnEvents === false ? null : await this.repo.getArticle(r.article_id);
      return { status: 'unchanged', article_id: r.article_id, events: r.events, event_ids: r.event_ids, mention_ids, mentions: detail?.mentions.map((m) => m.record) ?? [], warnings: detail?.warnings ?? [], reason: r.reason };
    }
    return { status: r.status as SaveStatus, article_id: r.article_id, events: r.events, event_ids: r.event_ids, mention_ids, mentions: input.events, warnings: input.warnings, reason: r.reason };
  }

  async ingest(article: Article, extraWarnings: string[] = []): Promise<IngestOutcome> {
    let input = await this.prepare(article, extraWarnings);
    let r = await this.repo.saveArticle(input);
    if (r.status === 'stale') {
      // Changed by another writer between the look-up and the save: process it after all.
      input = await this.prepare(article, extraWarnings, true);
      r = await this.repo.saveArticle(input);
    }
    return this.outcome(input, r);
  }

  /**
   * Ingest several articles, saved in one transaction. Articles the pipeline fails on come back as
   * failures and are not part of the transaction.
   */
  async ingestMany(items: Array<{ article: Article; warnings?: string[] }>): Promise<Array<IngestOutcome | IngestFailure>> {
    const prepared: Array<SaveInput | IngestFailure> = [];
    for (const it of items) {
      try {
        prepared.push(await this.prepare(it.article, it.warnings ?? []));
      } catch (err) {
        prepared.push({ status: 'error', article_id: it.article.id, error: (err as Error)?.message ?? String(err) });
      }
    }
    const inputs = prepared.filter((p): p is SaveInput => !('status' in p));
    const saved = inputs.length ? await this.repo.saveArticles(inputs) : [];
    const out: Array<IngestOutcome | IngestFailure> = [];
    let k = 0;
    for (let i = 0; i < prepared.length; i++) {
      const p = prepared[i]!;
      if ('status' in p) { out.push(p); continue; }
      const r = saved[k++]!;
      if (r.status === 'stale') {
        try { out.push(await this.ingest(items[i]!.article, items[i]!.warnings ?? [])); } catch (err) { out.push({ status: 'error', article_id: p.article.id, error: (err as Error)?.message ?? String(err) }); }
      } else out.push(await this.outcome(p, r));
    }
    return out;
  }

  /** Store an already-extracted record (tests, imports of records made elsewhere). */
  async storeRecord(record: ArticleRecord, annotations: Annotations | null = null): Promise<IngestOutcome> {
    const input: SaveInput = { article: record.article, events: record.events, warnings: record.warnings, annotations, pipelineVersion: this.pipelineVersion, runId: this.opts.runId, force: this.opts.force, returnEvents: this.opts.returnEvents };
    return this.outcome(input, await this.repo.saveArticle(input));
  }
}
