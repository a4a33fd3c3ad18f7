/** A readable fixed-width table of events for terminals. */
import type { ArticleRecord, EventRecord } from '../types.js';

function trunc(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

function count(c: EventRecord['fatalities']): string {
  if (!c) return '-';
  return c.low !== c.high ? `${c.best} (${c.low}-${c.high})` : String(c.best);
}

export function formatEventTable(rows: Array<{ article: ArticleRecord; event: EventRecord | null }>): string {
  const header = ['article', 'status', 'type / subtype', 'date', 'place', 'killed', 'inj.', 'arr.', 'actors'];
  const widths = [24, 10, 44, 23, 26, 7, 5, 5, 40];
  const lines: string[] = [];
  const fmt = (cells: string[]) => cells.map((c, i) => trunc(c, widths[i]!).padEnd(widths[i]!)).join(' ').trimEnd();
  lines.push(fmt(header));
  lines.push(widths.map((w) => '-'.repeat(w)).join(' '));
  let last = '';
  for (const { article, event } of rows) {
    const name = article.article.title ?? article.id;
    const a = name === last ? '' : name;
    last = name;
    if (!event) {
      lines.push(fmt([a, '', '(no events found)', '', '', '', '', '', '']));
      continue;
    }
    const date = event.date ? (event.date.precision === 'day' ? event.date.start : `${event.date.start.slice(0, event.date.precision === 'year' ? 4 : 7)} (${event.date.precision})`) : '?';
    const place = event.location ? `${event.location.name}${event.location.country ? ', ' + event.location.country : ''} [${event.location.precision}]` : '?';
    const actors = event.actors.map((x) => x.name).join('; ');
    lines.push(fmt([a, event.status, `${event.type} / ${event.subtype}`, date, place, count(event.fatalities), count(event.injured), count(event.arrested), actors]));
  }
  return lines.join('\n');
}
