/**
 * Noun-phrase chunks for descriptive actors: "five suspected militants", "two security officers",
 * "a 34-year-old man", "at least 12 Kazakh police officers", "the gunmen".
 *
 * A chunk is found from its head noun (./lexicon/actors.ts) leftwards: modifiers (word list,
 * "34-year-old", "knife-wielding", nationality and organisation names), then an opener (article,
 * number, determiner) with a count prefix ("at least"). Counts come from the number stage
 * (doc.numbers) when it found one, else from the opener word or digits.
 */
import type { Chunk, Entity, NumberMention, Sentence, Token } from '../types.js';
import { COUNT_PREFIXES, HEAD_NOUNS, MODIFIERS, OPENERS } from './lexicon/actors.js';
import { lowerTokens } from '../text/lower.js';

const YEAR_OLD = /^\d+-year-old$|^\w+-year-old$/i;
const COMPOUND_MOD = /-(wielding|toting|armed|clad|led|backed|linked|affiliated|inspired|born|based|aligned)$/i;

function isModifier(low: string, tok: Token, entityAt: Map<number, Entity>): boolean {
  if (MODIFIERS.has(low) || YEAR_OLD.test(low) || COMPOUND_MOD.test(low)) return true;
  const e = entityAt.get(tok.start_char);
  // "Kazakh police", "Taliban fighters", "Syrian government forces"
  return !!e && (e.type === 'NORP' || e.type === 'GPE' || e.type === 'ORG' || e.type === 'GROUP');
}

export function findChunks(text: string, sentences: Sentence[], tokens: Token[], entities: Entity[] = [], numbers: NumberMention[] = []): Chunk[] {
  const out: Chunk[] = [];
  // every token start inside an entity -> the entity
  const entityAt = new Map<number, Entity>();
  let ei = 0;
  for (const t of tokens) {
    while (ei < entities.length && entities[ei]!.end_char <= t.start_char) ei++;
    const e = entities[ei];
    if (e && e.start_char <= t.start_char && t.end_char <= e.end_char) entityAt.set(t.start_char, e);
  }
  const numberEnding = new Map<number, NumberMention>();
  for (const n of numbers) numberEnding.set(n.end_char, n);
  const lower = lowerTokens(tokens);

  for (const s of sentences) {
    let lastEnd = s.token_start; // chunks do not overlap
    for (let h = s.token_start; h < s.token_end; h++) {
      const head = tokens[h]!;
      const low = lower[h]!;
      const info = HEAD_NOUNS.get(low);
      if (!info) continue;
      // compound heads: "police officers" -> head "officers"; "police" alone is a head too
      const nextInfo = h + 1 < s.token_end ? HEAD_NOUNS.get(lower[h + 1]!) : undefined;
      if (nextInfo && MODIFIERS.has(low)) continue;
      if (entityAt.has(head.start_char) && entityAt.get(head.start_char)!.type !== 'NORP') continue; // part of a name
      // leftwards over modifiers
      let k = h - 1;
      const mods: string[] = [];
      while (k >= lastEnd) {
        const t = tokens[k]!;
        const tl = lower[k]!;
        if (isModifier(tl, t, entityAt) || (tl === ',' && k - 1 >= lastEnd && MODIFIERS.has(lower[k - 1]!) && mods.length > 0)) {
          if (tl !== ',') mods.unshift(t.text);
          k--;
          continue;
        }
        break;
      }
      // an entity used as modifier must be whole ("Syrian government forces", not "government" of a longer name)
      let start = k + 1;
      while (start < h && entityAt.has(tokens[start]!.start_char) && entityAt.get(tokens[start]!.start_char)!.start_char < tokens[start]!.start_char) { mods.shift(); start++; }
      // the opener: article, determiner, number word, digits, or a number mention from the number stage
      let count: number | null = null;
      let hasOpener = false;
      if (k >= lastEnd) {
        const t = tokens[k]!;
        const tl = lower[k]!;
        const num = numberEnding.get(t.end_char);
        if (num && num.start_char >= tokens[lastEnd]!.start_char && (num.kind === 'count' || num.kind === 'other')) {
          count = num.value;
          hasOpener = true;
          start = k;
          while (start > lastEnd && tokens[start - 1]!.end_char > num.start_char) start--;
        } else if (OPENERS.has(tl) || /^\d[\d,]*$/.test(tl)) {
          count = OPENERS.has(tl) ? OPENERS.get(tl)! : Number(tl.replace(/,/g, ''));
          if (tl === 'dozen' && k - 1 >= lastEnd && /^(a|one)$/i.test(tokens[k - 1]!.text)) k--;
          hasOpener = true;
          start = k;
          // "at least five", "more than 20"
          for (const p of COUNT_PREFIXES) {
            const from = start - p.length;
            if (from < lastEnd) continue;
            if (p.every((w, j) => lower[from + j] === w)) { start = from; break; }
          }
        }
      }
      if (!hasOpener && mods.length === 0 && !info.plural) continue; // a bare singular noun is not a chunk
      if (count === null && !info.plural && hasOpener && /^(a|an|one|another)$/i.test(tokens[start]!.text)) count = 1;
      const startChar = tokens[start]!.start_char;
      out.push({
        text: text.slice(startChar, head.end_char),
        start_char: startChar,
        end_char: head.end_char,
        sentence: s.index,
        head: head.text,
        head_start_char: head.start_char,
        head_end_char: head.end_char,
        category: info.category,
        plural: info.plural,
        count,
        modifiers: mods,
      });
      lastEnd = h + 1;
    }
  }
  return out;
}
