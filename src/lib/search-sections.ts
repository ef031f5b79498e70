/**
 * How the search step (scripts/search-index.ts) cuts a transcription into
 * search records, names them and hands them to Pagefind as HTML.
 */
import { escapeMarkup } from './markup.ts';
import { normalizeWhitespace } from './paragraphs.ts';

interface Block {
  id: string;
  text: string;
  isHeading: boolean;
}

export interface Section {
  /** Id of the first block, the link target. */
  id: string;
  /** The source heading that opens the section, or under which it begins. */
  heading: { text: string; opens: boolean } | undefined;
  /** Paragraph numbers, each once (an original and its translation share one). */
  numbers: number[];
  blocks: Block[];
  length: number;
}

/**
 * Characters a section grows to before the next paragraph opens a new one: about a
 * screen of text. Larger sections mean fewer records for a cold search to list, but
 * more text downloaded for each result shown.
 */
const SECTION_CHARACTERS = 4000;

/**
 * The transcription cut every few thousand characters, each block's text without the
 * site's apparatus. Headings do not cut it: within a section they are sub-results of
 * their own, and sections of a few lines each would multiply the records.
 */
export function sections(article: Element): Section[] {
  const found: Section[] = [];
  let heading: string | undefined;
  for (const element of article.querySelectorAll('[id^="p-"]')) {
    const ignored = element.closest('[data-apparatus], [data-pagefind-ignore]');
    if (ignored && ignored !== article) continue;
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll('[data-apparatus], [data-pagefind-ignore]').forEach((node) => node.remove());
    const block = { id: element.id, text: normalizeWhitespace(copy.textContent ?? ''), isHeading: /^H[1-6]$/.test(element.tagName) };
    const number = Number(/^p-(\d+)/.exec(block.id)![1]);
    const current = found.at(-1);
    const isNewNumber = current?.numbers.at(-1) !== number;
    if (!current || (isNewNumber && current.length + block.text.length > SECTION_CHARACTERS)) {
      const opening = block.isHeading ? block.text : heading;
      found.push({ id: block.id, heading: opening === undefined ? undefined : { text: opening, opens: block.isHeading }, numbers: [], blocks: [], length: 0 });
    }
    if (block.isHeading) heading = block.text;
    const section = found.at(-1)!;
    if (isNewNumber) section.numbers.push(number);
    section.blocks.push(block);
    section.length += block.text.length;
  }
  return found;
}

/** The document's title, then the heading the section opens with or falls under (unless it repeats the title), or its paragraphs. */
export function sectionTitle(title: string, section: Section): string {
  const first = section.numbers[0];
  const last = section.numbers.at(-1);
  const paragraphs = first === last ? `paragraph ${first}` : `paragraphs ${first}–${last}`;
  const heading = section.heading?.text === title ? undefined : section.heading;
  if (heading?.opens) return `${title} — ${heading.text}`;
  if (heading) return `${title} — ${heading.text}, ${paragraphs}`;
  return `${title} — ${paragraphs}`;
}

/**
 * A section as the page Pagefind indexes: its blocks' text, the start of each marked
 * by its id on an empty element (Pagefind records where it begins without storing its
 * text a second time), headings kept as headings, and the document's metadata and
 * filters as attribute values, which Pagefind reads without indexing them as words.
 */
export function sectionPage(section: Section, meta: Record<string, string>, filters: Record<string, string[]>): string {
  const value = (kind: 'meta' | 'filter', key: string, text: string) =>
    `<span data-pagefind-${kind}="${escapeMarkup(key)}[data-value]" data-value="${escapeMarkup(text)}"></span>`;
  const facets = [
    ...Object.entries(meta).map(([key, text]) => value('meta', key, text)),
    ...Object.entries(filters).flatMap(([key, texts]) => texts.map((text) => value('filter', key, text))),
  ];
  const blocks = section.blocks.map((block) =>
    block.isHeading ? `<h2 id="${block.id}">${escapeMarkup(block.text)}</h2>` : `<p><span id="${block.id}"></span>${escapeMarkup(block.text)}</p>`,
  );
  return `<!doctype html><html><body data-pagefind-body>${facets.join('')}${blocks.join('\n')}</body></html>`;
}
