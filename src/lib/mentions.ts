/**
 * Finds where the sources mention an entity, from every form of its name, in
 * one pass over each text whatever the number of names (an Aho–Corasick
 * automaton), so the work grows with the corpus, not with corpus × entities.
 *
 * Matching is case-sensitive: the entities keep every spelling the sources use,
 * and case tells "Born" (a company) from "born". Where names overlap the
 * leftmost, then longest wins: "Chongqing New North Zone" is a mention of the
 * zone, not of Chongqing. Latin-script names match whole words only; Chinese
 * names have no word boundaries and match anywhere.
 */

export interface Alias {
  /** The name as it is written in the sources. */
  text: string;
  /** The entity it names, e.g. "organizations/cisco". */
  key: string;
}

export interface Mention {
  start: number;
  end: number;
  key: string;
  alias: string;
}

interface Node {
  /** By code point. */
  next: Map<number, number>;
  fail: number;
  /** Aliases ending here: its own, and those of the suffixes its failure links reach. */
  outputs: number[];
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/** A letter (or, with `digits`, a digit) of a script that separates words with spaces. */
function isWordChar(code: number | undefined, digits = true): boolean {
  if (code === undefined) return false;
  const char = String.fromCodePoint(code);
  return (digits ? LETTER_OR_DIGIT : LETTER).test(char) && !HAN.test(char);
}

/** The code point that ends just before `offset` in `text`, if any. */
function codePointBefore(text: string, offset: number): number | undefined {
  if (offset <= 0) return undefined;
  const low = text.charCodeAt(offset - 1);
  const high = offset >= 2 ? text.charCodeAt(offset - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.codePointAt(offset - 2) : low;
}

/** An alias as the scan uses it: which of its ends must fall on a word boundary. */
interface Pattern extends Alias {
  wholeWordStart: boolean;
  wholeWordEnd: boolean;
}

export class MentionMatcher {
  private readonly patterns: Pattern[];
  /**
   * The automaton in flat arrays: a state's transitions are edgeCode/edgeTarget from
   * edgeStart[state] to edgeStart[state + 1]. Most states of a trie of names have one
   * child, so a short scan of these finds a transition faster than a map per state.
   */
  private readonly edgeStart: Uint32Array;
  private readonly edgeCode: Uint32Array;
  private readonly edgeTarget: Uint32Array;
  private readonly fail: Uint32Array;
  /** The aliases ending at each state: its own, and those of the suffixes its failure links reach. */
  private readonly outputs: number[][];
  /** The root's children by code point, for the Basic Multilingual Plane (0: none); others are in rootAstral. */
  private readonly rootNext = new Uint32Array(0x10000);
  private readonly rootAstral = new Map<number, number>();

  constructor(aliases: readonly Alias[]) {
    this.patterns = aliases
      .filter((alias) => alias.text.length > 0)
      .map((alias) => ({ ...alias, wholeWordStart: isWordChar(alias.text.codePointAt(0)), wholeWordEnd: isWordChar(alias.text.at(-1)?.codePointAt(0)) }));
    const nodes: Node[] = [{ next: new Map(), fail: 0, outputs: [] }];
    this.patterns.forEach((pattern, index) => insert(nodes, pattern.text, index));
    link(nodes);
    this.edgeStart = new Uint32Array(nodes.length + 1);
    const edges = nodes.reduce((count, node) => count + node.next.size, 0);
    this.edgeCode = new Uint32Array(edges);
    this.edgeTarget = new Uint32Array(edges);
    this.fail = new Uint32Array(nodes.length);
    let edge = 0;
    nodes.forEach((node, state) => {
      this.edgeStart[state] = edge;
      this.fail[state] = node.fail;
      for (const [code, child] of node.next) {
        this.edgeCode[edge] = code;
        this.edgeTarget[edge] = child;
        edge += 1;
      }
    });
    this.edgeStart[nodes.length] = edge;
    this.outputs = nodes.map((node) => node.outputs);
    for (const [code, child] of nodes[0]!.next) {
      if (code < this.rootNext.length) this.rootNext[code] = child;
      else this.rootAstral.set(code, child);
    }
  }

  /** Every mention in `text`, in order, none overlapping another. */
  find(text: string): Mention[] {
    const candidates: Mention[] = [];
    const { rootNext, rootAstral, edgeStart, edgeCode, edgeTarget, fail, outputs: outputsOf } = this;
    const length = text.length;
    // One step per code point, read from the string as it goes: this scan runs over every paragraph twice
    // in a build, and most steps leave the root for no child, which the root's table answers at once.
    let state = 0;
    for (let offset = 0; offset < length; ) {
      let code = text.charCodeAt(offset);
      offset += 1;
      // A high surrogate and the low one after it are one code point.
      if (code >= 0xd800 && code <= 0xdbff && offset < length) {
        const low = text.charCodeAt(offset);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          offset += 1;
        }
      }
      let next = 0;
      while (state !== 0) {
        for (let edge = edgeStart[state]!, end = edgeStart[state + 1]!; edge < end; edge += 1) {
          if (edgeCode[edge] === code) {
            next = edgeTarget[edge]!;
            break;
          }
        }
        if (next !== 0) break;
        state = fail[state]!;
      }
      state = state === 0 ? (code < 0x10000 ? rootNext[code]! : (rootAstral.get(code) ?? 0)) : next;
      // The root ends no alias: most steps stop here.
      if (state === 0) continue;
      const outputs = outputsOf[state]!;
      for (let index = 0; index < outputs.length; index += 1) {
        const pattern = this.patterns[outputs[index]!]!;
        // A match is the alias itself, so it spans the alias's length in UTF-16 units.
        const start = offset - pattern.text.length;
        if (pattern.wholeWordStart && isWordChar(codePointBefore(text, start))) continue;
        // A digit may follow a name: the sources run footnote numbers and list numbers into words ("University4.Lifan").
        if (pattern.wholeWordEnd && isWordChar(text.codePointAt(offset), false)) continue;
        candidates.push({ start, end: offset, key: pattern.key, alias: pattern.text });
      }
    }

    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions: Mention[] = [];
    let covered = 0;
    for (const candidate of candidates) {
      if (candidate.start < covered) continue;
      mentions.push(candidate);
      covered = candidate.end;
    }
    return mentions;
  }
}

/** Adds an alias to the trie. */
function insert(nodes: Node[], text: string, index: number) {
  let state = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const node = nodes[state]!;
    let next = node.next.get(code);
    if (next === undefined) {
      next = nodes.push({ next: new Map(), fail: 0, outputs: [] }) - 1;
      node.next.set(code, next);
    }
    state = next;
  }
  nodes[state]!.outputs.push(index);
}

/** Breadth-first failure links, so the scan never backtracks. */
function link(nodes: Node[]) {
  const queue = [...nodes[0]!.next.values()];
  for (let head = 0; head < queue.length; head += 1) {
    const node = nodes[queue[head]!]!;
    for (const [code, child] of node.next) {
      let fallback = node.fail;
      while (fallback !== 0 && !nodes[fallback]!.next.has(code)) fallback = nodes[fallback]!.fail;
      const target = nodes[fallback]!.next.get(code);
      const childNode = nodes[child]!;
      childNode.fail = target !== undefined && target !== child ? target : 0;
      childNode.outputs.push(...nodes[childNode.fail]!.outputs);
      queue.push(child);
    }
  }
}
