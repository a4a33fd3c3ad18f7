/**
 * Test helpers: turn the dedup evaluation set (test/fixtures/dedup) into ArticleRecords with hand-written
 * event records, so store and API tests exercise dedup without the events stage.
 */
import type { ArticleRecord } from '../../types.js';
import { articleFromText } from '../../article/index.js';
import { byPublication } from '../../dedup/index.js';
import { loadDedupFixtures, type GoldMention } from '../../eval/dedup.js';

export interface FixtureArticle {
  record: ArticleRecord;
  gold: string[];
}

/** One ArticleRecord per fixture article, in publication order; evidence offsets point into its text. */
export function fixtureArticles(): FixtureArticle[] {
  const mentions = loadDedupFixtures().sort(byPublication);
  const byArticle = new Map<string, GoldMention[]>();
  for (const m of mentions) {
    if (!byArticle.has(m.article_id)) byArticle.set(m.article_id, []);
    byArticle.get(m.article_id)!.push(m);
  }
  const out: FixtureArticle[] = [];
  for (const [id, ms] of byArticle) {
    ms.sort((a, b) => (a.id < b.id ? -1 : 1));
    const body = ms.map((m) => m.record.summary).join('\n\n');
    const article = articleFromText(body, { id, title: null, published: ms[0]!.published, source: ms[0]!.source, url: `https://news.example/${id}` });
    let offset = article.body_start;
    const events = ms.map((m) => {
      const len = m.record.summary.length;
      const ev = { start_char: offset, end_char: offset + len, text: m.record.summary };
      offset += len + 2;
      return {
        ...m.record,
        evidence: [{ field: 'event', ...ev }],
        date: m.record.date ? { ...m.record.date, ...ev } : null,
      };
    });
    out.push({ record: { id, article, events, warnings: [] }, gold: ms.map((m) => m.gold) });
  }
  return out;
}
