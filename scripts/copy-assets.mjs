#!/usr/bin/env node
// Copies non-TypeScript runtime assets (lexicons, model weights, JSON data) from src/ to dist/src/
// so the compiled package finds them next to the modules that load them.
import { readdirSync, statSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';

const ASSET = /\.(json|txt|tsv|csv|gz|bin|dat)$/i;
let n = 0;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name === 'node_modules' || name === 'app') continue;
      walk(p);
    } else if (ASSET.test(name) && !name.endsWith('.d.ts')) {
      const out = join('dist', p);
      mkdirSync(dirname(out), { recursive: true });
      copyFileSync(p, out);
      n++;
    }
  }
}
walk('src');
console.log(`copy-assets: ${n} file(s) copied to dist/${relative('.', 'src')}`);
