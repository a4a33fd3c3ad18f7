/**
 * sitrep record format v1 and the analysed-document model shared by every stage.
 *
 * All character offsets (`start_char`, `end_char`) are UTF-16 code-unit offsets into
 * `Article.text` (the normalised article text: title, a blank line, then the body),
 * `end_char` exclusive, so `article.text.slice(start_char, end_char) === text`.
 */

export const RECORD_FORMAT_VERSION = 1;

/** A span of article text. */
export interface Span {
  start_char: number;
  end_char: number;
}

export interface TextSpan extends Span {
  text: string;
}

// ---------------------------------------------------------------------------
// Article intake
// ---------------------------------------------------------------------------

export type InputFormat = 'text' | 'wire' | 'json' | 'jsonl' | 'html';

/** How the publication time was found. */
export type PublishedMethod =
  | 'cli' // --published flag
  | 'field' // JSON field `published`
  | 'posted-line' // wire text "Posted: Dec 04, 2011 6:08 AM"
  | 'meta' // HTML <meta property="article:published_time"> and friends
  | 'json-ld' // HTML JSON-LD datePublished
  | 'time-element' // HTML <time datetime>
  | 'dateline'; // a dated dateline "KABUL, Dec 3 (Reuters) -"

export interface Published {
  /** ISO 8601 with offset, e.g. 2011-12-04T06:08:00+00:00 */
  iso: string;
  method: PublishedMethod;
  /** The raw string it was parsed from. */
  raw: string;
  /** True when the source gave no time zone and UTC was assumed. */
  timezone_assumed: boolean;
  /** Granularity the source gave. */
  precision: 'day' | 'minute' | 'second';
}

export interface Dateline extends TextSpan {
  /** Place named in the dateline ("BISHKEK"), as written. */
  place: string | null;
  place_start_char: number | null;
  place_end_char: number | null;
  /** Agency in the dateline ("Reuters"). */
  agency: string | null;
  /** Date written in the dateline ("Dec 3"), as written. */
  date_text: string | null;
}

export interface InputRef {
  /** File path as given ("-" for stdin). */
  file: string;
  /** 1-based line number for JSON Lines input, else null. */
  line: number | null;
  format: InputFormat;
  /** Character encoding the bytes were decoded from. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  gzip: boolean;
  bytes: number;
}

export interface Article {
  /** Stable id: the input's own id, else a hash of the url, else a hash of the text. */
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  /** Publication time, or null when unknown (relative dates are then left unresolved). */
  published: string | null;
  published_info: Published | null;
  byline: string | null;
  dateline: Dateline | null;
  language: string | null;
  /** Normalised text all offsets refer to: title, blank line, body. */
  text: string;
  /** Span of the title inside `text` (null when no title). */
  title_span: Span | null;
  /** Offset where the body starts inside `text`. */
  body_start: number;
  /** Paragraph spans inside `text` (the title is the first when present). */
  paragraphs: Span[];
  /** Trailing credit line removed from the body ("(Reporting by ...)"), if any. */
  credit: string | null;
  input: InputRef;
}

// ---------------------------------------------------------------------------
// Text analysis
// ---------------------------------------------------------------------------

export interface Token extends Span {
  text: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** Index range [token_start, token_end) into Doc.tokens. */
  token_start: number;
  token_end: number;
  /** True for the headline. */
  is_title: boolean;
}

export type NumberKind = 'count' | 'ordinal' | 'age' | 'year' | 'date' | 'time' | 'money' | 'percent' | 'measure' | 'identifier' | 'other';

export interface NumberMention extends TextSpan {
  kind: NumberKind;
  /** Best value (the lower bound for "at least N", the midpoint is not used). */
  value: number;
  low: number | null;
  high: number | null;
  /** Bound qualifier: exact, at_least ("at least", "more than"), at_most ("up to"), approx ("about", "nearly"), range, vague ("dozens"). */
  qualifier: 'exact' | 'at_least' | 'at_most' | 'approx' | 'range' | 'vague';
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'GPE' | 'NORP' | 'GROUP' | 'MISC';

export interface Entity extends TextSpan {
  type: EntityType;
  /** Confidence 0..1 when the recogniser gives one. */
  score?: number;
}

export interface Attribution extends TextSpan {
  /** The source phrase ("prosecutors", "the interior ministry"). */
  source: string;
  source_start_char: number;
  source_end_char: number;
  /** The cue ("said", "according to"). */
  cue: string;
  /** Indices of the sentences it governs. */
  sentences: number[];
  /** For a pronoun source ("it said", "he said"): the antecedent found by coreference. */
  source_ref?: TextSpan | null;
}

/** A hedge on a claim ("suspected", "allegedly", "claimed"). */
export interface Hedge extends TextSpan {
  kind: 'suspected' | 'alleged' | 'claimed' | 'reported' | 'uncertain';
  sentence: number;
}

/** A noun-phrase chunk naming a descriptive actor ("five suspected militants", "a 34-year-old man"). */
export interface Chunk extends TextSpan {
  sentence: number;
  /** Head noun as written ("militants") and its span. */
  head: string;
  head_start_char: number;
  head_end_char: number;
  category: 'person' | 'group' | 'force' | 'civilian' | 'perpetrator';
  plural: boolean;
  /** Count given in the phrase ("five" -> 5, "a" -> 1), else null. */
  count: number | null;
  modifiers: string[];
}

/** A light coreference link: "the group", "the gunmen", "he" -> an earlier mention. */
export interface Coref {
  mention: TextSpan;
  sentence: number;
  kind: 'pronoun' | 'definite';
  antecedent: TextSpan;
  antecedent_sentence: number;
  /** Entity type of the antecedent, or 'CHUNK' for a descriptive chunk. */
  antecedent_type: EntityType | 'CHUNK';
}

// ---------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------

export type DatePrecision = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';

export interface Timex extends TextSpan {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** TIMEX3-style normalised value ("2011-12-03", "2011-11", "P2W", "PRESENT_REF", "2011-12-03TNI"). */
  value: string;
  /** Resolved interval (ISO dates, end inclusive), null when unresolved (no anchor, durations, fuzzy). */
  start: string | null;
  end: string | null;
  precision: DatePrecision | null;
  /** Part of day when given: MO, AF, EV, NI. */
  part_of_day?: string | null;
  /** True for vague expressions ("recently") kept with low precision. */
  fuzzy?: boolean;
  /** TIMEX3 mod: START/MID/END ("early", "late on Saturday"), APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS. */
  mod?: string | null;
  /** Interval of the range this expression is one end of ("between March 3 and 5"), ISO dates, end inclusive. */
  range?: { start: string; end: string } | null;
}

// ---------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------

export interface Toponym extends TextSpan {
  geonameid: number | null;
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 */
  country: string | null;
  admin1: string | null;
  feature_code: string | null;
  score: number;
  /** True when the mention is a demonym or adjective ("Kazakh", "Afghan") standing for the place. */
  demonym?: boolean;
}

// ---------------------------------------------------------------------------
// Events (record format v1)
// ---------------------------------------------------------------------------

export type EventType =
  | 'battles'
  | 'explosions_remote_violence'
  | 'violence_against_civilians'
  | 'protests'
  | 'riots'
  | 'strategic_developments';

export type ActorKind =
  | 'state_forces'
  | 'rebel_group'
  | 'political_militia'
  | 'identity_militia'
  | 'rioters'
  | 'protesters'
  | 'civilians'
  | 'external_forces'
  | 'unidentified_armed_group';

export interface EventDate extends Span {
  start: string;
  end: string;
  precision: 'day' | 'week' | 'month' | 'year';
  text: string;
  /** Where the date comes from: the event's own text, a dated dateline, or the publication window (no date in the text). */
  basis?: 'text' | 'dateline' | 'publication';
}

export interface EventLocation extends Span {
  name: string;
  geonameid: number | null;
  lat: number;
  lon: number;
  country: string | null;
  admin1: string | null;
  /** 1 = the named town or village, 2 = near it / part of a region, 3 = only a region or country. */
  precision: 1 | 2 | 3;
  text: string;
}

export interface Actor extends Span {
  name: string;
  kind: ActorKind;
  role: 'actor1' | 'actor2' | 'associated';
}

export interface Evidence extends TextSpan {
  field: string;
}

export interface CountBreakdown {
  who: string;
  count: number;
}

export interface Count {
  best: number;
  low: number;
  high: number;
  breakdown: CountBreakdown[];
  /** Who said so ("prosecutors"), null when unattributed. */
  attribution: string | null;
  evidence: Evidence[];
  /** True when the figure includes the perpetrators ("killing himself", "the bomber was killed"). */
  includes_perpetrators?: boolean;
  /** Each figure the article gives, with its source, when they differ (low/high come from these). */
  reports?: { value: number; attribution: string | null; text: string; start_char: number; end_char: number }[];
}

export interface EventRecord {
  type: EventType;
  subtype: string;
  status: 'current' | 'background';
  modality?: 'asserted' | 'negated' | 'planned' | 'foiled' | 'threatened' | 'hypothetical';
  date: EventDate | null;
  location: EventLocation | null;
  actors: Actor[];
  fatalities: Count | null;
  injured: Count | null;
  arrested: Count | null;
  evidence: Evidence[];
  confidence: number;
  summary: string;
  [extra: string]: unknown;
}

// ---------------------------------------------------------------------------
// Output records
// ---------------------------------------------------------------------------

export interface ErrorInfo {
  message: string;
  file: string;
  line: number | null;
  /** The field at fault for structured input ("text", "published"). */
  field?: string | null;
  /** Machine-readable reason code. */
  reason: string;
}

export interface ArticleRecord {
  id: string;
  article: Article;
  events: EventRecord[];
  warnings: string[];
}

export interface ErrorRecord {
  id: string;
  error: ErrorInfo;
}

export type OutputRecord = ArticleRecord | ErrorRecord;

// ---------------------------------------------------------------------------
// The analysed document (spaCy's Doc): the article plus every stage's annotations.
// ---------------------------------------------------------------------------

export interface Doc {
  article: Article;
  /** Same string as article.text. */
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  numbers: NumberMention[];
  entities: Entity[];
  attributions: Attribution[];
  /** Hedges (text stage). */
  hedges?: Hedge[];
  /** Descriptive actor chunks and coreference links (entities stage). */
  chunks?: Chunk[];
  corefs?: Coref[];
  timexes: Timex[];
  toponyms: Toponym[];
  events: EventRecord[];
  warnings: string[];
}
