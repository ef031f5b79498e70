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

/** An alias as the scan uses it: its length in code points, and which of its ends must fall on a word boundary. */
interface Pattern extends Alias {
  length: number;
  wholeWordStart: boolean;
  wholeWordEnd: boolean;
}

export class MentionMatcher {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, outputs: [] }];
  private readonly patterns: Pattern[];

  constructor(aliases: readonly Alias[]) {
    this.patterns = aliases
      .filter((alias) => alias.text.length > 0)
      .map((alias) => ({ ...alias, length: [...alias.text].length, wholeWordStart: isWordChar(alias.text.codePointAt(0)), wholeWordEnd: isWordChar(alias.text.at(-1)?.codePointAt(0)) }));
    this.patterns.forEach((pattern, index) => this.insert(pattern.text, index));
    this.link();
  }

  private insert(text: string, index: number) {
    let state = 0;
    for (const char of text) {
      const code = char.codePointAt(0)!;
      const node = this.nodes[state]!;
      let next = node.next.get(code);
      if (next === undefined) {
        next = this.nodes.push({ next: new Map(), fail: 0, outputs: [] }) - 1;
        node.next.set(code, next);
      }
      state = next;
    }
    this.nodes[state]!.outputs.push(index);
  }

  /** Breadth-first failure links, so the scan never backtracks. */
  private link() {
    const queue = [...this.nodes[0]!.next.values()];
    while (queue.length > 0) {
      const state = queue.shift()!;
      const node = this.nodes[state]!;
      for (const [code, child] of node.next) {
        let fallback = node.fail;
        while (fallback !== 0 && !this.nodes[fallback]!.next.has(code)) fallback = this.nodes[fallback]!.fail;
        const target = this.nodes[fallback]!.next.get(code);
        const childNode = this.nodes[child]!;
        childNode.fail = target !== undefined && target !== child ? target : 0;
        childNode.outputs.push(...this.nodes[childNode.fail]!.outputs);
        queue.push(child);
      }
    }
  }

  /** Every mention in `text`, in order, none overlapping another. */
  find(text: string): Mention[] {
    const candidates: Mention[] = [];
    // The text's code points, and where each begins in UTF-16 units, so that mentions slice the string directly.
    const codes: number[] = [];
    const offsets: number[] = [];
    for (let offset = 0; offset < text.length; ) {
      const code = text.codePointAt(offset)!;
      codes.push(code);
      offsets.push(offset);
      offset += code > 0xffff ? 2 : 1;
    }
    offsets.push(text.length);

    // A plain loop with one lookup per step: this scan runs over every paragraph twice in a build.
    let state = 0;
    for (let position = 0; position < codes.length; position += 1) {
      const code = codes[position]!;
      let next = this.nodes[state]!.next.get(code);
      while (next === undefined && state !== 0) {
        state = this.nodes[state]!.fail;
        next = this.nodes[state]!.next.get(code);
      }
      state = next ?? 0;
      for (const index of this.nodes[state]!.outputs) {
        const pattern = this.patterns[index]!;
        const first = position + 1 - pattern.length;
        if (pattern.wholeWordStart && isWordChar(codes[first - 1])) continue;
        // A digit may follow a name: the sources run footnote numbers and list numbers into words ("University4.Lifan").
        if (pattern.wholeWordEnd && isWordChar(codes[position + 1], false)) continue;
        candidates.push({ start: offsets[first]!, end: offsets[position + 1]!, key: pattern.key, alias: pattern.text });
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
