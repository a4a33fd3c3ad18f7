/**
 * entities stage (placeholder until its issue lands): adds nothing to the Doc.
 */
import type { Component } from '../pipeline/index.js';

export const entitiesComponent: Component = {
  name: 'entities',
  apply() {
    /* not yet implemented */
  },
};
