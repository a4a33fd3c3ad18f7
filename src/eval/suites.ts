/** The registry of evaluation suites, in pipeline order. Each suite lives in its own file. */
import type { Suite } from './types.js';
import { suite as intake } from './intake.js';
import { suite as ner } from './ner.js';
import { suite as time } from './time.js';
import { suite as geo } from './geo.js';
import { suite as events } from './events.js';
import { suite as dedup } from './dedup.js';

export const SUITES: Suite[] = [intake, ner, time, geo, events, dedup];
