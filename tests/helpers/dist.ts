/** Reads pages of the built site (dist/), which `npm test` builds before running these tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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

/** Every HTML file of a built site, as a path relative to its folder ("documents/x/index.html"). */
export function builtHtmlFiles(dir = 'dist'): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(path);
      return entry.name.endsWith('.html') ? [relative(dir, path).split(sep).join('/')] : [];
    });
  if (!existsSync(dir)) throw new Error(`${dir}/ is missing: run \`npm run build\` first`);
  return walk(dir).sort();
}

/** The site path a built file is served at: "documents/x/index.html" → "/documents/x/". */
export const sitePathOf = (file: string) => `/${file}`.replace(/index\.html$/, '');
