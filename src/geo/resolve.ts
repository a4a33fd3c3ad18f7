/**
 * Toponym resolution: pick one gazetteer record per mention using the record's prior (kind,
 * population, feature code), how the mention was written (designators, "Town, State"), and the
 * document's context (countries and admin-1 units mentioned, the dateline, places near the other
 * places), iterated a few times. Mentions with the same text share one reading (one sense per
 * discourse). Weak readings abstain.
 */
import { plainFold } from './fold.js';
import { Kind, type Gazetteer } from './gazetteer/model.js';
import type { Mention } from './recognize.js';

export interface Resolution {
  mention: Mention;
  /** Gazetteer place number, or null when abstaining. */
  place: number | null;
  /** Confidence 0..1. */
  score: number;
}

export interface ResolveOptions {
  /** 'context' (default) or 'population' (the baseline: highest prior, no context). */
  mode?: 'context' | 'population';
  /** Candidates considered per mention. */
  maxCandidates?: number;
  /** Abstain below this confidence. */
  threshold?: number;
  /** Receives one line per name group with its top readings and scores (for error analysis). */
  debug?: (line: string) => void;
  /** The text the mentions' offsets point into; lets coordinated lists ("Iowa, Oklahoma and Utah") agree. */
  text?: string;
}

/** What may stand between two members of a coordinated list: a comma, a semicolon, "and", "or", "&". */
const LIST_GLUE = /^\s*(?:[,;]\s*(?:(?:and|or|&)\s+)?|(?:and|or|&)\s+)$/;

/**
 * Coordinated lists of mentions: peers[i] holds the other members of mention i's list. Neighbouring
 * mentions joined by list glue form a chain; "Town, State" pairs are qualifiers, not lists.
 */
export function listPeers(mentions: Mention[], text: string): number[][] {
  const order = mentions.map((_, i) => i).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
  const peers: number[][] = mentions.map(() => []);
  let run: number[] = [];
  const flush = () => {
    if (run.length > 1) for (const i of run) peers[i] = run.filter((j) => j !== i);
    run = [];
  };
  for (let x = 0; x < order.length; x++) {
    const i = order[x]!;
    const prev = run.length ? run[run.length - 1]! : -1;
    const m = mentions[i]!;
    const linked = prev >= 0 && m.qualifies !== prev && mentions[prev]!.qualifies !== i && m.qualifies === null && mentions[prev]!.end <= m.start
      && m.start - mentions[prev]!.end <= 8 && LIST_GLUE.test(text.slice(mentions[prev]!.end, m.start));
    if (!linked) flush();
    if (m.qualifies === null) run.push(i);
    else flush();
  }
  flush();
  return peers;
}

/** Towns below this population abroad from every other place in the text need support to be kept. */
const FOREIGN_TOWN_POP = 100_000;

/** Bonus per list peer (at most 2) read as the same kind of unit in the same country: "Iowa, Oklahoma, Pennsylvania". */
const LIST_PEER_BONUS = 20;

const idxOf = (c: number): number => (c < 0 ? -c - 1 : c);

const NAME_FOLD = new Map<number, string>();
function nameFold(g: Gazetteer, i: number): string {
  let f = NAME_FOLD.get(i);
  if (f === undefined) {
    f = plainFold(g.name(i));
    if (NAME_FOLD.size > 100_000) NAME_FOLD.clear();
    NAME_FOLD.set(i, f);
  }
  return f;
}


interface Group {
  key: string;
  gi: number;
  mentions: number[];
  cands: number[];
  base: number[];
  /** Per candidate: country code, "CC.A1" key, kind, coordinates, local flag. */
  cc: string[];
  a1: string[];
  kind: number[];
  lat: number[];
  lon: number[];
  /** Matched by the record's own name (not an alternate name). */
  exact: boolean[];
  best: number;
  /** Context points the chosen reading got from the rest of the document. */
  support: number;
  dateline: boolean;
}

function isLocal(k: number): boolean {
  return k === Kind.place || k === Kind.admin2 || k === Kind.other;
}

/** Bonus per other admin-1 unit of the same country read in the document (at most 3): "Alaska, Hawaii and Georgia". */
const SIBLING_A1_BONUS = 5;
/** Weight a reading lends to the document's context. */
function contextWeight(kind: number, conf: number, nMentions: number, dateline: boolean): number {
  const kw = kind === Kind.country ? 1 : kind === Kind.admin1 ? 0.9 : kind === Kind.continent || kind === Kind.region ? 0.3 : 0.7;
  return kw * (0.4 + 0.6 * conf) * Math.min(3, 0.7 + 0.3 * nMentions) * (dateline ? 3 : 1);
}

export function resolveMentions(g: Gazetteer, mentions: Mention[], opts: ResolveOptions = {}): Resolution[] {
  const K = opts.maxCandidates ?? 30;
  const mode = opts.mode ?? 'context';
  const threshold = opts.threshold ?? 0.12;
  // group by written form
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const groupOfMention = new Array<number>(mentions.length);
  mentions.forEach((m, mi) => {
    const key = m.demonym ? `d:${m.demonym}` : plainFold(m.text);
    let gr = byKey.get(key);
    if (!gr) {
      gr = { key, gi: groups.length, mentions: [], cands: [], base: [], cc: [], a1: [], kind: [], lat: [], lon: [], exact: [], best: -1, support: 0, dateline: false };
      byKey.set(key, gr);
      groups.push(gr);
    }
    groupOfMention[mi] = gr.gi;
    gr.mentions.push(mi);
    if (m.dateline) gr.dateline = true;
  });
  for (const gr of groups) {
    const m0 = mentions[gr.mentions[0]!]!;
    const folded = gr.key;
    for (let k = 0; k < m0.cands.length && gr.cands.length < K; k++) {
      const c = m0.cands[k]!;
      const i = idxOf(c);
      if (gr.cands.includes(i)) continue;
      if (m0.demonym && gr.cands.length >= 1) break;
      const kind = g.kind(i);
      let exact = false;
      // secondary names cost 30; an admin-1 unit named like its capital or big city costs 45
      let s = g.prior(i) - (c < 0 ? (kind === Kind.admin1 ? 45 : 30) : 0);
      if (mode === 'context') {
        // the record's own name, not one of its alternate names ("Manchester", not Richmond's old name)
        exact = !m0.demonym && nameFold(g, i) === folded;
        if (exact) s += 12;
        else if (kind === Kind.place && !m0.demonym) s -= 8;
        if (m0.hint === 'admin1') s += kind === Kind.admin1 ? 35 : kind === Kind.place ? -10 : 0;
        else if (m0.hint === 'admin2') s += kind === Kind.admin2 || kind === Kind.admin1 ? 30 : kind === Kind.place ? -5 : 0;
        else if (m0.hint === 'place') s += kind === Kind.place ? 10 : 0;
        if (m0.stateCode) s += g.cc(i) === 'US' && g.a1(i) === m0.stateCode ? 60 : -20;
      }
      const cc = g.cc(i);
      gr.cands.push(i);
      gr.base.push(s);
      gr.cc.push(cc);
      gr.a1.push(cc && g.a1(i) && kind !== Kind.country ? `${cc}.${g.a1(i)}` : '');
      gr.kind.push(kind);
      gr.lat.push(g.lat(i));
      gr.lon.push(g.lon(i));
      gr.exact.push(exact);
    }
  }
  if (mode === 'context') {
    // "Town, State" / "Town, Country": the town's readings inside the qualifier's top readings
    for (let mi = 0; mi < mentions.length; mi++) {
      const q = mentions[mi]!;
      if (q.qualifies === null) continue;
      const town = groups[groupOfMention[q.qualifies]!]!;
      const qual = groups[groupOfMention[mi]!]!;
      for (let a = 0; a < town.cands.length; a++) {
        for (let b = 0; b < Math.min(qual.cands.length, 5); b++) {
          if (town.cands[a] === qual.cands[b]) continue;
          const qk = qual.kind[b];
          if (qk === Kind.country && qual.cc[b] === town.cc[a]) {
            town.base[a]! += 40;
            qual.base[b]! += 10;
            break;
          }
          if (qk === Kind.admin1 && qual.a1[b] && qual.a1[b] === town.a1[a]) {
            town.base[a]! += 60;
            qual.base[b]! += 15;
            break;
          }
        }
      }
    }
  }
  // initial readings
  for (const gr of groups) {
    let bi = -1;
    let bs = -Infinity;
    for (let k = 0; k < gr.cands.length; k++) if (gr.base[k]! > bs) { bs = gr.base[k]!; bi = k; }
    gr.best = bi;
  }
  const scores: number[][] = groups.map((gr) => gr.base.slice());
  // list peers per group (by the groups of the peers of each of its mentions)
  const peerGroups: number[][] = groups.map(() => []);
  if (mode === 'context' && opts.text !== undefined) {
    const peers = listPeers(mentions, opts.text);
    for (let mi = 0; mi < mentions.length; mi++) {
      const gi = groupOfMention[mi]!;
      for (const pj of peers[mi]!) {
        const gj = groupOfMention[pj]!;
        if (gj !== gi && !peerGroups[gi]!.includes(gj)) peerGroups[gi]!.push(gj);
      }
    }
  }
  if (mode === 'context' && groups.length > 1) {
    const ownW = new Array<number>(groups.length).fill(0);
    for (let iter = 0; iter < 3; iter++) {
      // context from the current readings
      const ccW = new Map<string, number>();
      const a1W = new Map<string, number>();
      const aLat: number[] = [];
      const aLon: number[] = [];
      const aG: number[] = [];
      const sibA1 = new Map<string, number>();
      for (let gi = 0; gi < groups.length; gi++) {
        const gr = groups[gi]!;
        ownW[gi] = 0;
        if (gr.best < 0) continue;
        const b = gr.best;
        const k = gr.kind[b]!;
        const w = contextWeight(k, margin(scores[gi]!, b), gr.mentions.length, gr.dateline);
        ownW[gi] = w;
        const cc = gr.cc[b]!;
        if (cc) ccW.set(cc, (ccW.get(cc) ?? 0) + w);
        const a1 = gr.a1[b]!;
        if (a1) a1W.set(a1, (a1W.get(a1) ?? 0) + w);
        if (k === Kind.admin1 && cc) sibA1.set(cc, (sibA1.get(cc) ?? 0) + 1);
        if (isLocal(k) || k === Kind.admin1) {
          aLat.push(gr.lat[b]!);
          aLon.push(gr.lon[b]!);
          aG.push(gi);
        }
      }
      let maxCc = 0;
      for (const v of ccW.values()) if (v > maxCc) maxCc = v;
      let maxA1 = 0;
      for (const v of a1W.values()) if (v > maxA1) maxA1 = v;
      for (let gi = 0; gi < groups.length; gi++) {
        const gr = groups[gi]!;
        if (gr.cands.length === 0) continue;
        const b0 = gr.best;
        const ownCc = b0 >= 0 ? gr.cc[b0]! : '';
        const ownA1 = b0 >= 0 ? gr.a1[b0]! : '';
        const own = ownW[gi]!;
        const s = scores[gi]!;
        // is a country reading of this name backed by other places in that country?
        let countryBacked = false;
        // local focus applies against a famous reading only: a country, admin-1 unit or capital
        const famous = gr.kind[0] === Kind.country || gr.kind[0] === Kind.admin1 || g.fcode(gr.cands[0]!) === 'PPLC';
        for (let k = 0; k < gr.cands.length; k++) {
          if (gr.kind[k] !== Kind.country || maxCc <= 0) continue;
          const cc = gr.cc[k]!;
          const w = (ccW.get(cc) ?? 0) - (cc === ownCc ? own : 0);
          if (w / maxCc >= 0.25) countryBacked = true;
        }
        let bi = 0;
        for (let k = 0; k < gr.cands.length; k++) {
          const cc = gr.cc[k]!;
          const kind = gr.kind[k]!;
          let bonus = 0;
          if (cc && maxCc > 0) {
            const w = (ccW.get(cc) ?? 0) - (cc === ownCc ? own : 0);
            if (w > 0) bonus += 28 * Math.min(1, w / maxCc);
          }
          // sibling units: other admin-1 units of this country read in the document
          let sib = 0;
          if (kind === Kind.admin1) {
            sib = (sibA1.get(cc) ?? 0) - (b0 >= 0 && gr.kind[b0] === Kind.admin1 && ownCc === cc ? 1 : 0);
            if (sib > 0) bonus += SIBLING_A1_BONUS * Math.min(3, sib);
          }
          const a1 = gr.a1[k]!;
          let a1Share = 0;
          if (a1 && maxA1 > 0) {
            const w = (a1W.get(a1) ?? 0) - (a1 === ownA1 ? own : 0);
            if (w > 0) {
              a1Share = Math.min(1, w / maxA1);
              bonus += 22 * a1Share;
            }
          }
          // coordinated list: members tend to be units of one kind ("Iowa, Oklahoma and Utah" are states)
          let listed = 0;
          for (const gj of peerGroups[gi]!) {
            const pb = groups[gj]!.best;
            if (pb < 0) continue;
            const pk = groups[gj]!.kind[pb]!;
            if (pk === kind && (kind === Kind.country || kind === Kind.continent || groups[gj]!.cc[pb] === cc)) listed++;
          }
          if (listed > 0) bonus += LIST_PEER_BONUS * Math.min(2, listed);
          if (isLocal(kind) || kind === Kind.admin1) {
            let prox = 0;
            const lat = gr.lat[k]!;
            const lon = gr.lon[k]!;
            const cosLat = Math.cos(lat * (Math.PI / 180));
            for (let x = 0; x < aG.length; x++) {
              if (aG[x] === gi) continue;
              const dx = (aLon[x]! - lon) * cosLat;
              const dy = aLat[x]! - lat;
              const d = Math.sqrt(dx * dx + dy * dy) * 111.19;
              const p = d < 30 ? 18 : d < 100 ? 12 : d < 250 ? 6 : 0;
              if (p > prox) {
                prox = p;
                if (p === 18) break;
              }
            }
            bonus += prox;
            // local focus: a town in the document's main admin-1 unit, next to its other places, beats
            // a same-name country or capital the document shows no other sign of ("Palestine, Texas")
            // (an admin-1 unit holding the document's places likewise beats a same-name country: "Georgia")
            const focused = kind === Kind.admin1 ? gr.kind[0] === Kind.country && (a1Share >= 0.5 || sib >= 2) : prox >= 12 && a1Share >= 0.5;
            if (famous && k > 0 && focused && !countryBacked && gr.exact[k] && !(listed === 0 && peerGroups[gi]!.length > 1)) bonus += 35;
          }
          s[k] = gr.base[k]! + bonus;
          if (s[k]! > s[bi]!) bi = k;
        }
        gr.best = bi;
        gr.support = s[bi]! - gr.base[bi]!;
      }
    }
  }
  if (opts.debug) {
    for (let gi = 0; gi < groups.length; gi++) {
      const gr = groups[gi]!;
      const bb = gr.best;
      const bs = bb >= 0 ? ` BEST ${g.name(gr.cands[bb]!)}/${g.cc(gr.cands[bb]!)}.${g.a1(gr.cands[bb]!)}/${g.fcode(gr.cands[bb]!)} base=${gr.base[bb]!.toFixed(1)} score=${scores[gi]![bb]!.toFixed(1)} ||` : '';
      opts.debug(`${gr.key}:${bs} ${gr.cands.slice(0, 5).map((i, k) => `${g.name(i)}/${g.cc(i)}.${g.a1(i)}/${g.fcode(i)} base=${gr.base[k]!.toFixed(1)} score=${scores[gi]![k]!.toFixed(1)}`).join(' | ')}`);
    }
  }
  // the document's country: the one that most of its other readings lie in
  const ccVotes = new Map<string, number>();
  let votes = 0;
  for (const gr of groups) {
    if (gr.best < 0 || !gr.cc[gr.best]) continue;
    // only readings that stand on their own vote: a region, a big town or a supported one
    // (a country named in passing is not where the text is: "a rally against the killings in Myanmar")
    const k = gr.kind[gr.best]!;
    if (k === Kind.country || (k === Kind.place && g.pop(gr.cands[gr.best]!) < FOREIGN_TOWN_POP && gr.support < 5)) continue;
    const w = gr.mentions.length;
    ccVotes.set(gr.cc[gr.best]!, (ccVotes.get(gr.cc[gr.best]!) ?? 0) + w);
    votes += w;
  }
  let docCc = '';
  let docCcVotes = 0;
  for (const [c, v] of ccVotes) if (v > docCcVotes) { docCcVotes = v; docCc = c; }
  const docCcShare = votes ? docCcVotes / votes : 0;

  // outputs
  const out: Resolution[] = mentions.map((m) => ({ mention: m, place: null, score: 0 }));
  groups.forEach((gr, gi) => {
    if (gr.best < 0) return;
    const i = gr.cands[gr.best]!;
    const s = scores[gi]!;
    const conf = margin(s, gr.best);
    const top = s[gr.best]!;
    // absolute support: prior-ish score mapped to 0..1
    const abs = 1 / (1 + Math.exp(-(top - 40) / 10));
    let score = Math.min(1, 0.5 * conf + 0.5 * abs);
    // a small place found only under an alternate name, with nothing else in the text near it or in
    // its country, is a weak guess ("Ghouta" -> a Slovak village once called Guta): abstain unless cued
    const weakAlias = mode === 'context' && !gr.exact[gr.best] && gr.kind[gr.best] === Kind.place && g.pop(i) < 20_000 && gr.support < 5 && groups.length > 1;
    if (weakAlias) score *= 0.1;
    // a hamlet under its own name with no support and no cue in the whole text (often a person's
    // first name: "Paul", "Amy"): abstain
    const loneHamlet = mode === 'context' && gr.kind[gr.best] === Kind.place && g.pop(i) < 5_000 && gr.support < 5 && groups.length > 1 && gr.mentions.every((mi) => mentions[mi]!.cue === 0);
    if (loneHamlet) score *= 0.1;
    // a small town abroad, with no support, in a text whose other places all lie in one country
    // ("Sadar upazila" read as a village in Indonesia in a note about Bangladesh): abstain
    // (this reading does not vote itself: see ccVotes)
    if (mode === 'context' && gr.kind[gr.best] === Kind.place && g.pop(i) < FOREIGN_TOWN_POP && gr.support < 5 && docCc !== gr.cc[gr.best] && docCcShare >= 0.75) score *= 0.05;
    for (const mi of gr.mentions) {
      const m = mentions[mi]!;
      let sc = score;
      if (m.cue >= 2) sc = Math.min(1, sc + 0.15);
      else if (m.cue === 1) sc = Math.min(1, sc + 0.05);
      sc -= 0.15 * m.doubt;
      sc = Math.max(0, Math.min(1, sc));
      if (mode === 'population' || sc >= threshold) out[mi] = { mention: m, place: i, score: +sc.toFixed(3) };
    }
  });
  return out;
}

/** Confidence of the chosen reading from the gap to the runner-up. */
function margin(s: number[], best: number): number {
  if (s.length <= 1) return 1;
  let second = -Infinity;
  for (let k = 0; k < s.length; k++) if (k !== best && s[k]! > second) second = s[k]!;
  const d = s[best]! - second;
  return 1 / (1 + Math.exp(-d / 8));
}
