/**
 * Number mentions: digits and words, bounds and ranges, and what is not a count.
 *
 * `extractNumbers(text, tokens)` scans the text itself (the tokens are accepted for the text stage's
 * calling convention; offsets never depend on them) and returns one `NumberMention` per number
 * expression, with its kind (count, age, year, date, time, money, percent, measure, identifier,
 * ordinal), its value, bounds and qualifier. Shape, chrono-node style: a scanner finds number
 * expressions (digits with separators, number words, "a dozen", vague plurals), then refiners read the
 * few words around each to set the qualifier ("at least", "up to", "about"), merge ranges ("between 5
 * and 7", "four or five", "5-7") and set the kind ("a 34-year-old", "10:30 pm", "AK-47", "Highway 1").
 *
 */
import type { NumberKind, NumberMention, Token } from '../types.js';

// ---------------------------------------------------------------------------
// Word tables (data)
// ---------------------------------------------------------------------------

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20,
};

/**
 * Vague quantities: [value, high]. The value is a conservative lower reading (the smallest number
 * the word can mean); callers with a convention of their own (ACLED's fatality rules) apply it on top.
 */
const VAGUE: Record<string, [number, number | null]> = {
  'tens of thousands': [20000, 99999],
  'hundreds of thousands': [200000, 999999],
  dozens: [24, 99],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2000000, null],
  several: [3, 9],
  'a few': [2, 5],
  'a handful': [2, 5],
  'a number': [2, null],
};

const AT_LEAST_BEFORE = /\b(?:at least|at the least|no fewer than|no less than|not less than|more than|over|upwards of|in excess of|above|a minimum of|minimum)\s+$/i;
const AT_MOST_BEFORE = /\b(?:up to|as many as|at most|no more than|not more than|fewer than|less than|under|a maximum of|maximum)\s+$/i;
const APPROX_BEFORE = /\b(?:about|around|nearly|almost|approximately|approx\.?|roughly|some|an estimated|estimated|close to|an approximate)\s+$/i;

const AGE_AFTER = /^(?:\s*-\s*|\s+)(?:years?|yrs?)(?:\s*-\s*|\s+)old\b|^\s*-?\s*year-old\b|^\s*-?\s*years-old\b|^\s*(?:-\s*)?(?:yr|y\/o)\b/i;
const PERCENT_AFTER = /^\s*(?:%|per\s?cent\b|percent\b|pc\b)/i;
const CURRENCY_BEFORE = /(?:\$|£|€|¥|₹|\b(?:rs|inr|tk|usd|us\$|eur|gbp|rmb|pkr|npr|kyat|baht)\.?\s*)$/i;
const CURRENCY_AFTER = /^\s*(?:million\s+|billion\s+|lakh\s+|crore\s+)?(?:dollars?|rupees?|taka|euros?|pounds sterling|yuan|rupiah|baht|kyats?|riyals?|dinars?|afghanis|usd)\b/i;
const TIME_AFTER = /^\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|hrs\b|hours?\s+(?:gmt|local)|gmt\b|utc\b|o'clock\b|ist\b|pst\b|est\b)/i;
const MEASURE_AFTER = /^\s*(?:-\s*)?(?:km|kms|kilomet(?:er|re)s?|miles?|metres?|meters?|m\b|kg|kgs|kilos?|kilograms?|grams?|gm|tonnes?|tons?|feet|foot|ft|inch(?:es)?|cm|mm|litres?|liters?|gallons?|hectares?|acres?|degrees?|calibre|caliber|mph|square|sq|yards?|barrels?|megawatts?|mw|storey|stories|floors?)\b/i;
const DURATION_AFTER = /^\s*(?:-\s*)?(?:hours?|days?|weeks?|months?|years?|minutes?|mins?|seconds?|secs?|decades?|centuries|nights?)\b/i;
const MONTH_RE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?\s+$/i;

/** Nouns after which a bare number is a name or an identifier ("Highway 1", "Section 144"). */
const ID_NOUNS = new Set([
  'highway', 'route', 'road', 'flight', 'section', 'article', 'resolution', 'no', 'number', 'nos', 'ward', 'sector', 'block',
  'phase', 'camp', 'gate', 'platform', 'level', 'unit', 'room', 'lane', 'street', 'chapter', 'paragraph', 'bus', 'train',
  'line', 'terminal', 'building', 'apartment', 'precinct', 'squad', 'pillar', 'post', 'checkpoint', 'kilometre', 'km', 'mile',
  'channel', 'page', 'plot', 'house', 'hangar', 'zone', 'district', 'battalion', 'regiment', 'brigade', 'division', 'company',
  'corps', 'bay', 'stage', 'category', 'grade', 'class', 'model', 'version', 'flat', 'tower', 'bridge', 'pier', 'exit', 'junction',
  'nh', 'sh', 'mp', 'cell', 'cells', 'act', 'rule', 'order', 'boeing', 'airbus', 'apollo', 'ward-no',
]);

/** Capitalised words after which a number is still a quantity, not an identifier ("Police 5" is not a thing). */
const NOT_ID_WORDS = new Set([
  'killed', 'and', 'or', 'at', 'of', 'in', 'on', 'by', 'with', 'the', 'about', 'some', 'over', 'under', 'nearly', 'almost',
  'least', 'than', 'were', 'was', 'are', 'is', 'only', 'just', 'another', 'all', 'reuters', 'ap', 'afp', 'said', 'to', 'from',
  'between', 'among', 'including', 'injured', 'wounded', 'arrested', 'dead', 'total', 'around', 'approximately', 'estimated',
  'after', 'before', 'since', 'for', 'as', 'many', 'up', 'top', 'toll', 'police', 'army', 'troops',
]);

// ---------------------------------------------------------------------------
// Engine
// ---------------------------------------------------------------------------

interface Raw {
  start: number;
  end: number;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: NumberMention['qualifier'];
  kind: NumberKind | null;
}

/** Words, digit groups and single punctuation marks, with offsets. */
const SCAN_RE = /\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th)?|[A-Za-z]+|[^\sA-Za-z\d]/g;

interface W { t: string; lo: string; s: number; e: number }

function words(text: string): W[] {
  const out: W[] = [];
  SCAN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SCAN_RE.exec(text))) out.push({ t: m[0], lo: m[0].toLowerCase(), s: m.index, e: m.index + m[0].length });
  return out;
}

const isNumWord = (lo: string): boolean => lo in UNITS || lo in TENS || lo in SCALES;

/** Parse a run of number words starting at i; returns value and the index after the run. */
function parseWordRun(ws: W[], i: number, text: string): { value: number; next: number } | null {
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  let lastWasScale = false;
  while (j < ws.length) {
    const w = ws[j]!;
    const lo = w.lo;
    if (lo in UNITS || lo in TENS) {
      const v = (UNITS[lo] ?? TENS[lo])!;
      // "twenty three"/"twenty-three" compose; "five six" does not.
      if (any && !lastWasScale && !(current % 100 >= 20 && current % 10 === 0 && v < 10)) break;
      current += v;
      any = true;
      lastWasScale = false;
    } else if (lo in SCALES && any) {
      const sc = SCALES[lo]!;
      if (sc === 100) current = (current || 1) * 100;
      else { total += (current || 1) * sc; current = 0; }
      lastWasScale = true;
    } else break;
    const nx = ws[j + 1];
    // a hyphen between two number words joins them ("twenty-three")
    if (nx && nx.t === '-' && nx.s === w.e && ws[j + 2] && ws[j + 2]!.s === nx.e && isNumWord(ws[j + 2]!.lo)) { j += 2; continue; }
    // "one hundred and five"
    if (lastWasScale && nx && nx.lo === 'and' && ws[j + 2] && (ws[j + 2]!.lo in UNITS || ws[j + 2]!.lo in TENS) && !(ws[j + 3] && ws[j + 3]!.lo in SCALES && false)) {
      j += 2;
      continue;
    }
    if (nx && /^\s+$/.test(text.slice(w.e, nx.s)) && isNumWord(nx.lo)) { j++; continue; }
    j++;
    break;
  }
  if (!any) return null;
  return { value: total + current, next: j };
}

function digitValue(t: string): number {
  return Number(t.replace(/,/g, '').replace(/(st|nd|rd|th)$/i, ''));
}

/** Where numbers can start: digits and number words (the scanner only looks around these). */
const CANDIDATE_RE = /\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billion|lakhs?|crores?|dozens?|scores|tens|several|few|handful|number|couple|half|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth)\b/gi;

/** Text windows around number candidates, merged, so long texts are scanned only where numbers are. */
function windows(text: string): [number, number][] {
  const out: [number, number][] = [];
  CANDIDATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE_RE.exec(text))) {
    let a = Math.max(0, m.index - 40);
    while (a > 0 && /\S/.test(text[a - 1]!)) a--;
    let b = Math.min(text.length, m.index + m[0].length + 80);
    while (b < text.length && /\S/.test(text[b]!)) b++;
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
    CANDIDATE_RE.lastIndex = Math.max(CANDIDATE_RE.lastIndex, m.index + m[0].length);
  }
  return out;
}

/** First words of the vague quantities, and every word a number expression can start with. */
const VAGUE_FIRST = new Set(Object.keys(VAGUE).map((k) => k.split(' ')[0]!));
const WORD_STARTS = new Set([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(ORDINAL_WORDS), ...VAGUE_FIRST, 'a', 'an', 'half']);

function scan(text: string): Raw[] {
  const out: Raw[] = [];
  for (const [a, b] of windows(text)) {
    for (const r of scanWindow(text, a, b)) if (!out.length || r.start >= out[out.length - 1]!.end) out.push(r);
  }
  return out;
}

/** Scanner: number expressions with their values (qualifier and kind set by the refiners). */
function scanWindow(text: string, from: number, to: number): Raw[] {
  const ws = words(text.slice(from, to));
  for (const w of ws) { w.s += from; w.e += from; }
  const out: Raw[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const lo = w.lo;
    // digits
    if (/^\d/.test(w.t)) {
      // dates written with slashes or ISO: 13/02, 31/10/2011, 2011-12-04
      const dm = /^(\d{1,4})(?:\/\d{1,2}(?:\/\d{2,4})?|-\d{1,2}-\d{1,2})/.exec(text.slice(w.s, w.s + 12));
      if (dm && dm[0].length > w.t.length && !/^\d+-\d+$/.test(dm[0])) {
        out.push({ start: w.s, end: w.s + dm[0].length, value: Number(dm[1]), low: null, high: null, qualifier: 'exact', kind: 'date' });
        while (i + 1 < ws.length && ws[i + 1]!.e <= w.s + dm[0].length) i++;
        continue;
      }
      // times: 10:30, 6.15 p.m.
      const tm = /^\d{1,2}[:.]\d{2}(?!\d)/.exec(text.slice(w.s, w.s + 6));
      if (tm && (text[w.s + tm[0].length - 3] === ':' || TIME_AFTER.test(text.slice(w.s + tm[0].length, w.s + tm[0].length + 8)))) {
        out.push({ start: w.s, end: w.s + tm[0].length, value: Number(tm[0].slice(0, tm[0].search(/[:.]/))), low: null, high: null, qualifier: 'exact', kind: 'time' });
        while (i + 1 < ws.length && ws[i + 1]!.e <= w.s + tm[0].length) i++;
        continue;
      }
      const isOrd = /(st|nd|rd|th)$/i.test(w.t);
      const t = w.t.replace(/,+$/, '');
      let value = digitValue(t);
      let end = w.s + t.length;
      // decades: "the 1990s"
      if (/^\d{4}$/.test(t) && text[end] === 's' && !/[A-Za-z]/.test(text[end + 1] ?? '')) { end++; if (ws[i + 1]?.t === 's') i++; }
      if (!Number.isFinite(value)) continue;
      // "5 million", "2 lakh"
      const nx = ws[i + 1];
      if (!isOrd && nx && nx.lo in SCALES && SCALES[nx.lo]! >= 1000 && /^\s+$/.test(text.slice(end, nx.s))) {
        value *= SCALES[nx.lo]!;
        end = nx.e;
        i++;
      }
      out.push({ start: w.s, end, value, low: null, high: null, qualifier: 'exact', kind: isOrd ? 'ordinal' : null });
      continue;
    }
    if (!WORD_STARTS.has(lo)) continue;
    // vague plurals and quantifiers: "dozens", "hundreds of", "tens of thousands", "several", "a few"
    let vk: string | null = null;
    if (VAGUE_FIRST.has(lo)) {
      const v2 = i + 2 < ws.length ? `${lo} ${ws[i + 1]!.lo} ${ws[i + 2]!.lo}` : '';
      const v1 = i + 1 < ws.length ? `${lo} ${ws[i + 1]!.lo}` : '';
      vk = v2 in VAGUE ? v2 : v1 in VAGUE ? v1 : lo in VAGUE ? lo : null;
    }
    if (vk) {
      const n = vk.split(' ').length;
      const [val, high] = VAGUE[vk]!;
      out.push({ start: w.s, end: ws[i + n - 1]!.e, value: val, low: val, high, qualifier: 'vague', kind: null });
      i += n - 1;
      continue;
    }
    // "a dozen", "two dozen", "half a dozen", "a hundred", "a couple of"
    if ((lo === 'a' || lo === 'an') && ws[i + 1]) {
      const n1 = ws[i + 1]!.lo;
      if (n1 === 'dozen' || n1 === 'hundred' || n1 === 'thousand' || n1 === 'million') {
        const value = n1 === 'dozen' ? 12 : SCALES[n1]!;
        out.push({ start: w.s, end: ws[i + 1]!.e, value, low: null, high: null, qualifier: 'exact', kind: null });
        i++;
        continue;
      }
      if (n1 === 'couple' && ws[i + 2]?.lo === 'of') {
        out.push({ start: w.s, end: ws[i + 1]!.e, value: 2, low: null, high: null, qualifier: 'approx', kind: null });
        i++;
        continue;
      }
      continue;
    }
    if (lo === 'half' && ws[i + 1]?.lo === 'a' && ws[i + 2]?.lo === 'dozen') {
      out.push({ start: w.s, end: ws[i + 2]!.e, value: 6, low: null, high: null, qualifier: 'approx', kind: null });
      i += 2;
      continue;
    }
    if (lo in ORDINAL_WORDS) {
      // "second" as a unit of time is not an ordinal ("a second", "30 seconds")
      if (lo === 'second' && /^\s+(?:time|later|ago)\b/i.test(text.slice(w.e, w.e + 8))) continue;
      out.push({ start: w.s, end: w.e, value: ORDINAL_WORDS[lo]!, low: null, high: null, qualifier: 'exact', kind: 'ordinal' });
      continue;
    }
    if (lo in UNITS || lo in TENS) {
      // pronoun "one": "no one", "one another", "the one who", "someone" (not matched: whole words only)
      if (lo === 'one') {
        const prev = ws[i - 1]?.lo;
        const next = ws[i + 1]?.lo;
        if (prev === 'no' || prev === 'any' || prev === 'every' || prev === 'the' || prev === 'this' || prev === 'that' || next === 'another' || next === 'day' && prev !== 'for') continue;
      }
      const r = parseWordRun(ws, i, text);
      if (!r) continue;
      let value = r.value;
      let endIdx = r.next - 1;
      // "two dozen"
      if (ws[r.next]?.lo === 'dozen') { value *= 12; endIdx = r.next; }
      out.push({ start: w.s, end: ws[endIdx]!.e, value, low: null, high: null, qualifier: 'exact', kind: null });
      i = endIdx;
    }
  }
  return out;
}

/** Refiner: bound qualifiers read from the words before ("at least 12", "up to 100", "nearly 40"). */
function refineQualifiers(text: string, raws: Raw[]): void {
  for (const r of raws) {
    if (r.kind === 'date' || r.kind === 'time' || r.qualifier === 'vague') continue;
    const before = text.slice(Math.max(0, r.start - 24), r.start);
    let m: RegExpExecArray | null;
    if ((m = AT_LEAST_BEFORE.exec(before))) { r.qualifier = 'at_least'; r.low = r.value; r.high = null; r.start -= m[0].length; }
    else if ((m = AT_MOST_BEFORE.exec(before))) { r.qualifier = 'at_most'; r.low = null; r.high = r.value; r.start -= m[0].length; }
    else if ((m = APPROX_BEFORE.exec(before))) { r.qualifier = 'approx'; r.start -= m[0].length; }
  }
}

/** Refiner: ranges "between 5 and 7", "5 to 7", "5-7", "four or five", "4 to 5". */
function refineRanges(text: string, raws: Raw[]): Raw[] {
  const out: Raw[] = [];
  for (let i = 0; i < raws.length; i++) {
    const a = raws[i]!;
    const b = raws[i + 1];
    if (b && a.kind === null && b.kind === null && a.qualifier !== 'vague' && b.qualifier !== 'vague') {
      const gap = text.slice(a.end, b.start);
      const isRange = /^\s*(?:-|–|to|or|and)\s*$/i.test(gap) && b.value > a.value && (gap.trim() !== 'and' || /between\s+$/i.test(text.slice(Math.max(0, a.start - 9), a.start)));
      if (isRange && !(gap.trim() === '-' && /^\s*\d/.test(text.slice(b.start)) === false && false)) {
        let start = a.start;
        const bw = /between\s+$/i.exec(text.slice(Math.max(0, a.start - 9), a.start));
        if (bw) start -= bw[0].length;
        out.push({ start, end: b.end, value: a.value, low: a.value, high: b.value, qualifier: 'range', kind: null });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const WEEKDAY_RE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i;

/** Refiner: what kind of number it is (everything not recognised as something else is a count). */
function refineKinds(text: string, raws: Raw[]): void {
  for (const r of raws) {
    if (r.kind === 'date' || r.kind === 'time') continue;
    const after = text.slice(r.end, r.end + 24);
    const before = text.slice(Math.max(0, r.start - 16), r.start);
    const surface = text.slice(r.start, r.end);
    const isDigits = /\d/.test(surface);
    if (AGE_AFTER.test(after) || /\bage(?:d| of)\s+$/i.test(before)) { r.kind = 'age'; continue; }
    // "Khumlo Abi Anal (40)", "Mohammed Ali, 34, was" -> age
    if (isDigits && r.value > 0 && r.value < 110 && r.qualifier === 'exact') {
      if (/[A-Z][a-z]+\s*\($/.test(before) && /^\)/.test(after)) { r.kind = 'age'; continue; }
      if (/[A-Z][a-z]+,\s*$/.test(before) && /^,\s*(?:was|is|had|has|a|an|the|who|were|and|said|from|of)\b/i.test(after)) { r.kind = 'age'; continue; }
    }
    if (PERCENT_AFTER.test(after)) { r.kind = 'percent'; continue; }
    if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)) { r.kind = 'money'; continue; }
    if (r.kind === 'ordinal') {
      if (/^(?:\s+of)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(after) || MONTH_RE.test(before)) r.kind = 'date';
      continue;
    }
    if (isDigits && TIME_AFTER.test(after)) { r.kind = 'time'; continue; }
    // identifiers: AK-47, M-16, F-16, NH-44, Highway 1, Section 144, Mirpur 1
    if (isDigits) {
      if (/[A-Za-z]-$/.test(before) || /^-[A-Za-z]{1,3}\b(?!-)/.test(after) && !/^-(?:year|month|week|day|hour|member|strong|km|kg|mm|man|men|storey|story|point|page)/i.test(after)) {
        r.kind = /^-(?:mm|cm|km|kg)\b/i.test(after) ? 'measure' : 'identifier';
        continue;
      }
      const pw = /([A-Za-z.]+)\s*$/.exec(before);
      if (pw) {
        const p = pw[1]!;
        const pl = p.toLowerCase().replace(/\.$/, '');
        if (ID_NOUNS.has(pl) && r.qualifier === 'exact') { r.kind = 'identifier'; continue; }
        if (/^[A-Z][a-z]+$/.test(p) && !NOT_ID_WORDS.has(pl) && !WEEKDAY_RE.test(p) && !MONTH_RE.test(`${p} `)
          && r.qualifier === 'exact' && !/^\s+[a-z]+s\b/.test(after) && !/[.!?]\s*[A-Z][a-z]+\s*$/.test(text.slice(Math.max(0, r.start - 30), r.start))
          && !/^\s*$/.test(text.slice(Math.max(0, r.start - 40), r.start - pw[0].length)) && r.value < 1900) {
          r.kind = 'identifier';
          continue;
        }
      }
    }
    // dates: "Dec 4", "December 4, 2011", "4 December", "31st of October"
    if (isDigits && r.value >= 1 && r.value <= 31 && (MONTH_RE.test(before) || /^(?:\s+of)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\b/i.test(after) && !/^\s+may\s+(?:be|have|not)\b/i.test(after))) { r.kind = 'date'; continue; }
    // years
    if (isDigits && /^\d{4}s?$/.test(surface.replace(/^\D+/, '')) && r.value >= 1800 && r.value <= 2100) {
      const countNoun = /^\s+(?:people|persons|men|women|children|troops|soldiers|police|policemen|militants|rebels|protesters|demonstrators|workers|students|supporters|activists|residents|families|houses|homes|civilians|members|fighters|refugees|migrants|others)\b/i.test(after);
      if (!countNoun || /\b(?:in|since|of|from|until|till|by|before|after|during|year|early|late|mid)\s+$/i.test(before)) { r.kind = 'year'; continue; }
    }
    if (MEASURE_AFTER.test(after)) { r.kind = 'measure'; continue; }
    if (DURATION_AFTER.test(after)) { r.kind = 'measure'; continue; }
    r.kind = 'count';
  }
}

export function extractNumbers(text: string, _tokens: Token[] = []): NumberMention[] {
  const raws = scan(text);
  refineQualifiers(text, raws);
  const ranged = refineRanges(text, raws);
  refineKinds(text, ranged);
  return ranged.map((r) => ({
    text: text.slice(r.start, r.end),
    start_char: r.start,
    end_char: r.end,
    kind: r.kind ?? 'count',
    value: r.value,
    low: r.qualifier === 'exact' ? r.value : r.low,
    high: r.qualifier === 'exact' ? r.value : r.high,
    qualifier: r.qualifier,
  }));
}
