/**
 * Checks that a quoted passage says what a fact claims: the quote must occur,
 * verbatim after whitespace normalisation, in the source block it names.
 */
import { normalizeWhitespace, type Paragraph } from './paragraphs.ts';

export interface Citation {
  /** Block of the document (the n of p-n). */
  paragraph: number;
  /** The words of that block that state the fact. */
  quote: string;
}

/** What is wrong with a citation, or null when the quote is in its paragraph. */
export function citationProblem(blocks: readonly Paragraph[], citation: Citation): string | null {
  const block = blocks[citation.paragraph - 1];
  if (!block) return `paragraph ${citation.paragraph} does not exist (the source has ${blocks.length})`;
  const quote = normalizeWhitespace(citation.quote);
  if (quote === '') return 'the quote is empty';
  if (block.text.includes(quote)) return null;
  const elsewhere = blocks.find((other) => other.text.includes(quote));
  return elsewhere
    ? `the quote "${quote}" is not in paragraph ${citation.paragraph} but in paragraph ${elsewhere.n}`
    : `the quote "${quote}" is not in paragraph ${citation.paragraph}: "${block.text.slice(0, 120)}…"`;
}
