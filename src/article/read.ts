/**
 * Read inputs (files, directories, "-" for stdin) and yield, in input order, one result per article:
 * an Article or an error record naming the file, line and reason. Never throws for bad input.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import type { Article, ErrorRecord, InputFormat, Published } from '../types.js';
import { buildArticle, paragraphSpans, type ArticleParts } from './build.js';
import { decodeBytes, normaliseText } from './decode.js';
import { IntakeError } from './errors.js';
import { parseWire } from './wire.js';
import { parseHtml } from './html.js';
import { fromJsonRecord } from './json.js';
import { findDateline } from './dateline.js';

export type IntakeResult =
  | { ok: true; article: Article; warnings: string[] }
  | { ok: false; error: ErrorRecord };

export interface ReadOptions {
  /** Overrides every article's publication time (CLI --published). */
  published?: Published | null;
  /** Largest article text accepted, in UTF-8 bytes (default 2 MB). */
  maxArticleBytes?: number;
  /** Largest input file accepted, in bytes (default 1 GB). */
  maxFileBytes?: number;
  /** Reads stdin (for "-"); injectable for tests. */
  readStdin?: () => Buffer;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
const TEXT_EXT = /\.(txt|text|md|json|jsonl|ndjson|html?|xhtml|gz)$/i;

function errorRecord(file: string, line: number | null, err: unknown, id?: string | null): ErrorRecord {
  const e = err instanceof IntakeError ? err : new IntakeError('unreadable', (err as Error)?.message ?? String(err));
  return {
    id: id || (line ? `${file}:${line}` : file),
    error: { message: e.message, file, line, field: e.field, reason: e.reason },
  };
}

/** Expand directories (recursively, sorted, hidden files skipped) into files. */
export function expandInputs(paths: string[]): Array<{ path: string; error?: IntakeError }> {
  const out: Array<{ path: string; error?: IntakeError }> = [];
  const visit = (p: string, top: boolean) => {
    if (p === '-') { out.push({ path: p }); return; }
    let st;
    try {
      st = statSync(p);
    } catch (err) {
      out.push({ path: p, error: new IntakeError('not_found', `cannot read ${p}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (err as Error).message}`) });
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      try { names = readdirSync(p).sort(); } catch (err) { out.push({ path: p, error: new IntakeError('unreadable', `cannot list directory ${p}: ${(err as Error).message}`) }); return; }
      for (const n of names) {
        if (n.startsWith('.')) continue;
        const child = join(p, n);
        let cst;
        try { cst = statSync(child); } catch { continue; }
        if (cst.isDirectory()) visit(child, false);
        else if (top || TEXT_EXT.test(n) || !n.includes('.')) visit(child, false);
        else out.push({ path: child, error: new IntakeError('unreadable', `skipped ${child}: not a known article file type (.txt, .json, .jsonl, .html, .gz)`) });
      }
    } else out.push({ path: p });
  };
  for (const p of paths) visit(p, true);
  return out;
}

function detectFormat(name: string, text: string): InputFormat | 'json-any' {
  const inner = name.replace(/\.gz$/i, '');
  if (/\.(jsonl|ndjson)$/i.test(inner)) return 'jsonl';
  if (/\.json$/i.test(inner)) return 'json-any';
  if (/\.x?html?$/i.test(inner)) return 'html';
  const head = text.slice(0, 2000).trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json-any';
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<\?xml[^>]*>\s*<html)/i.test(head) || /<(p|div|article)[\s>][\s\S]*<\/(p|div|article)>/i.test(head) && /^</.test(head)) return 'html';
  return 'text';
}

function finish(parts: ArticleParts, file: string, line: number | null, format: InputFormat, enc: { encoding: Article['input']['encoding']; gzip: boolean; bytes: number }, opts: ReadOptions, warnings: string[]): IntakeResult {
  const maxBytes = opts.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const size = Buffer.byteLength(parts.body);
  if (size > maxBytes) {
    return { ok: false, error: errorRecord(file, line, new IntakeError('too_large', `article text is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit per article (--max-article-bytes)`, format === 'json' || format === 'jsonl' ? 'text' : null), parts.id) };
  }
  // A leading "By ..." paragraph is a byline, not body text.
  const bm = /^[Bb][Yy]\s+(\p{Lu}[^\n]{1,78})(?:\n\s*\n|$)/u.exec(parts.body);
  if (bm && !/[.!?]$/.test(bm[1]!.trim())) {
    parts.byline ??= bm[1]!.trim();
    parts.body = parts.body.slice(bm[0].length);
    parts.bodyParagraphs = paragraphSpans(parts.body);
    parts.dateline = null;
  }
  if (!parts.dateline) {
    const d = findDateline(parts.body);
    if (d) parts.dateline = d;
  }
  if (opts.published) parts.published = opts.published;
  const article = buildArticle({ ...parts, input: { file, line, format, encoding: enc.encoding, gzip: enc.gzip, bytes: enc.bytes } });
  if (!article.published) warnings.push('no publication time found: relative dates are left unresolved (use --published)');
  return { ok: true, article, warnings };
}

function* fromJsonText(text: string, file: string, forceLines: boolean, enc: { encoding: Article['input']['encoding']; gzip: boolean; bytes: number }, opts: ReadOptions, baseWarnings: string[]): Generator<IntakeResult> {
  const emit = (value: unknown, line: number | null, at: string, fmt: InputFormat): IntakeResult => {
    try {
      const r = fromJsonRecord(value, at);
      return finish(r, file, line, fmt, enc, opts, [...baseWarnings, ...r.warnings]);
    } catch (err) {
      const id = value && typeof value === 'object' && !Array.isArray(value) && (value as { id?: unknown }).id != null ? String((value as { id: unknown }).id) : at ? `${file}${at.slice(0, -1)}` : null;
      return { ok: false, error: errorRecord(file, line, err, id) };
    }
  };
  const trimmed = text.trim();
  if (!forceLines) {
    let whole: unknown;
    let ok = false;
    try { whole = JSON.parse(trimmed); ok = true; } catch { /* fall through to JSON Lines */ }
    if (ok) {
      if (Array.isArray(whole)) {
        if (!whole.length) yield { ok: false, error: errorRecord(file, null, new IntakeError('empty', 'JSON array holds no articles')) };
        for (let k = 0; k < whole.length; k++) yield emit(whole[k], null, `[${k}].`, 'json');
        return;
      }
      yield emit(whole, null, '', 'json');
      return;
    }
    if (trimmed.startsWith('[')) {
      yield { ok: false, error: errorRecord(file, null, new IntakeError('malformed_json', `malformed JSON array: ${parseError(trimmed)}`)) };
      return;
    }
  }
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!.trim();
    if (!l) continue;
    let v: unknown;
    try {
      v = JSON.parse(l);
    } catch {
      yield { ok: false, error: errorRecord(file, k + 1, new IntakeError('malformed_json', `malformed JSON on line ${k + 1}: ${parseError(l)}`)) };
      continue;
    }
    yield emit(v, k + 1, '', 'jsonl');
  }
}

function parseError(s: string): string {
  try { JSON.parse(s); return 'unknown error'; } catch (err) { return (err as Error).message.slice(0, 200); }
}

/**
 * One JSON value (an object with {id?, url?, title?, text|html, published?, source?, language?}) to an
 * Article or an error record, exactly as a JSON input line would be read. Used by the HTTP API.
 */
export function articleFromJson(value: unknown, opts: ReadOptions & { file?: string; line?: number | null } = {}): IntakeResult {
  const file = opts.file ?? '-';
  const text = JSON.stringify(value) ?? '';
  const enc = { encoding: 'utf-8' as const, gzip: false, bytes: Buffer.byteLength(text) };
  const results = [...fromJsonText(text, file, true, enc, opts, [])];
  const r = results[0] ?? { ok: false as const, error: errorRecord(file, null, new IntakeError('missing_text', 'no article in the JSON value')) };
  if (opts.line !== undefined) {
    if (r.ok) r.article.input.line = opts.line;
    else r.error.error.line = opts.line;
  }
  return r;
}

/** Read one input (already expanded) and yield its articles. */
export function* readOne(path: string, opts: ReadOptions = {}): Generator<IntakeResult> {
  const file = path;
  let raw: Buffer;
  try {
    if (path === '-') raw = (opts.readStdin ?? (() => readFileSync(0)))();
    else {
      const st = statSync(path);
      const max = opts.maxFileBytes ?? 1024 * 1024 * 1024;
      if (st.size > max) throw new IntakeError('too_large', `file is ${(st.size / 1048576).toFixed(0)} MB, over the ${(max / 1048576).toFixed(0)} MB input limit`);
      raw = readFileSync(path);
    }
  } catch (err) {
    yield { ok: false, error: errorRecord(file, null, err instanceof IntakeError ? err : new IntakeError((err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not_found' : 'unreadable', `cannot read ${file}: ${(err as Error).message}`)) };
    return;
  }
  let decoded;
  try {
    decoded = decodeBytes(raw);
  } catch (err) {
    yield { ok: false, error: errorRecord(file, null, err) };
    return;
  }
  const enc = { encoding: decoded.encoding, gzip: decoded.gzip, bytes: raw.length };
  const text = normaliseText(decoded.text);
  const fmt = detectFormat(path === '-' ? '' : basename(path), text);
  if (fmt === 'jsonl' || fmt === 'json-any') {
    yield* fromJsonText(text, file, fmt === 'jsonl', enc, opts, decoded.warnings);
    return;
  }
  try {
    if (fmt === 'html') {
      const h = parseHtml(text);
      if (!h.body.trim()) throw new IntakeError('bad_html', 'no article text found in the HTML page');
      yield finish(h, file, null, 'html', enc, opts, [...decoded.warnings, ...h.warnings]);
      return;
    }
    const size = Buffer.byteLength(text);
    const maxBytes = opts.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
    if (size > maxBytes) throw new IntakeError('too_large', `article text is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit per article (--max-article-bytes)`);
    const w = parseWire(text);
    yield finish(w, file, null, w.format, enc, opts, [...decoded.warnings, ...w.warnings]);
  } catch (err) {
    yield { ok: false, error: errorRecord(file, null, err) };
  }
}

/** Read every input in order. Directories expand to their files, sorted. */
export function* readInputs(paths: string[], opts: ReadOptions = {}): Generator<IntakeResult> {
  for (const item of expandInputs(paths)) {
    if (item.error) {
      yield { ok: false, error: errorRecord(item.path, null, item.error) };
      continue;
    }
    yield* readOne(item.path, opts);
  }
}

export { paragraphSpans };
