/**
 * Web UI: static assets built by Vite into dist/web, mounted by the API server.
 * Placeholder until issue 8 lands: mounts nothing.
 */
import type { Hono } from 'hono';

export function mountWeb(_app: Hono): void {
  /* not yet implemented */
}
