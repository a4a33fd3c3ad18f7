/**
 * HTML pages: main text without boilerplate (Mozilla Readability over a linkedom DOM, with a
 * paragraph fallback), title, publication time (meta tags, JSON-LD, <time>), author, canonical url.
 * Scripts, styles and markup never reach the text.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { ArticleParts } from './build.js';
import { parsePublished } from './published.js';
import type { Published, Span } from '../types.js';

export interface HtmlResult extends ArticleParts {
  warnings: string[];
}

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date',
  'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime', 'original-publish-date', 'displaydate',
];

type Doc = ReturnType<typeof parseHTML>['document'];

function meta(doc: Doc, names: string[]): string | null {
  for (const n of names) {
    for (const el of doc.querySelectorAll('meta')) {
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
      if (key === n) {
        const v = el.getAttribute('content')?.trim();
        if (v) return v;
      }
    }
  }
  return null;
}

interface JsonLdInfo { headline?: string; datePublished?: string; author?: string; publisher?: string; url?: string }

function jsonLd(doc: Doc, warnings: string[]): JsonLdInfo {
  const info: JsonLdInfo = {};
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach(visit); return; }
    const o = node as Record<string, unknown>;
    if (Array.isArray(o['@graph'])) visit(o['@graph']);
    const type = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (type.some((t) => /Article|Posting|Report|WebPage/i.test(t))) {
      if (!info.headline && typeof o.headline === 'string') info.headline = o.headline;
      if (!info.datePublished && typeof o.datePublished === 'string') info.datePublished = o.datePublished;
      if (!info.url && typeof o.url === 'string') info.url = o.url;
      const a = ([] as unknown[]).concat(o.author ?? [])[0];
      if (!info.author && a) info.author = typeof a === 'string' ? a : typeof (a as { name?: unknown }).name === 'string' ? (a as { name: string }).name : undefined;
      const p = o.publisher as { name?: unknown } | undefined;
      if (!info.publisher && p && typeof p.name === 'string') info.publisher = p.name;
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      warnings.push('html: ignored malformed JSON-LD block');
    }
  }
  return info;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, figcaption';

/** Paragraph texts of a DOM subtree, without nested duplicates. */
function blockTexts(root: { querySelectorAll(sel: string): Iterable<unknown> } ): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS) as Iterable<{ textContent: string | null; querySelector(s: string): unknown; tagName: string; closest(s: string): unknown }>) {
    if (el.tagName !== 'LI' && el.querySelector('p, li')) continue; // a container: its children are taken
    if (el.tagName === 'LI' && el.querySelector('p')) continue;
    if (el.tagName === 'TD' && el.querySelector('p')) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
  }
  return out;
}

function joinParagraphs(paras: string[]): { body: string; spans: Span[] } {
  const spans: Span[] = [];
  let body = '';
  for (const p of paras) {
    if (body) body += '\n\n';
    spans.push({ start_char: body.length, end_char: body.length + p.length });
    body += p;
  }
  return { body, spans };
}

function cleanTitle(t: string | null | undefined, site: string | null): string | null {
  if (!t) return null;
  let s = t.replace(/\s+/g, ' ').trim();
  if (site) s = s.replace(new RegExp(`\\s*[|\\-–—:]\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i'), '');
  return s || null;
}

export function parseHtml(html: string): HtmlResult {
  const warnings: string[] = [];
  const { document } = parseHTML(html);
  const doc = document as unknown as Doc;
  const site = meta(doc, ['og:site_name', 'application-name']);
  const ld = jsonLd(doc, warnings);
  const title = cleanTitle(meta(doc, ['og:title', 'twitter:title']) ?? ld.headline ?? doc.querySelector('title')?.textContent ?? doc.querySelector('h1')?.textContent, site);
  let published: Published | null = null;
  const metaDate = meta(doc, PUBLISHED_META);
  if (metaDate) published = parsePublished(metaDate, 'meta');
  if (!published && ld.datePublished) published = parsePublished(ld.datePublished, 'json-ld');
  if (!published) {
    for (const t of doc.querySelectorAll('time')) {
      const v = t.getAttribute('datetime') ?? t.textContent ?? '';
      const p = parsePublished(v, 'time-element');
      if (p) { published = p; break; }
    }
  }
  if (!published && (metaDate || ld.datePublished)) warnings.push(`html: could not parse publication time "${metaDate ?? ld.datePublished}"`);
  const author = meta(doc, ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author']) ?? ld.author ?? doc.querySelector('[rel="author"]')?.textContent?.trim() ?? null;
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, ['og:url']) ?? ld.url ?? null;
  const lang = doc.documentElement?.getAttribute('lang') ?? null;

  for (const el of doc.querySelectorAll('script, style, noscript, template, iframe, svg, object, embed')) el.remove();

  let paras: string[] = [];
  try {
    const clone = parseHTML(doc.toString()).document;
    const r = new Readability(clone as unknown as Document, { charThreshold: 200 }).parse();
    if (r?.content) {
      const content = parseHTML(`<html><body>${r.content}</body></html>`).document;
      paras = blockTexts(content as unknown as Doc);
      if (!paras.length && r.textContent?.trim()) paras = r.textContent.split(/\n\s*\n/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
    }
  } catch (err) {
    warnings.push(`html: readability failed (${(err as Error).message}); used paragraph fallback`);
  }
  if (!paras.length) {
    for (const el of doc.querySelectorAll('nav, header, footer, aside, form, [role="navigation"], [aria-hidden="true"]')) el.remove();
    const root = (doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body ?? doc) as unknown as Doc;
    paras = blockTexts(root);
    if (!paras.length) {
      const t = (root as unknown as { textContent: string | null }).textContent?.replace(/[ \t]+/g, ' ').trim() ?? '';
      paras = t.split(/\n\s*\n/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
    }
  }
  // Drop a leading paragraph that just repeats the title.
  if (title && paras[0] && paras[0] === title) paras.shift();
  const { body, spans } = joinParagraphs(paras);
  return { title, source: site ?? ld.publisher ?? null, byline: author, published, url, language: lang, body, bodyParagraphs: spans, warnings };
}
