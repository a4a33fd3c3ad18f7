/**
 * Bytes -> text: gzip, byte-order marks, UTF-8 / UTF-16 / Windows-1252 detection, binary detection and
 * repair of mojibake (UTF-8 that was once decoded as Windows-1252: "â€™" for "’", "Ã©" for "é").
 */
import { gunzipSync } from 'node:zlib';
import { IntakeError } from './errors.js';
import type { InputRef } from '../types.js';

export interface Decoded {
  text: string;
  encoding: InputRef['encoding'];
  gzip: boolean;
  warnings: string[];
}

export const MAX_DECOMPRESSED = 512 * 1024 * 1024;

export function isGzip(buf: Uint8Array): boolean {
  return buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}

export function gunzip(buf: Uint8Array): Buffer {
  try {
    return gunzipSync(buf, { maxOutputLength: MAX_DECOMPRESSED });
  } catch (err) {
    const msg = (err as Error).message;
    if (/unexpected end|incomplete|truncated/i.test(msg)) throw new IntakeError('bad_gzip', `truncated gzip stream (${msg})`);
    if (/maxOutputLength|buffer length|Cannot create a Buffer/i.test(msg)) throw new IntakeError('too_large', `gzip expands beyond ${MAX_DECOMPRESSED} bytes`);
    throw new IntakeError('bad_gzip', `corrupt gzip data (${msg})`);
  }
}

// Windows-1252 code points for bytes 0x80-0x9F (undefined bytes map to themselves).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];
const CP1252_REVERSE = new Map<number, number>(CP1252_HIGH.map((cp, i) => [cp, 0x80 + i]));

export function decodeCp1252(buf: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < buf.length; i += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(buf.length, i + CHUNK);
    for (let j = i; j < end; j++) {
      const b = buf[j]!;
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Typical mojibake: a UTF-8 lead byte decoded as cp1252 followed by a continuation byte decoded as cp1252. */
const MOJIBAKE_RE = /[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]/g;

export function countMojibake(s: string): number {
  MOJIBAKE_RE.lastIndex = 0;
  let n = 0;
  while (MOJIBAKE_RE.exec(s)) n++;
  return n;
}

/** Undo UTF-8-read-as-cp1252 mojibake. Returns null when the text does not look like mojibake or cannot be repaired. */
export function repairMojibake(s: string): string | null {
  const before = countMojibake(s);
  if (before === 0) return null;
  // Repair run by run so that legitimate non-Latin-1 text elsewhere survives.
  let changed = false;
  const fixed = s.replace(/[\u0080-\u00ff\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]{2,}/g, (run) => {
    if (countMojibake(run) === 0) return run;
    const bytes: number[] = [];
    for (const ch of run) {
      const cp = ch.codePointAt(0)!;
      const b = cp <= 0xff ? cp : CP1252_REVERSE.get(cp);
      if (b === undefined) return run;
      bytes.push(b);
    }
    try {
      const out = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
      changed = true;
      return out;
    } catch {
      return run;
    }
  });
  return changed && countMojibake(fixed) < before ? fixed : null;
}

function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 65536);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) ctrl++;
  }
  return ctrl > n * 0.01 + 2;
}

function utf16Guess(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Decode raw bytes (gunzipping first when needed). Throws IntakeError for empty, binary or corrupt input. */
export function decodeBytes(raw: Uint8Array): Decoded {
  const warnings: string[] = [];
  let buf = raw;
  let gzip = false;
  if (isGzip(buf)) {
    buf = gunzip(buf);
    gzip = true;
  }
  if (buf.length === 0) throw new IntakeError('empty', gzip ? 'empty input (gzip holds no data)' : 'empty input (0 bytes)');
  let text: string;
  let encoding: Decoded['encoding'] = 'utf-8';
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    buf = buf.subarray(3);
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(buf.subarray(2));
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(buf.subarray(2));
  } else {
    const u16 = utf16Guess(buf);
    if (u16) {
      encoding = u16;
      text = new TextDecoder(u16).decode(buf);
      warnings.push(`decoded as ${u16} (no byte-order mark)`);
    } else {
      if (looksBinary(buf)) throw new IntakeError('binary', 'binary data, not text (NUL or control bytes in the first 64 KB)');
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
      } catch {
        text = decodeCp1252(buf);
        encoding = 'windows-1252';
        warnings.push('input is not valid UTF-8: decoded as Windows-1252 (Latin-1)');
      }
    }
  }
  if (encoding === 'utf-8') {
    const fixed = repairMojibake(text);
    if (fixed !== null) {
      text = fixed;
      warnings.push('repaired mojibake (UTF-8 text that had been decoded as Windows-1252)');
    }
  }
  if (!text.trim()) throw new IntakeError('empty', 'input holds only whitespace');
  return { text, encoding, gzip, warnings };
}

/** Normalise line breaks and invisible characters without changing visible text. */
export function normaliseText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[\u200b\u200c\u200d\ufeff\u00ad]/g, '')
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '')
    .replace(/[ \t]+\n/g, '\n');
}
