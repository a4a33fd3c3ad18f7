/**
 * Hedges: words that weaken a claim ("suspected militants", "allegedly", "claimed responsibility",
 * "reportedly"). A lexicon (./lexicon/hedges.ts) applied to the tokens; multi-word cues match first.
 */
import type { Hedge, Token } from '../types.js';
import { HEDGE_PHRASES } from './lexicon/hedges.js';

interface Compiled { words: string[]; kind: Hedge['kind'] }

let byFirst: Map<string, Compiled[]> | null = null;
function compiled(): Map<string, Compiled[]> {
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const [phrase, kind] of Object.entries(HEDGE_PHRASES)) {
    const words = phrase.split(' ');
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, kind });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(words[0]!, list);
  }
  return byFirst;
}

/** Hedge cues in token order. `lower`: the tokens' texts in lower case, when the caller has them. */
export function findHedges(text: string, tokens: Token[], lower: string[] = tokens.map((t) => t.text.toLowerCase())): Hedge[] {
  const table = compiled();
  const out: Hedge[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cands = table.get(lower[i]!);
    if (!cands) continue;
    for (const c of cands) {
      const last = i + c.words.length - 1;
      if (last >= tokens.length) continue;
      let ok = true;
      for (let k = 1; k < c.words.length && ok; k++) ok = lower[i + k] === c.words[k] && tokens[i + k]!.sentence === tokens[i]!.sentence;
      if (!ok) continue;
      const start = tokens[i]!.start_char;
      const end = tokens[last]!.end_char;
      out.push({ text: text.slice(start, end), start_char: start, end_char: end, kind: c.kind, sentence: tokens[i]!.sentence });
      i = last;
      break;
    }
  }
  return out;
}
