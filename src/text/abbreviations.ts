/**
 * Abbreviation lexicons used by the tokenizer (does "Gen." keep its full stop?) and the sentence
 * splitter (can "Inc." end a sentence?). Lower-case, without the final full stop.
 */

/** Titles and name prefixes: always followed by a name, never the end of a sentence. */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'rev', 'fr', 'hon', 'pres', 'gov', 'sen', 'rep', 'amb',
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr', 'brig', 'lieut', 'gens', 'supt',
  'insp', 'det', 'atty', 'sec', 'cmdt', 'sra', 'srta',
]);

/** Month abbreviations ("Dec. 3"): they end a sentence only when no day number follows. */
export const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Other abbreviations that keep their full stop and may end a sentence ("... of Acme Inc. The ..."). */
export const OTHER_ABBREVIATIONS = new Set([
  // St., Mt., Sr. are usually name prefixes but also "Main St." at the end of a sentence.
  'st', 'ste', 'mt', 'ft', 'pt', 'sr',
  'inc', 'corp', 'ltd', 'co', 'jr', 'bros', 'plc', 'llc', 'etc', 'vs', 'approx', 'dept', 'univ', 'assn', 'est', 'govt',
  'vol', 'pp', 'fig', 'ca', 'cf', 'al', 'ave', 'blvd', 'rd', 'hwy', 'sq', 'intl', 'natl', 'min', 'max', 'mfg',
  // US states in AP style
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash',
  'wis', 'wyo',
]);

/** Abbreviations that keep their full stop only before a number ("No. 5", "Nos. 3 and 4", "Art. 12"). */
export const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'art', 'arts', 'p', 'tel', 'ch', 'para', 'sect']);

/**
 * Capitalised words that usually open a sentence: after an abbreviation that may end a sentence
 * ("U.S.", "Inc.", "a.m.") one of these means the sentence ended there.
 */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'his',
  'her', 'their', 'its', 'our', 'my', 'in', 'on', 'at', 'but', 'and', 'or', 'so', 'yet', 'after', 'before', 'as',
  'when', 'while', 'if', 'since', 'although', 'though', 'however', 'meanwhile', 'according', 'earlier', 'later',
  'some', 'many', 'most', 'several', 'no', 'one', 'two', 'three', 'four', 'five', 'police', 'officials', 'authorities',
  'witnesses', 'residents', 'last', 'during', 'for', 'from', 'with', 'without', 'both', 'all', 'what', 'who', 'why',
  'how', 'where', 'such', 'other', 'another', 'each', 'prosecutors',
]);
