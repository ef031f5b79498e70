/**
 * How the search step (scripts/search-index.ts) reads a transcription from its
 * built page, cuts it into search records, names them and hands them to
 * Pagefind as HTML.
 */
import { Parser } from 'htmlparser2';
import { escapeMarkup } from './markup.ts';
import { normalizeWhitespace } from './paragraphs.ts';

/** A paragraph or heading of a transcription, as the search indexes it. */
export interface Block {
  /** Its id on the page, p-<number> with a suffix for a translation. */
  id: string;
  /** Its text, without the site's apparatus, whitespace normalised. */
  text: string;
  isHeading: boolean;
}

/** A search record: consecutive blocks of one transcription. */
export interface Section {
  /** Id of the first block, the link target. */
  id: string;
  /** The source heading that opens the section, or under which it begins. */
  heading: { text: string; opens: boolean } | undefined;
  /** Paragraph numbers, each once (an original and its translation share one). */
  numbers: number[];
  blocks: Block[];
  /** Characters of its blocks' text. */
  length: number;
}

/** What the search step takes from a page that holds a transcription. */
export interface TranscriptionPage {
  /** The text of the page's first h1. */
  title: string;
  /** The text of each element marked data-pagefind-meta, by key (the last one's, where a key repeats). */
  meta: Record<string, string>;
  /** The texts of the elements marked data-pagefind-filter, by key, in page order. */
  filters: Record<string, string[]>;
  /** The blocks of the transcription (the first article.transcription), in page order. */
  blocks: Block[];
}

/** Elements whose text the search leaves out of a block, and blocks inside which it skips. */
const APPARATUS = ['data-apparatus', 'data-pagefind-ignore'];

/** An open element whose text is being collected. */
interface Collecting {
  /** How many elements are open around it, itself included. */
  depth: number;
  /** Whether the text of the site's apparatus inside it is left out. */
  withoutApparatus: boolean;
  /** Where its text goes: `text` of this object. */
  into: { text: string };
}

/**
 * The transcription on a built page and the page's title, metadata and filters; none
 * when the page holds no transcription. One pass of a streaming parser, the one a DOM
 * would be built with, each text kept where it is found as the elements open: a DOM
 * of every page took the search step's process most of its time. Measured over the
 * 2,000 transcription pages of 2,000 documents: 40 s with a DOM, 2.5 s in one pass.
 */
export function readTranscriptionPage(html: string): TranscriptionPage | undefined {
  let title: { text: string } | undefined;
  const meta: Array<{ key: string; text: string }> = [];
  const filters: Array<{ key: string; text: string }> = [];
  const blocks: Block[] = [];
  let depth = 0;
  // The transcription's depth while it is open; 0 before it, -1 after it.
  let transcriptionDepth = 0;
  // The depth of each open element of the apparatus, innermost last.
  const apparatus: number[] = [];
  const collecting: Collecting[] = [];
  const collect = <T extends { text: string }>(into: T, withoutApparatus = false): T => {
    collecting.push({ depth, withoutApparatus, into });
    return into;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth += 1;
        const isApparatus = APPARATUS.some((attribute) => attribute in attributes);
        if (name === 'h1' && !title) title = collect({ text: '' });
        const metaKey = attributes['data-pagefind-meta'];
        if (metaKey !== undefined) meta.push(collect({ key: metaKey, text: '' }));
        const filterKey = attributes['data-pagefind-filter'];
        if (filterKey !== undefined) filters.push(collect({ key: filterKey, text: '' }));
        if (transcriptionDepth === 0 && name === 'article' && (attributes['class'] ?? '').split(/\s+/).includes('transcription')) {
          transcriptionDepth = depth;
        } else if (transcriptionDepth > 0 && attributes['id']?.startsWith('p-') && !isApparatus && (apparatus.at(-1) ?? 0) <= transcriptionDepth) {
          blocks.push(collect({ id: attributes['id'], isHeading: /^h[1-6]$/.test(name), text: '' }, true));
        }
        if (isApparatus) apparatus.push(depth);
      },
      ontext(text) {
        const innermostApparatus = apparatus.at(-1) ?? 0;
        for (const open of collecting) if (!open.withoutApparatus || innermostApparatus <= open.depth) open.into.text += text;
      },
      onclosetag() {
        if (apparatus.at(-1) === depth) apparatus.pop();
        if (transcriptionDepth === depth) transcriptionDepth = -1;
        while (collecting.at(-1)?.depth === depth) collecting.pop();
        depth -= 1;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true },
  );
  parser.end(html);
  if (transcriptionDepth === 0) return undefined;
  const grouped: TranscriptionPage['filters'] = {};
  for (const { key, text } of filters) (grouped[key] ??= []).push(text);
  return {
    title: normalizeWhitespace(title?.text ?? ''),
    meta: Object.fromEntries(meta.map(({ key, text }) => [key, text])),
    filters: grouped,
    blocks: blocks.map((block) => ({ ...block, text: normalizeWhitespace(block.text) })),
  };
}

/**
 * Characters a section grows to before the next paragraph opens a new one: about a
 * screen of text. Larger sections mean fewer records for a cold search to list, but
 * more text downloaded for each result shown.
 */
const SECTION_CHARACTERS = 4000;

/**
 * The transcription cut every few thousand characters. Headings do not cut it: within
 * a section they are sub-results of their own, and sections of a few lines each would
 * multiply the records.
 */
export function sections(blocks: Block[]): Section[] {
  const found: Section[] = [];
  let heading: string | undefined;
  for (const block of blocks) {
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
