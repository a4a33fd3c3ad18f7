/** Every CLI command, one file each, in pipeline order. */
import type { Command } from 'commander';
import { register as extract } from './extract.js';
import { register as demo } from './demo.js';
import { register as ner } from './ner.js';
import { register as timex } from './timex.js';
import { register as geoparse } from './geoparse.js';
import { register as gazetteer } from './gazetteer.js';
import { register as store } from './store.js';

export const COMMANDS: Array<(program: Command) => void> = [extract, demo, ner, timex, geoparse, gazetteer, store];
