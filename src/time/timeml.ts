/**
 * TimeML reader: the document creation time (DCT), the text content of <TEXT> with every tag
 * removed and XML entities decoded (the offsets `sitrep timex --timeml` reports), and the gold
 * TIMEX3 annotations inside <TEXT> with offsets into that text (used by the evaluation only).
 */

export interface GoldTimex {
  start_char: number;
  end_char: number;
  text: string;
  type: string;
  value: string;
  mod: string | null;
}

export interface TimeMLDoc {
  /** DOCID when present. */
  docid: string | null;
  /** DCT value (ISO date or date-time), null when the document has none. */
  dct: string | null;
  /** Text content of <TEXT>. */
  text: string;
  gold: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) out[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

/** Find the creation time: a TIMEX3 with functionInDocument="CREATION_TIME", preferring one inside <DCT>. */
function findDct(xml: string): string | null {
  const dct = /<DCT\b[^>]*>([\s\S]*?)<\/DCT>/i.exec(xml);
  const scopes = dct ? [dct[1]!, xml] : [xml];
  for (const scope of scopes) {
    const re = /<TIMEX3\b([^>]*)>/gi;
    let m: RegExpExecArray | null;
    while ((m = re.exec(scope))) {
      const a = attrs(m[1]!);
      if ((a.functionInDocument ?? '').toUpperCase() === 'CREATION_TIME' && a.value) return a.value;
    }
  }
  if (dct) {
    const a = /<TIMEX3\b([^>]*)>/i.exec(dct[1]!);
    if (a) return attrs(a[1]!).value ?? null;
  }
  return null;
}

export function readTimeML(xml: string): TimeMLDoc {
  const docid = /<DOCID\b[^>]*>([\s\S]*?)<\/DOCID>/i.exec(xml)?.[1]?.trim() ?? null;
  const dct = findDct(xml);
  const open = /<TEXT\b[^>]*>/i.exec(xml);
  const close = xml.lastIndexOf('</TEXT>');
  const body = open && close > open.index ? xml.slice(open.index + open[0].length, close) : '';
  let text = '';
  const gold: GoldTimex[] = [];
  const stack: Array<{ start: number; a: Record<string, string> }> = [];
  const re = /<(\/?)([A-Za-z][\w:-]*)([^>]*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
  let pos = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    text += decodeEntities(body.slice(pos, m.index));
    pos = m.index + m[0].length;
    if (!m[2]) continue;
    const name = m[2].toUpperCase();
    if (name !== 'TIMEX3') continue;
    if (m[1]) {
      const o = stack.pop();
      if (o) {
        gold.push({ start_char: o.start, end_char: text.length, text: text.slice(o.start, text.length), type: o.a.type ?? 'DATE', value: o.a.value ?? '', mod: o.a.mod ?? null });
      }
    } else if (!m[4]) {
      stack.push({ start: text.length, a: attrs(m[3] ?? '') });
    }
  }
  text += decodeEntities(body.slice(pos));
  gold.sort((a, b) => a.start_char - b.start_char);
  return { docid, dct, text, gold };
}
