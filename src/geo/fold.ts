/**
 * Transliteration-aware name folding. The same functions run on gazetteer names at build time and
 * on article text at run time, so a lookup is one hashed `Map.get` of the folded key.
 *
 *   basic fold:  lower case, diacritics off, Cyrillic to Latin, apostrophes dropped
 *   skeleton:    per token, spelling variants merged: kh/h, gh/g, zh/dzh/j, q/k, ou/u, y/i/j,
 *                ai/ay/aj/ey/ei, ph/f, doubled letters; "St."/"Ft."/"Mt." expanded;
 *                hyphen-attached Arabic articles ("al-", "el-", "ash-") dropped.
 *
 * "Kadzhi-Sai", "Kadzhi-Say" and "Каджи-Сай" all fold to one key.
 */

/** A lookup object without a prototype, so words like "constructor" are not found in it. */
function lookupTable<T>(o: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, o);
}

const CYRILLIC: Record<string, string> = lookupTable({
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ә: 'a', ғ: 'gh',
  қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', ў: 'u', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', ђ: 'dj', џ: 'dz',
});

/** Letters that NFD does not decompose. */
const SPECIAL: Record<string, string> = lookupTable({
  ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ħ: 'h', ŧ: 't', ŋ: 'ng', ə: 'a',
  ʻ: '', ʼ: '', ʿ: '', ʾ: '', '’': '', '‘': '', "'": '', '`': '', '´': '',
});

const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING = /[\u0300-\u036f]/g;

/** Lower case, strip diacritics, transliterate Cyrillic, drop apostrophes. Keeps other characters. */
export function basicFold(s: string): string {
  let t = s.toLowerCase();
  if (!NON_ASCII.test(t)) return t.replace(/['`]/g, '');
  t = t.normalize('NFD').replace(COMBINING, '');
  let out = '';
  for (const ch of t) {
    const c = CYRILLIC[ch] ?? SPECIAL[ch];
    out += c ?? ch;
  }
  return out.replace(/['`]/g, '');
}

const TOKEN_ALIAS: Record<string, string> = lookupTable({ st: 'saint', ste: 'sainte', ft: 'fort', mt: 'mount', mtn: 'mountain' });

const TOKEN_SKELETONS = new Map<string, string>();

/** Spelling-variant skeleton of one basic-folded token (letters and digits only); memoised. */
export function tokenSkeleton(tok: string): string {
  let k = TOKEN_SKELETONS.get(tok);
  if (k === undefined) {
    k = computeTokenSkeleton(tok);
    if (TOKEN_SKELETONS.size > 500_000) TOKEN_SKELETONS.clear();
    TOKEN_SKELETONS.set(tok, k);
  }
  return k;
}

function computeTokenSkeleton(tok: string): string {
  const a = TOKEN_ALIAS[tok];
  if (a) tok = a;
  if (tok.length <= 1) return tok;
  let t = tok
    .replace(/dzh/g, 'j')
    .replace(/tch/g, 'ch')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/zh/g, 'j')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/ou/g, 'u')
    .replace(/[yj]/g, 'i')
    .replace(/ei/g, 'ai');
  // collapse doubled letters
  t = t.replace(/(.)\1+/g, '$1');
  return t;
}

/** Arabic definite articles written attached with a hyphen ("al-Anbar", "Deir ez-Zor"). */
export const ARABIC_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ed', 'er', 'es', 'ez', 'en', 'et', 'ul', 'ud', 'ur', 'um', 'adh', 'ath', 'dh']);

const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:['’ʼ`][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Skeleton key of a whole name: its word tokens folded and joined by single spaces. Hyphen-attached
 * Arabic articles are dropped. Mirrors what the recogniser does on text tokens.
 */
export function skeleton(name: string): string {
  const parts: string[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(name))) {
    const raw = m[0];
    const f = basicFold(raw);
    const next = name.charCodeAt(m.index + raw.length);
    if (next === 45 /* - */ && ARABIC_ARTICLES.has(f) && WORD_RE.lastIndex < name.length) {
      // peek: article followed by a hyphen and a word
      const after = name.slice(m.index + raw.length + 1, m.index + raw.length + 2);
      if (/\p{L}/u.test(after)) continue;
    }
    const k = skeletonOfFolded(f);
    if (k) parts.push(k);
  }
  return parts.join(' ');
}

/** Skeleton of an already basic-folded token; sub-splits on characters that are not letters/digits. */
export function skeletonOfFolded(f: string): string {
  if (/^[a-z0-9]+$/.test(f)) return tokenSkeleton(f);
  const bits = f.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return bits.map((b) => tokenSkeleton(b)).join(' ');
}

/** Plain comparison form: basic fold with non-alphanumerics collapsed to single spaces. */
export function plainFold(s: string): string {
  return basicFold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** True when the string is (after folding) written in Latin letters, digits and punctuation only. */
export function isLatinish(s: string): boolean {
  return /^[\p{Script=Latin}\p{N}\s\p{P}\p{M}ʻʼʿʾ`´]+$/u.test(s);
}

export function isCyrillic(s: string): boolean {
  return /^[\p{Script=Cyrillic}\s\p{P}]+$/u.test(s);
}
