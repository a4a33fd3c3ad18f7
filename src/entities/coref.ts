/**
 * A light coreference for event extraction: pronouns ("he", "they", "it said") and definite
 * descriptions ("the group", "the gunmen", "the man") linked to an earlier name or chunk of the
 * same article.
 *
 * Candidates are names (PER, ORG, GROUP) and descriptive chunks. A mention looks back sentence by
 * sentence (its own first, then up to a window) and takes, in each sentence, the first compatible
 * candidate: sentence subjects come first in English news, and a subject is the usual antecedent
 * ("The gunmen shot five villagers before they fled"). Links point at the first mention of a chain.
 */
import type { Chunk, Coref, Doc, Entity, EntityType, TextSpan } from '../types.js';
import { FEMALE_HEADS, HEAD_NOUNS } from './lexicon/actors.js';
import { lowerTokens } from '../text/lower.js';

interface Candidate {
  span: TextSpan;
  sentence: number;
  type: EntityType | 'CHUNK';
  plural: boolean;
  category: Chunk['category'] | null;
  lemma: string | null;
  female: boolean;
  /** Root of the chain this mention belongs to. */
  root: Candidate | null;
}

const GROUP_LEMMAS = new Set(['group', 'organisation', 'organization', 'movement', 'militia', 'faction', 'network', 'cell', 'gang']);
const PRONOUNS: Record<string, 'he' | 'she' | 'they' | 'it'> = {
  he: 'he', him: 'he', his: 'he', himself: 'he',
  she: 'she', her: 'she', herself: 'she',
  they: 'they', them: 'they', their: 'they', themselves: 'they',
  it: 'it', its: 'it',
};
/** PRONOUNS as a Map: a plain-object look-up would also match Object.prototype names ("constructor"). */
const PRONOUN_MAP = new Map(Object.entries(PRONOUNS));
function pronounOf(low: string): 'he' | 'she' | 'they' | 'it' | undefined {
  return PRONOUN_MAP.get(low);
}
const SPEECH = new Set(['said', 'says', 'claimed', 'claims', 'added', 'announced', 'stated', 'denied', 'warned', 'reported', 'confirmed', 'told', 'vowed', 'threatened']);
/** News media and agencies: never the antecedent of "the group" or "it said". */
const MEDIA = /^(Reuters|AP|AFP|Associated Press|Agence France-Presse|Interfax|TASS|ITAR-TASS|RIA|RIA Novosti|Xinhua|BBC|CNN|Al Jazeera|Anadolu|Bloomberg|Kyodo|Yonhap|dpa|ANSA|EFE|UPI)$|\b(News|Agency|Times|Post|Journal|Herald|Gazette|TV|Television|Radio|Press|Daily|Tribune|Telegraph|Channel|Broadcasting)$/;
const WINDOW_PRONOUN = 3;
const WINDOW_DEFINITE = 6;

function span(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start_char: start, end_char: end };
}

type Test = (c: Candidate) => boolean;

/** First compatible candidate per sentence, from the mention's sentence backwards. */
function lookBack(cands: Candidate[], before: number, sentence: number, window: number, ok: Test): Candidate | null {
  let best: Candidate | null = null;
  let bestSentence = -1;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.span.end_char > before) continue;
    if (c.sentence < sentence - window) break;
    if (bestSentence >= 0 && c.sentence < bestSentence) break;
    if (!ok(c)) continue;
    best = c; // keep walking left in the same sentence: the first one wins
    bestSentence = c.sentence;
  }
  return best;
}

export function resolveCoreference(doc: Pick<Doc, 'text' | 'sentences' | 'tokens' | 'entities'> & { chunks?: Chunk[] }): Coref[] {
  const { text, tokens } = doc;
  const lower = lowerTokens(tokens);
  const chunks = doc.chunks ?? [];
  const out: Coref[] = [];
  const cands: Candidate[] = [];
  const sentenceOf = (charPos: number): number => {
    let lo = 0, hi = doc.sentences.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (doc.sentences[mid]!.start_char <= charPos) lo = mid; else hi = mid - 1; }
    return doc.sentences[lo]?.index ?? 0;
  };
  // names and chunks in text order
  type Item = { start: number; end: number; e?: Entity; c?: Chunk };
  const items: Item[] = [
    ...doc.entities.filter((e) => e.type === 'PER' || e.type === 'ORG' || e.type === 'GROUP').map((e) => ({ start: e.start_char, end: e.end_char, e })),
    ...chunks.map((c) => ({ start: c.start_char, end: c.end_char, c })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  let ii = 0;
  let inQuote = false;
  const link = (mention: TextSpan, sentence: number, kind: Coref['kind'], a: Candidate): Candidate => {
    const root = a.root ?? a;
    out.push({ mention, sentence, kind, antecedent: root.span, antecedent_sentence: root.sentence, antecedent_type: root.type });
    return root;
  };
  for (let ti = 0; ti < tokens.length; ti++) {
    const tok = tokens[ti]!;
    if (tok.text === '"' || tok.text === '“' || tok.text === '”') inQuote = tok.text === '"' ? !inQuote : tok.text === '“';
    // names and chunks that start here
    while (ii < items.length && items[ii]!.start <= tok.start_char) {
      const it = items[ii++]!;
      if (it.e) {
        const e = it.e;
        if (e.type === 'ORG' && MEDIA.test(e.text)) continue;
        cands.push({ span: span(text, e.start_char, e.end_char), sentence: sentenceOf(e.start_char), type: e.type, plural: e.type !== 'PER', category: null, lemma: null, female: false, root: null });
        continue;
      }
      const c = it.c!;
      const info = HEAD_NOUNS.get(c.head.toLowerCase());
      const cand: Candidate = { span: span(text, c.start_char, c.end_char), sentence: c.sentence, type: 'CHUNK', plural: c.plural, category: c.category, lemma: info?.lemma ?? c.head.toLowerCase(), female: FEMALE_HEADS.has(info?.lemma ?? ''), root: null };
      const first = c.text.split(/\s+/)[0]!.toLowerCase();
      if ((first === 'the' || first === 'these' || first === 'those') && c.count === null) {
        let a: Candidate | null = null;
        const lemma = cand.lemma!;
        if (GROUP_LEMMAS.has(lemma) && !c.plural) {
          a = lookBack(cands, c.start_char, c.sentence, 1000, (x) => x.type === 'GROUP')
            ?? lookBack(cands, c.start_char, c.sentence, WINDOW_DEFINITE, (x) => x.type === 'ORG' || (x.type === 'CHUNK' && x.category === 'group' && !x.plural));
        } else {
          a = lookBack(cands, c.start_char, c.sentence, WINDOW_DEFINITE, (x) => x.type === 'CHUNK' && x.lemma === lemma && x.plural === c.plural)
            ?? (c.category === 'perpetrator'
              ? lookBack(cands, c.start_char, c.sentence, WINDOW_DEFINITE, (x) => (x.type === 'CHUNK' && x.category === 'perpetrator' && x.plural === c.plural) || (c.plural && x.type === 'GROUP'))
              : !c.plural && (c.category === 'person' || c.category === 'civilian')
                ? lookBack(cands, c.start_char, c.sentence, 2, (x) => x.type === 'PER' && !cand.female)
                : null);
        }
        // a chunk that is the root of nothing yet stays a candidate of its own
        if (a && a.span.start_char !== c.start_char) cand.root = link(cand.span, c.sentence, 'definite', a);
      }
      cands.push(cand);
    }
    // pronouns
    const low = lower[ti]!;
    const p = pronounOf(low);
    if (!p || inQuote) continue;
    if (p === 'it' && low === 'it' && !SPEECH.has(lower[ti + 1] ?? '')) continue;
    const s = tok.sentence;
    let a: Candidate | null = null;
    if (p === 'he') a = lookBack(cands, tok.start_char, s, WINDOW_PRONOUN, (x) => (x.type === 'PER' || (x.type === 'CHUNK' && !x.plural && x.category !== 'group' && !x.female)) && !(x.root && x.root.type !== 'PER' && x.root.type !== 'CHUNK'));
    else if (p === 'she') a = lookBack(cands, tok.start_char, s, WINDOW_PRONOUN, (x) => x.type === 'PER' || (x.type === 'CHUNK' && x.female));
    else if (p === 'they') a = lookBack(cands, tok.start_char, s, WINDOW_PRONOUN - 1, (x) => (x.type === 'CHUNK' && x.plural) || x.type === 'GROUP');
    else a = lookBack(cands, tok.start_char, s, WINDOW_PRONOUN - 1, (x) => x.type === 'ORG' || x.type === 'GROUP' || (x.type === 'CHUNK' && x.category === 'group' && !x.plural));
    if (a) link(span(text, tok.start_char, tok.end_char), s, 'pronoun', a);
  }
  return out;
}
