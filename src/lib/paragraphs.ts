/**
 * The paragraph model shared by anchors, fidelity checks and citations.
 *
 * The sources are fixed and checksummed, so their blocks can be numbered once
 * and for all: block n of a document is the n-th block of its source text, and
 * the rendered page gives it the id `p-n`.
 *
 * A block is one non-blank line of the source. A line that ends in two or more
 * spaces (a Markdown hard line break) continues into the next line, so a title
 * page or a reference with its URL on a second line stays one block. Thematic
 * breaks (`---`) separate blocks but carry no text, so they are not numbered.
 */

export interface SourceBlock {
  /** 1-based position among the numbered blocks: the `n` of `p-n`. */
  n: number;
  /** 1-based line of the source where the block starts. */
  line: number;
  /** The block exactly as written in the source, lines joined by "\n". */
  raw: string;
  /** The block as a reader sees it: markup stripped, whitespace normalised. */
  text: string;
  /** What the source's own markup makes of the block. */
  kind: BlockKind;
}

export type BlockKind = 'heading' | 'list-item' | 'paragraph';

/** A block as the build keeps it for its pages: its number and its text. */
export type Paragraph = Pick<SourceBlock, 'n' | 'text'>;

const HARD_BREAK = /[ \t]{2,}$/;
const THEMATIC_BREAK = /^\s*([-*_])(\s*\1){2,}\s*$/;
const HEADING = /^\s{0,3}(#{1,6})\s+/;
const BULLET = /^\s{0,3}[-+*]\s+/;

/** Splits a source text into its numbered blocks. */
export function splitBlocks(source: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let pending: string[] = [];
  let pendingLine = 0;

  const flush = () => {
    if (pending.length === 0) return;
    const raw = pending.join('\n');
    pending = [];
    if (THEMATIC_BREAK.test(raw)) return;
    const text = plainText(raw);
    if (text === '') return;
    blocks.push({ n: blocks.length + 1, line: pendingLine, raw, text, kind: blockKind(raw) });
  };

  source.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') {
      flush();
      return;
    }
    if (pending.length === 0) pendingLine = index + 1;
    pending.push(line);
    if (!HARD_BREAK.test(line)) flush();
  });
  flush();
  return blocks;
}

export function blockKind(raw: string): BlockKind {
  if (HEADING.test(raw)) return 'heading';
  if (BULLET.test(raw)) return 'list-item';
  return 'paragraph';
}

/** Whitespace that normalizing changes: any but a space, two spaces in a row, a space at either end. */
const IRREGULAR_WHITESPACE = /[^\S ]| {2}|^ | $/u;

/** Collapses every run of whitespace (including no-break spaces and tabs) to one space. */
export function normalizeWhitespace(text: string): string {
  // Most text is normal already, and looking costs less than copying it (the build normalizes every paragraph of every source).
  return IRREGULAR_WHITESPACE.test(text) ? text.replace(/\s+/gu, ' ').trim() : text;
}

const LINK = /\[((?:\\.|[^\]\\])*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g;
const AUTOLINK = /<((?:https?:|mailto:)[^>\s]+)>/g;
const INLINE_TAG = /<\/?(?:sup|sub|b|i|em|strong)>/g;
const EMPHASIS = /\*+/g;
// CommonMark: a backslash escapes ASCII punctuation only; before anything else it is a literal backslash.
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * The text a reader sees in a block of source Markdown: heading and bullet
 * markers, emphasis, inline tags and link targets are dropped, escapes are
 * resolved, whitespace is normalised. Plain-text sources pass through unchanged
 * apart from whitespace.
 */
export function plainText(raw: string): string {
  const text = raw
    .split('\n')
    .map((line) => line.replace(HEADING, '').replace(BULLET, ''))
    .join('\n')
    .replace(LINK, '$1')
    .replace(AUTOLINK, '$1')
    .replace(INLINE_TAG, '')
    .replace(EMPHASIS, '')
    .replace(ESCAPE, '$1');
  return normalizeWhitespace(text);
}
