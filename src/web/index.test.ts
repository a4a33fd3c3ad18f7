import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { mountWeb } from './index.js';

function fixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
  mkdirSync(join(root, 'dist', 'web', 'assets'), { recursive: true });
  writeFileSync(join(root, 'dist', 'web', 'index.html'), '<!doctype html><title>sitrep</title>');
  writeFileSync(join(root, 'dist', 'web', 'assets', 'app-123.js'), `console.log(${JSON.stringify('x'.repeat(3000))});`);
  writeFileSync(join(root, 'dist', 'secret.txt'), 'do not serve');
  return root;
}

test('mountWeb serves the app, hashed assets and client routes, and leaves API routes alone', async () => {
  const root = fixture();
  try {
    const app = new Hono();
    app.get('/health', (c) => c.json({ ok: true }));
    assert.equal(mountWeb(app, { dir: join(root, 'dist', 'web') }), true);
    // An API route registered after the UI still answers.
    app.get('/api/events', (c) => c.json({ events: [] }));
    app.notFound((c) => c.json({ error: { code: 'not_found', message: 'no route' } }, 404));

    const index = await app.request('/');
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type')!, /text\/html/);
    assert.match(index.headers.get('content-security-policy')!, /script-src 'self'/);
    assert.equal(index.headers.get('cache-control'), 'no-cache');
    assert.match(await index.text(), /<title>sitrep/);

    for (const route of ['/event/ev_1', '/article/a%20b', '/submit', '/?country=KZ']) {
      const r = await app.request(route);
      assert.equal(r.status, 200, route);
      assert.match(await r.text(), /<title>sitrep/, route);
    }

    const js = await app.request('/assets/app-123.js', { headers: { 'accept-encoding': 'gzip, br' } });
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type')!, /javascript/);
    assert.match(js.headers.get('cache-control')!, /immutable/);
    assert.equal(js.headers.get('content-encoding'), 'gzip');
    assert.match(gunzipSync(Buffer.from(await js.arrayBuffer())).toString(), /^console\.log/);

    const plain = await app.request('/assets/app-123.js');
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.match(await plain.text(), /^console\.log/);

    assert.equal((await app.request('/assets/missing-1.js')).status, 404);
    assert.deepEqual(await (await app.request('/api/events')).json(), { events: [] });
    assert.deepEqual(await (await app.request('/health')).json(), { ok: true });
    const apiMiss = await app.request('/api/nothing');
    assert.equal(apiMiss.status, 404);
    assert.match(apiMiss.headers.get('content-type')!, /json/);
    // No escape from the web folder.
    for (const p of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const r = await app.request(p);
      assert.doesNotMatch(await r.text(), /do not serve/, p);
    }
    // Writes are never answered by the UI.
    assert.equal((await app.request('/submit', { method: 'POST' })).status, 404);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('mountWeb is a no-op with a clear message when the UI is not built', async () => {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
  try {
    const app = new Hono();
    const logs: string[] = [];
    assert.equal(mountWeb(app, { dir: join(root, 'nope'), log: (m) => logs.push(m) }), false);
    assert.equal(logs.length, 1);
    assert.match(logs[0], /web UI not built.*npm run build:web/);
    assert.equal((await app.request('/')).status, 404);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
