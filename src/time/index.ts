/**
 * Time stage: find time expressions (TIMEX3 DATE/TIME/DURATION/SET) with character offsets and
 * resolve them against the publication time with news semantics.
 * Entry: extractTimexes(text, anchor) -> Timex[]; the component fills doc.timexes using
 * doc.article.published as the anchor (null: relative expressions stay unresolved).
 */
import type { Component } from '../pipeline/index.js';
import { extractTimexes } from './engine.js';

export { extractTimexes, parse, refine, resolveAll, anchorPoint, PARSERS } from './engine.js';
export { REFINERS } from './refiners.js';
export { readTimeML, type TimeMLDoc, type GoldTimex } from './timeml.js';
export type { Candidate, Parser, Refiner, Resolution, ResolveContext, TimeOptions } from './types.js';

/** A sentence that exercises every parser once, so their patterns are compiled before the first article. */
const WARM_UP =
  'On Saturday, Dec. 3, 2011, at 10 p.m. GMT, two weeks ago, in the third quarter of 1990, in May, in the 1990s, ' +
  "the 20th century, nineteen ninety-six, 12/04/2011, 2011-12-03, '89, Q3 2011, yesterday morning, last night, overnight, " +
  'earlier this year, later in the day, year-end, the weekend, year-earlier, in the morning, a year earlier, the next day, ' +
  'the year-ago quarter, this summer, noon, every week for three days, a two-year term, for years, daily, now, recently, Christmas.';

export const timeComponent: Component = {
  name: 'time',
  init() {
    extractTimexes(WARM_UP, '2011-12-04');
  },
  apply(doc) {
    doc.timexes = extractTimexes(doc.text, doc.article.published);
  },
};
