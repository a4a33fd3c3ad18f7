/** Build an Article from already-decoded parts. Used by every reader and by the eval harnesses. */
import { createHash } from 'node:crypto';
import type { Article, Dateline, InputRef, Published, Span } from '../types.js';

export interface ArticleParts {
  id?: string | null;
  url?: string | null;
  title?: string | null;
  source?: string | null;
  published?: Published | null;
  byline?: string | null;
  language?: string | null;
  /** Body text. Kept verbatim: offsets into it stay valid (shifted by the title). */
  body: string;
  /** Paragraph spans relative to `body`; computed from blank lines when absent. */
  bodyParagraphs?: Span[];
  /** Dateline relative to `body`. */
  dateline?: Dateline | null;
  credit?: string | null;
  input?: Partial<InputRef>;
}

export function hashId(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}

/** Paragraph spans of `text`: blocks separated by blank lines, trimmed. */
export function paragraphSpans(text: string, offset = 0): Span[] {
  const out: Span[] = [];
  const re = /[^\n]*(?:\n(?![ \t\r]*\n)[^\n]*)*/g; // runs of lines without a blank line between them
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    out.push({ start_char: offset + start, end_char: offset + start + trimmed.length });
  }
  return out;
}

export function buildArticle(p: ArticleParts): Article {
  const title = p.title?.replace(/\s+/g, ' ').trim() || null;
  const prefix = title ? `${title}\n\n` : '';
  const text = prefix + p.body;
  const shift = prefix.length;
  const bodyParas = (p.bodyParagraphs ?? paragraphSpans(p.body)).map((s) => ({ start_char: s.start_char + shift, end_char: s.end_char + shift }));
  const paragraphs: Span[] = title ? [{ start_char: 0, end_char: title.length }, ...bodyParas] : bodyParas;
  let dateline: Dateline | null = null;
  if (p.dateline) {
    const d = p.dateline;
    dateline = {
      ...d,
      start_char: d.start_char + shift,
      end_char: d.end_char + shift,
      place_start_char: d.place_start_char === null ? null : d.place_start_char + shift,
      place_end_char: d.place_end_char === null ? null : d.place_end_char + shift,
    };
  }
  const url = p.url?.trim() || null;
  const id = (p.id !== undefined && p.id !== null && String(p.id).trim()) ? String(p.id).trim() : url ? hashId(url) : hashId(text);
  return {
    id,
    url,
    title,
    source: p.source?.trim() || null,
    published: p.published?.iso ?? null,
    published_info: p.published ?? null,
    byline: p.byline?.trim() || null,
    dateline,
    language: p.language ?? null,
    text,
    title_span: title ? { start_char: 0, end_char: title.length } : null,
    body_start: shift,
    paragraphs,
    credit: p.credit ?? null,
    input: { file: '-', line: null, format: 'text', encoding: 'utf-8', gzip: false, bytes: Buffer.byteLength(text), ...p.input },
  };
}
