/**
 * Gazetteer cache: built once from the npm packages (or by `sitrep gazetteer build`), stored as one
 * JSON file, loaded in well under 2 s afterwards.
 *
 * Location: $SITREP_GAZETTEER (a file) if set, else `$SITREP_CACHE/gazetteer.v4.bin`, else
 * `<package root>/.cache/sitrep/gazetteer.v4.bin`.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addGeoNamesFile, buildDefault, defaultSources, GAZETTEER_FORMAT, type GeoNamesFileOptions } from './build.js';
import { BlobColumn, columnValues, DictColumn, Gazetteer, type GazetteerData } from './model.js';

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function cacheDir(): string {
  return process.env.SITREP_CACHE ? resolve(process.env.SITREP_CACHE) : join(PACKAGE_ROOT, '.cache', 'sitrep');
}

export function gazetteerPath(): string {
  return process.env.SITREP_GAZETTEER ? resolve(process.env.SITREP_GAZETTEER) : join(cacheDir(), `gazetteer.v${GAZETTEER_FORMAT}.bin`);
}

/** How each string column is stored: one blob with offsets, a dictionary, or a plain list. */
const BLOB_FIELDS = ['name', 'keys'] as const;
const DICT_FIELDS = ['fcode', 'cc', 'a1', 'a2'] as const;
const LIST_FIELDS = ['demonymKeys', 'demonymTargets'] as const;
const TYPED_FIELDS = [
  ['id', Int32Array],
  ['lat', Float64Array],
  ['lon', Float64Array],
  ['kind', Uint8Array],
  ['pop', Float64Array],
  ['prior', Float32Array],
  ['postStart', Int32Array],
  ['posts', Int32Array],
  ['keyTable', Int32Array],
] as const;
const MAGIC = 'SITREPGZ';

type Section = { offset: number; length: number; count: number };

/**
 * File layout: "SITREPGZ", a uint32 header length, a JSON header (meta + section table), then the
 * sections, each 8-byte aligned: string blobs as UTF-8 ("\n"-joined) with Int32 start offsets,
 * dictionary columns as a small list plus Int32 codes, numeric columns as raw arrays. Loading
 * makes a handful of large strings instead of a million small ones.
 */
export function encodeGazetteer(d: GazetteerData): Buffer {
  const parts: Buffer[] = [];
  const sections: Record<string, Section> = {};
  let offset = 0;
  const push = (name: string, buf: Buffer, count: number): void => {
    sections[name] = { offset, length: buf.length, count };
    parts.push(buf);
    offset += buf.length;
    const pad = (8 - (offset % 8)) % 8;
    if (pad) {
      parts.push(Buffer.alloc(pad));
      offset += pad;
    }
  };
  const typed = (name: string, a: Int32Array | Float64Array | Float32Array | Uint8Array): void => push(name, Buffer.from(a.buffer, a.byteOffset, a.byteLength), a.length);
  const text = (name: string, values: string[]): void => {
    if (values.some((x) => x.includes('\n'))) throw new Error(`newline in gazetteer ${name}`);
    push(name, Buffer.from(values.join('\n'), 'utf8'), values.length);
  };
  for (const f of BLOB_FIELDS) {
    const values = columnValues(d[f]);
    text(f, values);
    const starts = new Int32Array(values.length + 1);
    let at = 0;
    values.forEach((v, i) => {
      starts[i] = at;
      at += v.length + 1;
    });
    starts[values.length] = at;
    typed(`${f}.starts`, starts);
  }
  for (const f of DICT_FIELDS) {
    const values = columnValues(d[f]);
    const dict: string[] = [];
    const index = new Map<string, number>();
    const codes = new Int32Array(values.length);
    values.forEach((v, i) => {
      let c = index.get(v);
      if (c === undefined) {
        c = dict.length;
        dict.push(v);
        index.set(v, c);
      }
      codes[i] = c;
    });
    text(`${f}.dict`, dict);
    typed(`${f}.codes`, codes);
  }
  for (const f of LIST_FIELDS) text(f, d[f]);
  for (const [f] of TYPED_FIELDS) typed(f, d[f]);
  let header = Buffer.from(JSON.stringify({ meta: d.meta, sections }), 'utf8');
  const pad = (8 - ((MAGIC.length + 4 + header.length) % 8)) % 8;
  header = Buffer.concat([header, Buffer.from(' '.repeat(pad))]);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  return Buffer.concat([Buffer.from(MAGIC), len, header, ...parts]);
}

export function decodeGazetteer(buf: Buffer): GazetteerData {
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a sitrep gazetteer file');
  const hlen = buf.readUInt32LE(MAGIC.length);
  const base = MAGIC.length + 4 + hlen;
  const { meta, sections } = JSON.parse(buf.toString('utf8', MAGIC.length + 4, base)) as { meta: GazetteerData['meta']; sections: Record<string, Section> };
  // Typed views need an aligned ArrayBuffer: copy once when the Buffer is not 8-byte aligned.
  const ab = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
  const sec = (name: string): Section => {
    const s = sections[name];
    if (!s) throw new Error(`gazetteer file lacks section ${name}`);
    return s;
  };
  const str = (name: string): string => {
    const s = sec(name);
    return ab.toString('utf8', base + s.offset, base + s.offset + s.length);
  };
  const list = (name: string): string[] => (sec(name).count === 0 ? [] : str(name).split('\n'));
  const int32 = (name: string): Int32Array => new Int32Array(ab.buffer as ArrayBuffer, ab.byteOffset + base + sec(name).offset, sec(name).count);
  const out: Record<string, unknown> = { meta };
  for (const f of BLOB_FIELDS) out[f] = new BlobColumn(str(f), int32(`${f}.starts`));
  for (const f of DICT_FIELDS) out[f] = new DictColumn(list(`${f}.dict`), int32(`${f}.codes`));
  for (const f of LIST_FIELDS) out[f] = list(f);
  for (const [f, T] of TYPED_FIELDS) {
    const s = sec(f);
    out[f] = new T(ab.buffer as ArrayBuffer, ab.byteOffset + base + s.offset, s.count);
  }
  return out as unknown as GazetteerData;
}

export function writeGazetteer(data: GazetteerData, path = gazetteerPath()): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, encodeGazetteer(data));
  renameSync(tmp, path);
}

export function readGazetteerData(path = gazetteerPath()): GazetteerData | null {
  if (!existsSync(path)) return null;
  try {
    const d = decodeGazetteer(readFileSync(path));
    if (d.meta?.format !== GAZETTEER_FORMAT) return null;
    return d;
  } catch {
    return null;
  }
}

function isStale(d: GazetteerData): boolean {
  const want = defaultSources();
  return want.length !== d.meta.sources.length || want.some((s, i) => d.meta.sources[i] !== s);
}

/** Build the gazetteer (defaults + user GeoNames files) and write it to the cache. */
export async function buildGazetteer(files: string[] = [], opts: GeoNamesFileOptions & { out?: string; log?: (s: string) => void } = {}): Promise<GazetteerData> {
  const log = opts.log ?? (() => {});
  const b = buildDefault();
  log(`default gazetteer: ${b.size} places from ${b.sources.join(', ')}`);
  for (const f of files) {
    const r = await addGeoNamesFile(b, f, opts);
    log(`${f}: ${r.kind}, ${r.added} added, ${r.updated} updated`);
  }
  const data = b.finish();
  writeGazetteer(data, opts.out ?? gazetteerPath());
  return data;
}

let loaded: Gazetteer | null = null;
let loading: Promise<Gazetteer> | null = null;

/**
 * The shared gazetteer: from the cache when present and current, else built (first use, a few
 * seconds) and cached. A cache built with user GeoNames files is rebuilt with the same files when
 * the npm sources change.
 */
export async function loadGazetteer(opts: { path?: string; rebuild?: boolean } = {}): Promise<Gazetteer> {
  if (loaded && !opts.path && !opts.rebuild) return loaded;
  if (loading && !opts.path && !opts.rebuild) return loading;
  const run = async (): Promise<Gazetteer> => {
    const path = opts.path ?? gazetteerPath();
    let d = opts.rebuild ? null : readGazetteerData(path);
    if (d && !opts.path && isStale(d)) {
      const files = d.meta.extra_files.filter((f) => existsSync(f));
      d = await buildGazetteer(files, { out: path });
    }
    if (!d) {
      if (opts.path && !opts.rebuild) throw new Error(`no gazetteer at ${path}`);
      d = await buildGazetteer([], { out: path });
    }
    return new Gazetteer(d);
  };
  if (opts.path || opts.rebuild) return run();
  loading = run().then((g) => (loaded = g));
  return loading;
}

/** The loaded shared gazetteer, or null before `loadGazetteer()` finished. */
export function currentGazetteer(): Gazetteer | null {
  return loaded;
}
