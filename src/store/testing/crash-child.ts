/**
 * Child process for the crash test: saves every fixture article into the store at argv[2], printing one
 * line per saved article, so the parent can SIGKILL it mid-batch (SITREP_TEST_TXN_DELAY_MS stalls each
 * article's transaction so the kill lands inside one).
 */
import { SqliteRepository } from '../sqlite.js';
import { fixtureArticles } from './fixtures.js';

const repo = new SqliteRepository({ path: process.argv[2]! });
await repo.migrate();
const run = await repo.beginRun('crash-child', '1.0.0');
for (const f of fixtureArticles()) {
  const r = await repo.saveArticle({ article: f.record.article, events: f.record.events, warnings: [], pipelineVersion: '1.0.0', runId: run.id });
  process.stdout.write(`${r.status} ${r.article_id}\n`);
}
await repo.finishRun(run.id, { added: 0, unchanged: 0, reprocessed: 0, failed: 0 });
await repo.close();
