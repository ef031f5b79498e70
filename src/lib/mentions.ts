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
  next: Map<string, number>;
  fail: number;
  /** Aliases ending here: its own, and those of the suffixes its failure links reach. */
  outputs: number[];
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/** A letter (or, with `digits`, a digit) of a script that separates words with spaces. */
function isWordChar(char: string | undefined, digits = true): boolean {
  return char !== undefined && (digits ? LETTER_OR_DIGIT : LETTER).test(char) && !HAN.test(char);
}

export class MentionMatcher {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, outputs: [] }];
  private readonly aliases: Alias[];

  constructor(aliases: readonly Alias[]) {
    this.aliases = aliases.filter((alias) => alias.text.length > 0);
    this.aliases.forEach((alias, index) => this.insert(alias.text, index));
    this.link();
  }

  private insert(text: string, index: number) {
    let state = 0;
    for (const char of text) {
      const node = this.nodes[state]!;
      let next = node.next.get(char);
      if (next === undefined) {
        next = this.nodes.push({ next: new Map(), fail: 0, outputs: [] }) - 1;
        node.next.set(char, next);
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
      for (const [char, child] of node.next) {
        let fallback = node.fail;
        while (fallback !== 0 && !this.nodes[fallback]!.next.has(char)) fallback = this.nodes[fallback]!.fail;
        const target = this.nodes[fallback]!.next.get(char);
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
    const chars = [...text];
    // Offsets in UTF-16 units, so that mentions slice the string directly.
    const offsets: number[] = [];
    let offset = 0;
    for (const char of chars) {
      offsets.push(offset);
      offset += char.length;
    }
    offsets.push(offset);

    let state = 0;
    chars.forEach((char, position) => {
      while (state !== 0 && !this.nodes[state]!.next.has(char)) state = this.nodes[state]!.fail;
      state = this.nodes[state]!.next.get(char) ?? 0;
      for (const index of this.nodes[state]!.outputs) {
        const alias = this.aliases[index]!;
        const length = [...alias.text].length;
        const first = position + 1 - length;
        if (isWordChar(alias.text[0]) && isWordChar(chars[first - 1])) continue;
        // A digit may follow a name: the sources run footnote numbers and list numbers into words ("University4.Lifan").
        if (isWordChar(alias.text.at(-1)) && isWordChar(chars[position + 1], false)) continue;
        candidates.push({ start: offsets[first]!, end: offsets[position + 1]!, key: alias.key, alias: alias.text });
      }
    });

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
