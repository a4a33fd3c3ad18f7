/**
 * Article intake: read files/dirs/stdin (text, wire text, JSON, JSON Lines, HTML, gzip of any),
 * detect and normalise, and yield Articles or error records, in input order.
 */
export { buildArticle, paragraphSpans, hashId, type ArticleParts } from './build.js';
import { buildArticle } from './build.js';
import type { Article } from '../types.js';
import { parsePublished } from './published.js';

/** Convenience for tests and eval harnesses: an Article from a body string, title and publication time. */
export function articleFromText(body: string, opts: { id?: string; title?: string | null; published?: string | null; url?: string | null; source?: string | null; file?: string } = {}): Article {
  const published = opts.published ? parsePublished(opts.published, 'field') : null;
  return buildArticle({ id: opts.id, title: opts.title, url: opts.url, source: opts.source, body, published, input: { file: opts.file ?? '-' } });
}
export { readInputs, readOne, expandInputs, articleFromJson, type IntakeResult, type ReadOptions, DEFAULT_MAX_ARTICLE_BYTES } from './read.js';
export { parsePublished } from './published.js';
export { parseWire } from './wire.js';
export { parseHtml } from './html.js';
export { findDateline } from './dateline.js';
export { decodeBytes, repairMojibake } from './decode.js';
export { IntakeError, type IntakeReason } from './errors.js';
