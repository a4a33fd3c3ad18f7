/** Run the pipeline on one article; a failure in any stage becomes an error record, never a crash. */
import type { Pipeline } from './index.js';
import type { Article, OutputRecord } from '../types.js';

export function runSafely(pipeline: Pipeline, article: Article, extraWarnings: string[] = []): OutputRecord {
  try {
    const rec = pipeline.process(article);
    if (extraWarnings.length) rec.warnings = [...extraWarnings, ...rec.warnings.filter((w) => !extraWarnings.includes(w))];
    return rec;
  } catch (err) {
    const e = err as Error;
    const where = e.stack?.split('\n').find((l) => l.includes('/src/'))?.trim() ?? '';
    return {
      id: article.id,
      error: {
        message: `pipeline failed: ${e.message ?? String(err)}${where ? ` (${where})` : ''}`,
        file: article.input.file,
        line: article.input.line,
        field: null,
        reason: 'pipeline_error',
      },
    };
  }
}
