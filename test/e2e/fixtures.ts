/**
 * Fixture articles (written for these tests, news style) and the event records a pipeline would draw
 * from them, with evidence offsets computed from the text. Used by the mock API server.
 */
import type { Article, EventRecord, Evidence, Count, Actor, EventLocation, EventDate, EventType, ActorKind } from '../../src/types.js';

export interface FixtureArticle {
  id: string;
  title: string;
  body: string;
  published: string;
  source: string;
  url: string;
}

export const ARTICLES: FixtureArticle[] = [
  {
    id: 'a-taraz-1',
    title: 'Bomb blast kills three at Taraz bus station',
    published: '2024-03-05T08:30:00+00:00',
    source: 'Steppe Courier',
    url: 'https://steppe-courier.example/2024/03/05/taraz-blast',
    body:
      'TARAZ, March 5 - A bomb exploded at the main bus station in Taraz on Monday evening, killing three people and wounding two others, according to police.\n\n' +
      'The device had been left in a bag near the ticket office, the regional police department said in a statement. No group has claimed responsibility.\n\n' +
      'Last month, a gunman killed seven people at a market in Shymkent before being shot by police.',
  },
  {
    id: 'a-taraz-2',
    title: 'Three dead, four hurt in Taraz station explosion',
    published: '2024-03-05T11:10:00+00:00',
    source: 'Almaty Daily Wire',
    url: 'https://adw.example/news/taraz-station-explosion',
    body:
      'Three people were killed and four injured when an explosive device went off at a bus station in the southern city of Taraz on Monday, the health ministry said.\n\n' +
      'Witnesses described a loud bang shortly after 7 p.m. and shattered windows across the square.',
  },
  {
    id: 'a-almaty-protest',
    title: 'Police detain 12 as hundreds rally in Almaty over fuel prices',
    published: '2024-03-11T15:00:00+00:00',
    source: 'Steppe Courier',
    url: 'https://steppe-courier.example/2024/03/11/almaty-fuel-rally',
    body:
      'Several hundred people rallied in central Almaty on Sunday to protest a sharp rise in fuel prices. Police detained 12 demonstrators after scuffles near the city administration building, the interior ministry said.\n\n' +
      'Organisers said the protest would continue next week.',
  },
  {
    id: 'a-kunar-clash',
    title: 'Clashes in Kunar leave five fighters dead',
    published: '2024-02-21T06:00:00+00:00',
    source: 'Frontier Report',
    url: 'https://frontier-report.example/kunar-clashes',
    body:
      'Fighting between security forces and militants in eastern Kunar province on Tuesday left five fighters dead, a provincial spokesman said.\n\n' +
      'The spokesman did not say where in the province the clashes took place.',
  },
  {
    id: 'a-osh-riot',
    title: 'Riot in <script>window.__xss=1</script> market town',
    published: '2024-03-08T09:00:00+00:00',
    source: 'Valley <b>News</b>',
    url: 'javascript:window.__xss=3',
    body:
      'Six people were injured in Osh on Thursday when traders clashed with municipal inspectors, hurling stones at police. ' +
      'One protester carried a sign reading <img src=x onerror="window.__xss=2"> and another shouted <b>slogans</b>.\n\n' +
      'Police said the situation was calm by evening.',
  },
];

/** The bytes a test pastes into the "Add article" page. */
export const PASTE_ARTICLE = {
  title: 'Gunmen kill four in Bishkek suburb',
  body: 'Four people were killed when gunmen opened fire on a car in a suburb of Bishkek on Wednesday, police said. The attackers fled the scene.',
  published: '2024-03-14T10:00:00+00:00',
};

export function buildArticle(f: { id: string; title: string | null; body: string; published: string | null; source?: string | null; url?: string | null }): Article {
  const title = f.title ?? null;
  const text = title ? `${title}\n\n${f.body}` : f.body;
  const bodyStart = title ? title.length + 2 : 0;
  const paragraphs: Article['paragraphs'] = [];
  if (title) paragraphs.push({ start_char: 0, end_char: title.length });
  let pos = bodyStart;
  for (const p of f.body.split('\n\n')) {
    paragraphs.push({ start_char: pos, end_char: pos + p.length });
    pos += p.length + 2;
  }
  return {
    id: f.id,
    url: f.url ?? null,
    title,
    source: f.source ?? null,
    published: f.published,
    published_info: f.published ? { iso: f.published, method: 'field', raw: f.published, timezone_assumed: false, precision: 'minute' } : null,
    byline: null,
    dateline: null,
    language: 'en',
    text,
    title_span: title ? { start_char: 0, end_char: title.length } : null,
    body_start: bodyStart,
    paragraphs,
    credit: null,
    input: { file: 'fixture', line: null, format: 'json', encoding: 'utf-8', gzip: false, bytes: text.length },
  };
}

/** Span of the n-th occurrence of `phrase` in `text` (throws when missing, so fixtures stay valid). */
export function span(text: string, phrase: string, nth = 0): { start_char: number; end_char: number; text: string } {
  // "Taraz#1" = the second occurrence of "Taraz".
  const m = /^(.*)#(\d+)$/.exec(phrase);
  if (m) {
    phrase = m[1];
    nth = Number(m[2]);
  }
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`fixture phrase not found: ${phrase}`);
  }
  return { start_char: at, end_char: at + phrase.length, text: phrase };
}

interface Spec {
  type: EventType;
  subtype: string;
  status?: 'current' | 'background';
  trigger: string;
  date?: { phrase: string; start: string; end?: string; precision?: EventDate['precision'] };
  place?: { phrase: string; name: string; lat: number; lon: number; country: string; admin1: string | null; precision: 1 | 2 | 3; geonameid?: number };
  actors?: Array<{ phrase: string; name: string; kind: ActorKind; role: Actor['role'] }>;
  fatalities?: { phrase: string; n: number; low?: number; high?: number; attribution?: string; attrPhrase?: string };
  injured?: { phrase: string; n: number; attribution?: string; attrPhrase?: string };
  arrested?: { phrase: string; n: number; attribution?: string; attrPhrase?: string };
  summary: string;
  confidence?: number;
}

export function record(text: string, s: Spec): EventRecord {
  const ev = (field: string, phrase: string): Evidence => ({ field, ...span(text, phrase) });
  const count = (field: string, c: { phrase: string; n: number; low?: number; high?: number; attribution?: string; attrPhrase?: string } | undefined): Count | null =>
    c
      ? {
          best: c.n,
          low: c.low ?? c.n,
          high: c.high ?? c.n,
          breakdown: [],
          attribution: c.attribution ?? null,
          evidence: [ev(field, c.phrase), ...(c.attrPhrase ? [ev('attribution', c.attrPhrase)] : [])],
        }
      : null;
  const date: EventDate | null = s.date ? { ...span(text, s.date.phrase), start: s.date.start, end: s.date.end ?? s.date.start, precision: s.date.precision ?? 'day' } : null;
  const location: EventLocation | null = s.place
    ? { ...span(text, s.place.phrase), name: s.place.name, geonameid: s.place.geonameid ?? null, lat: s.place.lat, lon: s.place.lon, country: s.place.country, admin1: s.place.admin1, precision: s.place.precision }
    : null;
  return {
    type: s.type,
    subtype: s.subtype,
    status: s.status ?? 'current',
    modality: 'asserted',
    date,
    location,
    actors: (s.actors ?? []).map((a) => ({ ...span(text, a.phrase), name: a.name, kind: a.kind, role: a.role })),
    fatalities: count('fatalities', s.fatalities),
    injured: count('injured', s.injured),
    arrested: count('arrested', s.arrested),
    evidence: [ev('trigger', s.trigger)],
    confidence: s.confidence ?? 0.8,
    summary: s.summary,
  };
}

const TARAZ = { name: 'Taraz', lat: 42.9, lon: 71.3667, country: 'KZ', admin1: 'Zhambyl', precision: 1 as const, geonameid: 1516905 };

/** Mentions per article (event records as one article reports them). */
export function mentionsFor(a: Article): EventRecord[] {
  const t = a.text;
  switch (a.id) {
    case 'a-taraz-1':
      return [
        record(t, {
          type: 'explosions_remote_violence', subtype: 'remote_explosive_landmine_ied', trigger: 'A bomb exploded',
          date: { phrase: 'on Monday evening', start: '2024-03-04' },
          place: { phrase: 'Taraz#1', ...TARAZ },
          fatalities: { phrase: 'killing three people', n: 3, attribution: 'police', attrPhrase: 'according to police' },
          injured: { phrase: 'wounding two others', n: 2, attribution: 'police' },
          summary: 'A bomb exploded at the main bus station in Taraz, killing three people and wounding two.',
        }),
        record(t, {
          type: 'violence_against_civilians', subtype: 'attack', status: 'background', trigger: 'a gunman killed seven people',
          date: { phrase: 'Last month', start: '2024-02-01', end: '2024-02-29', precision: 'month' },
          place: { phrase: 'Shymkent', name: 'Shymkent', lat: 42.3, lon: 69.6, country: 'KZ', admin1: 'Shymkent', precision: 1 },
          actors: [{ phrase: 'a gunman', name: 'Unidentified gunman', kind: 'unidentified_armed_group', role: 'actor1' }],
          fatalities: { phrase: 'killed seven people', n: 7 },
          summary: 'A gunman killed seven people at a market in Shymkent.',
        }),
      ];
    case 'a-taraz-2':
      return [
        record(t, {
          type: 'explosions_remote_violence', subtype: 'remote_explosive_landmine_ied', trigger: 'an explosive device went off',
          date: { phrase: 'on Monday', start: '2024-03-04' },
          place: { phrase: 'Taraz#1', ...TARAZ },
          fatalities: { phrase: 'Three people were killed', n: 3, attribution: 'the health ministry', attrPhrase: 'the health ministry said' },
          injured: { phrase: 'four injured', n: 4, attribution: 'the health ministry' },
          summary: 'An explosive device went off at a bus station in Taraz, killing three and injuring four.',
        }),
      ];
    case 'a-almaty-protest':
      return [
        record(t, {
          type: 'protests', subtype: 'protest_with_intervention', trigger: 'rallied',
          date: { phrase: 'on Sunday', start: '2024-03-10' },
          place: { phrase: 'Almaty#1', name: 'Almaty', lat: 43.25, lon: 76.9167, country: 'KZ', admin1: 'Almaty', precision: 1, geonameid: 1526384 },
          actors: [
            { phrase: 'Several hundred people', name: 'Protesters (Kazakhstan)', kind: 'protesters', role: 'actor1' },
            { phrase: 'Police#1', name: 'Police Forces of Kazakhstan', kind: 'state_forces', role: 'actor2' },
          ],
          arrested: { phrase: 'detained 12 demonstrators', n: 12, attribution: 'the interior ministry', attrPhrase: 'the interior ministry said' },
          summary: 'Several hundred people protested fuel prices in Almaty; police detained 12.',
        }),
      ];
    case 'a-kunar-clash':
      return [
        record(t, {
          type: 'battles', subtype: 'armed_clash', trigger: 'Fighting',
          date: { phrase: 'on Tuesday', start: '2024-02-20' },
          place: { phrase: 'Kunar province#0', name: 'Kunar', lat: 34.85, lon: 71.1, country: 'AF', admin1: 'Kunar', precision: 3 },
          actors: [
            { phrase: 'security forces', name: 'Security forces of Afghanistan', kind: 'state_forces', role: 'actor1' },
            { phrase: 'militants', name: 'Unidentified militants', kind: 'unidentified_armed_group', role: 'actor2' },
          ],
          fatalities: { phrase: 'left five fighters dead', n: 5, attribution: 'a provincial spokesman', attrPhrase: 'a provincial spokesman said' },
          summary: 'Security forces and militants clashed in Kunar province; five fighters were killed.',
        }),
      ];
    case 'a-osh-riot':
      return [
        record(t, {
          type: 'riots', subtype: 'mob_violence', trigger: 'clashed',
          date: { phrase: 'on Thursday', start: '2024-03-07' },
          place: { phrase: 'Osh#0', name: 'Osh', lat: 40.5333, lon: 72.8, country: 'KG', admin1: 'Osh', precision: 1 },
          actors: [{ phrase: 'traders', name: 'Rioters (Kyrgyzstan)', kind: 'rioters', role: 'actor1' }],
          injured: { phrase: 'Six people were injured', n: 6 },
          summary: 'Traders rioted in Osh <img src=x onerror="window.__xss=4">; six injured.',
        }),
      ];
    default:
      return [];
  }
}
