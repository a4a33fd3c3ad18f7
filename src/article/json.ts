/**
 * JSON intake: one object, an array of objects, or JSON Lines, with fields
 * {id?, url?, title?, text|html, published?, source?, language?} (common aliases accepted).
 */
import { IntakeError } from './errors.js';
import { parsePublished } from './published.js';
import { parseHtml } from './html.js';
import { normaliseText, repairMojibake } from './decode.js';
import type { ArticleParts } from './build.js';

const ALIASES: Record<string, string[]> = {
  id: ['id', 'guid', 'uid'],
  url: ['url', 'source_url', 'link', 'href', 'permalink'],
  title: ['title', 'headline'],
  text: ['text', 'body', 'content', 'article', 'story'],
  html: ['html', 'raw_html'],
  published: ['published', 'published_at', 'publishedAt', 'date', 'datePublished', 'pubDate', 'pub_date', 'publish_date', 'timestamp'],
  source: ['source', 'publisher', 'outlet', 'site'],
  language: ['language', 'lang'],
  byline: ['byline', 'author', 'authors'],
};

function pick(o: Record<string, unknown>, key: string): { name: string; value: unknown } | null {
  for (const k of ALIASES[key]!) if (o[k] !== undefined && o[k] !== null) return { name: k, value: o[k] };
  return null;
}

function str(o: Record<string, unknown>, key: string, at: string): string | null {
  const f = pick(o, key);
  if (!f) return null;
  if (typeof f.value === 'string') return f.value;
  if (typeof f.value === 'number' && (key === 'id' || key === 'published')) return String(f.value);
  if (key === 'byline' && Array.isArray(f.value)) return f.value.map(String).join(', ');
  if (key === 'source' && typeof f.value === 'object' && f.value && typeof (f.value as { name?: unknown }).name === 'string') return (f.value as { name: string }).name;
  throw new IntakeError('invalid_field', `${at}${f.name}: expected a string, got ${Array.isArray(f.value) ? 'array' : typeof f.value}`, f.name);
}

export interface JsonArticle extends ArticleParts {
  warnings: string[];
  fromHtml: boolean;
}

/** Map one JSON value to article parts. `at` prefixes field names in messages (e.g. "[3].").*/
export function fromJsonRecord(value: unknown, at = ''): JsonArticle {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new IntakeError('invalid_field', `${at || 'record'}: expected a JSON object, got ${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value}`, at || null);
  }
  const o = value as Record<string, unknown>;
  const warnings: string[] = [];
  const id = str(o, 'id', at);
  const text = str(o, 'text', at);
  const html = str(o, 'html', at);
  let parts: ArticleParts;
  let fromHtml = false;
  if (text && text.trim()) {
    const fixed = repairMojibake(text);
    if (fixed) warnings.push('repaired mojibake in text');
    parts = { body: normaliseText(fixed ?? text).trim() };
  } else if (html && html.trim()) {
    const h = parseHtml(html);
    warnings.push(...h.warnings);
    parts = h;
    fromHtml = true;
    if (!h.body.trim()) throw new IntakeError('missing_text', `${at}html: no article text found in the HTML`, 'html');
  } else {
    throw new IntakeError('missing_text', `${at}text: missing or empty (need "text" or "html")`, text !== null ? 'text' : 'text');
  }
  const title = str(o, 'title', at);
  const pubRaw = str(o, 'published', at);
  let published = parts.published ?? null;
  if (pubRaw) {
    const p = parsePublished(pubRaw, 'field');
    if (p) published = p;
    else warnings.push(`${at}published: could not parse "${pubRaw.slice(0, 60)}"; relative dates are left unresolved`);
  }
  return {
    ...parts,
    id,
    url: str(o, 'url', at) ?? parts.url ?? null,
    title: title ?? parts.title ?? null,
    source: str(o, 'source', at) ?? parts.source ?? null,
    byline: str(o, 'byline', at) ?? parts.byline ?? null,
    language: str(o, 'language', at) ?? parts.language ?? null,
    published,
    warnings,
    fromHtml,
  };
}
