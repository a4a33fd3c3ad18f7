/**
 * Event store: articles, mentions, canonical (deduplicated) events, their sources and revisions.
 * `openStore(dataDir)` opens (and migrates) the default SQLite backend under the data directory.
 */
import { join, resolve } from 'node:path';
import { SqliteRepository } from './sqlite.js';
import type { Repository } from './repository.js';

export type { Repository, Annotations, Lookup, SaveInput, SaveResult, SaveStatus, RunInfo, RunSummary, StoreStats, Page } from './repository.js';
export { SqliteRepository, StoreInputError, compareVersions } from './sqlite.js';
export { Ingestor, type IngestOutcome, type IngestorOptions } from './ingest.js';
export { eventFilterSchema, pageSchema, describeIssues, type EventFilter, EVENT_TYPES, SORTS } from './filters.js';
export { EXPORT_FORMATS, exportEvents, exportContentType, exportFileName, type ExportFormat } from './export.js';

/** Default data directory (relative to the working directory). */
export const DEFAULT_DATA_DIR = './sitrep-data';
export const DB_FILE = 'sitrep.db';

export function dbPath(dataDir: string = DEFAULT_DATA_DIR): string {
  return join(resolve(dataDir), DB_FILE);
}

/** Open the store in `dataDir` (created when missing) and bring its schema up to date. */
export async function openStore(dataDir: string = DEFAULT_DATA_DIR): Promise<Repository & { raw?: unknown }> {
  const repo = new SqliteRepository({ path: dbPath(dataDir) });
  await repo.migrate();
  return repo;
}
