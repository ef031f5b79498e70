/** Reads pages of the built site (dist/), which `npm test` builds before running these tests. */
import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { normalizeWhitespace } from '../../src/lib/paragraphs.ts';

export function readBuiltPage(path: string): Document {
  const file = `dist${path}index.html`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/**
 * The text a reader sees in an element, as the source gave it: the site's own
 * apparatus (paragraph links, editorial notes, back-links) removed, line breaks
 * read as spaces, whitespace normalised.
 */
export function sourceTextOf(element: Element, exclude = '[data-apparatus]'): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll(exclude).forEach((node) => node.remove());
  copy.querySelectorAll('br').forEach((node) => node.replaceWith(' '));
  return normalizeWhitespace(copy.textContent ?? '');
}
