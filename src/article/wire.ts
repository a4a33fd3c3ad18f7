/**
 * Plain-text and wire-format articles: title line, source line, "Posted: Dec 04, 2011 6:08 AM",
 * "By ..." byline, dateline "BISHKEK (Reuters) -", body paragraphs, trailing credit line.
 */
import type { ArticleParts } from './build.js';
import { paragraphSpans } from './build.js';
import { findDateline } from './dateline.js';
import { parsePublished } from './published.js';
import type { Published } from '../types.js';

const TIME_LINE_RE = /^(posted|published|updated|last updated|first published|date|dated|filed)\s*(?:on|at)?\s*:?\s*(.+)$/i;
const BYLINE_RE = /^[Bb][Yy]\s+([\p{Lu}][\p{L}.'’\- ]+(?:(?:,| and| &)\s*[\p{Lu}][\p{L}.'’\- ]+)*)(?:,\s*.{0,60})?$/u;
const CREDIT_RE = /^\(?\s*(?:\(?(?:reporting|writing|additional reporting|editing|compiled|edited|produced)\b[^\n]{0,400})\)?\s*$/i;

export interface WireResult extends ArticleParts {
  format: 'wire' | 'text';
  warnings: string[];
}

function isHeaderCandidate(line: string): boolean {
  return line.length > 0 && line.length <= 160 && !/[.!?]["”’]?$/.test(line.trim()) || /^by\s/i.test(line.trim());
}

export function parseWire(text: string): WireResult {
  const warnings: string[] = [];
  const lines = text.split('\n');
  let i = 0;
  const skipBlank = () => { while (i < lines.length && !lines[i]!.trim()) i++; };
  skipBlank();
  let title: string | null = null;
  let source: string | null = null;
  let byline: string | null = null;
  let published: Published | null = null;
  let updated: Published | null = null;
  let headerLines = 0;

  // Title: the first line when short, not a sentence-like paragraph, and followed by more text.
  const first = lines[i]?.trim() ?? '';
  const rest = lines.slice(i + 1).some((l) => l.trim());
  if (first && rest && first.length <= 250 && !findDateline(first) && (isHeaderCandidate(first) || lines[i + 1]?.trim() === '')) {
    title = first;
    i++;
    headerLines++;
  }
  // Header lines: short lines before the body (at most 10).
  while (i < lines.length && headerLines < 12) {
    skipBlank();
    if (i >= lines.length) break;
    const line = lines[i]!.trim();
    let m: RegExpExecArray | null;
    if ((m = TIME_LINE_RE.exec(line)) && line.length < 120) {
      const p = parsePublished(m[2]!.replace(/\s*\|.*$/, ''), 'posted-line');
      if (p) {
        if (/updated/i.test(m[1]!)) updated ??= p;
        else published ??= p;
        i++; headerLines++;
        continue;
      }
    }
    if (line.length < 120 && (m = BYLINE_RE.exec(line))) {
      byline ??= m[1]!.trim();
      i++; headerLines++;
      continue;
    }
    if (title && line === title) { i++; headerLines++; continue; }
    if (line.length < 80 && !findDateline(line)) {
      const p = parsePublished(line, 'posted-line');
      if (p) { published ??= p; i++; headerLines++; continue; }
      if (!source && title && isHeaderCandidate(line) && !/[,;:]$/.test(line) && line.split(/\s+/).length <= 6 && /^[\p{Lu}0-9]/u.test(line)) {
        source = line;
        i++; headerLines++;
        continue;
      }
    }
    break;
  }
  if (!published && updated) published = updated;

  let bodyText = lines.slice(i).join('\n').trim();
  // Trailing credit line "(Reporting by ...; Editing by ...)".
  let credit: string | null = null;
  const lastBreak = bodyText.lastIndexOf('\n');
  const lastPara = bodyText.slice(lastBreak + 1).trim();
  if (lastBreak > 0 && lastPara.length < 400 && CREDIT_RE.test(lastPara)) {
    credit = lastPara;
    bodyText = bodyText.slice(0, lastBreak).trimEnd();
  }
  const dateline = findDateline(bodyText, 0);
  const isWire = !!(published || byline || dateline || credit || source);
  return {
    format: isWire ? 'wire' : 'text',
    title,
    source,
    byline,
    published,
    body: bodyText,
    bodyParagraphs: paragraphSpans(bodyText),
    dateline,
    credit,
    warnings,
  };
}
