import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readInputs, parsePublished, type IntakeResult } from './index.js';
import type { Article } from '../types.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-intake-'));
function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}
function all(paths: string[], opts = {}): IntakeResult[] {
  return [...readInputs(paths, opts)];
}
function one(path: string, opts = {}): Article {
  const r = all([path], opts);
  assert.equal(r.length, 1);
  assert.ok(r[0]!.ok, JSON.stringify(r[0]));
  return (r[0] as { article: Article }).article;
}
function offsetsHold(a: Article) {
  for (const p of a.paragraphs) assert.ok(p.end_char <= a.text.length && p.start_char < p.end_char);
  if (a.title_span) assert.equal(a.text.slice(a.title_span.start_char, a.title_span.end_char), a.title);
  if (a.dateline) assert.equal(a.text.slice(a.dateline.start_char, a.dateline.end_char), a.dateline.text);
  if (a.dateline?.place) assert.equal(a.text.slice(a.dateline.place_start_char!, a.dateline.place_end_char!), a.dateline.place);
}

const WIRE = `Two killed in clash on the border

Example News Service
Posted: Mar 07, 2022 11:45 PM
Two killed in clash on the border

By Jane Q. Writer

TBILISI (Example News) - Two border guards were killed in an exchange of fire near the village of Ninotsminda on Monday, the interior ministry said.

The ministry said the attackers fled across the border.

(Reporting by Jane Q. Writer; Editing by John Editor)
`;

test('wire text: title, source, posted time, byline, dateline, credit and paragraphs', () => {
  const a = one(file('wire.txt', WIRE));
  assert.equal(a.title, 'Two killed in clash on the border');
  assert.equal(a.source, 'Example News Service');
  assert.equal(a.published, '2022-03-07T23:45:00+00:00');
  assert.equal(a.published_info?.method, 'posted-line');
  assert.equal(a.published_info?.timezone_assumed, true);
  assert.equal(a.byline, 'Jane Q. Writer');
  assert.equal(a.dateline?.place, 'TBILISI');
  assert.equal(a.dateline?.agency, 'Example News');
  assert.equal(a.credit, '(Reporting by Jane Q. Writer; Editing by John Editor)');
  assert.equal(a.input.format, 'wire');
  assert.ok(!a.text.includes('Reporting by'), 'credit line is not body text');
  assert.ok(!a.text.includes('Posted:'), 'header lines are not body text');
  assert.equal(a.paragraphs.length, 3); // title + 2 body paragraphs
  assert.ok(a.text.startsWith('Two killed in clash on the border\n\nTBILISI (Example News) - Two border guards'));
  offsetsHold(a);
});

test('plain text without header: no title invented from a one-paragraph note, warning for missing time', () => {
  const r = all([file('note.txt', 'Police said three people were injured when a grenade exploded in a market on Tuesday.')]);
  assert.ok(r[0]!.ok);
  const ok = r[0] as { article: Article; warnings: string[] };
  assert.equal(ok.article.title, null);
  assert.equal(ok.article.published, null);
  assert.equal(ok.article.input.format, 'text');
  assert.ok(ok.warnings.some((w) => /no publication time/.test(w)));
});

test('--published overrides the article time', () => {
  const a = one(file('wire2.txt', WIRE), { published: parsePublished('2022-03-08', 'cli') });
  assert.equal(a.published, '2022-03-08T00:00:00+00:00');
  assert.equal(a.published_info?.method, 'cli');
});

test('publication time formats', () => {
  const cases: Array<[string, string | null]> = [
    ['2011-12-04T06:08:00Z', '2011-12-04T06:08:00+00:00'],
    ['2011-12-04T06:08:00+06:00', '2011-12-04T06:08:00+06:00'],
    ['2016-01-10 21:45:06', '2016-01-10T21:45:06+00:00'],
    ['2016-01-10', '2016-01-10T00:00:00+00:00'],
    ['Dec 04, 2011 6:08 AM', '2011-12-04T06:08:00+00:00'],
    ['Dec 04, 2011 12:30 PM', '2011-12-04T12:30:00+00:00'],
    ['December 4, 2011 11:05 pm EST', '2011-12-04T23:05:00-05:00'],
    ['Sun, 04 Dec 2011 06:08:00 GMT', '2011-12-04T06:08:00+00:00'],
    ['4 December 2011', '2011-12-04T00:00:00+00:00'],
    ['Sept. 9, 2001', '2001-09-09T00:00:00+00:00'],
    ['1323000000', '2011-12-04T12:00:00+00:00'],
    ['2011-02-30', null],
    ['yesterday', null],
    ['', null],
  ];
  for (const [raw, want] of cases) assert.equal(parsePublished(raw, 'field')?.iso ?? null, want, raw);
});

test('JSON object, array and JSON Lines; malformed lines become error records and the batch goes on', () => {
  const obj = file('one.json', JSON.stringify({ id: 'x1', url: 'https://example.org/a', title: 'T', text: 'Body one.', published: '2020-05-01T10:00:00Z', source: 'S' }));
  const arr = file('arr.json', JSON.stringify([{ text: 'First.' }, { text: 42 }, { title: 'no text' }]));
  const jl = file('lines.jsonl', [JSON.stringify({ id: 'a', text: 'Alpha.' }), '{"id": "b", "text": "Beta', '', JSON.stringify({ id: 'c', text: 'Gamma.', published: 'not a date' })].join('\n'));
  const r = all([obj, arr, jl]);
  assert.equal(r.length, 7);
  assert.ok(r[0]!.ok);
  const a0 = (r[0] as { article: Article }).article;
  assert.deepEqual([a0.id, a0.url, a0.title, a0.source, a0.published], ['x1', 'https://example.org/a', 'T', 'S', '2020-05-01T10:00:00+00:00']);
  assert.ok(r[1]!.ok);
  assert.ok(!r[2]!.ok && r[2]!.error.error.reason === 'invalid_field' && r[2]!.error.error.field === 'text' && /\[1\]\.text/.test(r[2]!.error.error.message));
  assert.ok(!r[3]!.ok && r[3]!.error.error.reason === 'missing_text');
  assert.ok(r[4]!.ok && (r[4] as { article: Article }).article.id === 'a');
  assert.ok(!r[5]!.ok);
  assert.ok(r[6]!.ok);
  const bad = r[5] as { ok: false; error: { id: string; error: { line: number; file: string; reason: string } } };
  assert.equal(bad.error.error.line, 2);
  assert.equal(bad.error.error.file, jl);
  assert.equal(bad.error.error.reason, 'malformed_json');
  // the 4th line (index 3) follows the bad one
  const more = all([jl]);
  assert.equal(more.length, 3);
  const c = more[2] as { ok: true; article: Article; warnings: string[] };
  assert.equal(c.article.id, 'c');
  assert.equal(c.article.input.line, 4);
  assert.ok(c.warnings.some((w) => /published: could not parse/.test(w)));
});

test('article ids are stable: input id, else url hash, else content hash', () => {
  const p = file('ids.jsonl', [JSON.stringify({ url: 'https://example.org/x', text: 'Same.' }), JSON.stringify({ text: 'Same.' }), JSON.stringify({ text: 'Same.' })].join('\n'));
  const ids = all([p]).map((r) => (r as { article: Article }).article.id);
  assert.match(ids[0]!, /^[0-9a-f]{16}$/);
  assert.notEqual(ids[0], ids[1]);
  assert.equal(ids[1], ids[2]);
});

const HTML = `<!doctype html><html lang="en"><head><title>Blast hits depot | The Example Times</title>
<meta property="og:site_name" content="The Example Times">
<meta name="author" content="A. Reporter">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Blast hits fuel depot","datePublished":"2021-07-01T08:00:00+02:00"}</script>
<script>document.write('<p>INJECTED SCRIPT TEXT</p>'); var x = "<img src=x onerror=alert(1)>";</script>
<style>p { color: red }</style></head>
<body><nav><a href="/">Home</a><a href="/news">News</a></nav>
<article><h1>Blast hits fuel depot</h1>
<p>LAGOS (Example) - An explosion tore through a fuel depot on the outskirts of Lagos on Wednesday, killing three workers, emergency officials said.</p>
<p>Firefighters battled the blaze for six hours before bringing it under control, the state emergency agency said in a statement.</p>
<p>Officials said the cause of the explosion was not yet known and an investigation had been opened.</p>
<img src="x" onerror="alert(2)"></article>
<footer>Subscribe to our newsletter. Copyright.</footer></body></html>`;

test('HTML: main text without scripts or boilerplate, title, JSON-LD time, author, site', () => {
  const a = one(file('page.html', HTML));
  assert.equal(a.title, 'Blast hits fuel depot');
  assert.equal(a.published, '2021-07-01T08:00:00+02:00');
  assert.equal(a.published_info?.method, 'json-ld');
  assert.equal(a.byline, 'A. Reporter');
  assert.equal(a.source, 'The Example Times');
  assert.equal(a.language, 'en');
  assert.equal(a.input.format, 'html');
  assert.ok(a.text.includes('An explosion tore through a fuel depot'));
  for (const bad of ['INJECTED', 'onerror', 'alert', 'color: red', 'Subscribe', 'Home']) assert.ok(!a.text.includes(bad), bad);
  assert.equal(a.dateline?.place, 'LAGOS');
  offsetsHold(a);
});

test('HTML: meta published time and <time> fallback', () => {
  const a = one(file('meta.html', `<html><head><meta property="article:published_time" content="2019-03-15T13:40:00Z"><title>Title</title></head><body><article><p>${'Protesters gathered outside parliament on Friday. '.repeat(8)}</p></article></body></html>`));
  assert.equal(a.published_info?.method, 'meta');
  const b = one(file('time.html', `<html><body><article><h1>Head</h1><time datetime="2018-02-01T09:00:00-05:00">Feb 1</time><p>${'Troops clashed with rebels near the town. '.repeat(8)}</p></article></body></html>`));
  assert.equal(b.published, '2018-02-01T09:00:00-05:00');
  assert.equal(b.published_info?.method, 'time-element');
});

test('gzip of any input; truncated gzip is an error record', () => {
  const gz = gzipSync(Buffer.from(WIRE));
  const a = one(file('wire.txt.gz', gz));
  assert.equal(a.title, 'Two killed in clash on the border');
  assert.equal(a.input.gzip, true);
  const jl = one(file('one.jsonl.gz', gzipSync(Buffer.from(JSON.stringify({ text: 'Inside gzip.' })))));
  assert.equal(jl.input.format, 'jsonl');
  const r = all([file('cut.txt.gz', gz.subarray(0, Math.floor(gz.length / 2)))]);
  assert.equal(r.length, 1);
  assert.ok(!r[0]!.ok && r[0]!.error.error.reason === 'bad_gzip', JSON.stringify(r[0]));
});

test('empty, whitespace-only and binary inputs are error records', () => {
  const r = all([file('empty.txt', ''), file('blank.txt', '  \n\n \t\n'), file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))]);
  assert.deepEqual(r.map((x) => (x.ok ? 'ok' : x.error.error.reason)), ['empty', 'empty', 'binary']);
  for (const x of r) if (!x.ok) assert.ok(x.error.error.file.startsWith(dir));
});

test('Windows-1252 / Latin-1 bytes are detected and decoded, with a warning', () => {
  const bytes = Buffer.from('Protesters marched in Bogot\xe1 on Monday \x96 police said \x93no one\x94 was hurt.', 'latin1');
  const r = all([file('latin1.txt', bytes)]);
  const ok = r[0] as { ok: true; article: Article; warnings: string[] };
  assert.ok(ok.ok);
  assert.ok(ok.article.text.includes('Bogotá on Monday – police said “no one” was hurt.'));
  assert.equal(ok.article.input.encoding, 'windows-1252');
  assert.ok(ok.warnings.some((w) => /Windows-1252/.test(w)));
});

test('mojibake (UTF-8 read as cp1252 and saved again) is repaired', () => {
  const broken = 'The mayor of S\u00c3\u00a3o Paulo said it was \u00e2\u0080\u009cunacceptable\u00e2\u0080\u009d.'.replace(/\u0080/g, '\u20ac').replace(/\u009c/g, '\u0153').replace(/\u009d/g, '\u009d');
  const r = all([file('moji.txt', Buffer.from(broken, 'utf8'))]);
  const ok = r[0] as { ok: true; article: Article; warnings: string[] };
  assert.ok(ok.ok);
  assert.ok(ok.article.text.includes('São Paulo'), ok.article.text);
  assert.ok(ok.warnings.some((w) => /mojibake/.test(w)));
});

test('UTF-16 with a byte-order mark', () => {
  const a = one(file('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Riot police fired tear gas in Nairobi.', 'utf16le')])));
  assert.equal(a.text, 'Riot police fired tear gas in Nairobi.');
  assert.equal(a.input.encoding, 'utf-16le');
});

test('a 10 MB single-line text is refused with a clear error, not a hang or crash', () => {
  const big = 'word '.repeat(2 * 1024 * 1024);
  const r = all([file('huge.txt', big), file('after.txt', 'Gunmen attacked a checkpoint on Sunday.')]);
  assert.equal(r.length, 2);
  assert.ok(!r[0]!.ok && r[0]!.error.error.reason === 'too_large' && /10\.0 MB/.test(r[0]!.error.error.message));
  assert.ok(r[1]!.ok, 'the batch goes on');
});

test('directories expand recursively in sorted order; missing paths are error records', () => {
  const d = join(dir, 'tree');
  mkdirSync(join(d, 'b'), { recursive: true });
  writeFileSync(join(d, 'b', '2.txt'), 'Second article text.');
  writeFileSync(join(d, '1.txt'), 'First article text.');
  writeFileSync(join(d, '.hidden.txt'), 'Hidden.');
  writeFileSync(join(d, 'image.png'), Buffer.from([1, 2, 3]));
  const r = all([d, join(dir, 'nope.txt')]);
  const labels = r.map((x) => (x.ok ? x.article.text : `${x.error.error.reason}:${x.error.error.file.split('/').pop()}`));
  assert.deepEqual(labels, ['First article text.', 'Second article text.', 'binary:image.png', 'not_found:nope.txt']);
});

test('stdin ("-") is read through the injected reader', () => {
  const r = all(['-'], { readStdin: () => Buffer.from(JSON.stringify({ id: 's1', text: 'From stdin.' })) });
  assert.ok(r[0]!.ok && r[0]!.article.id === 's1' && r[0]!.article.input.file === '-');
});
