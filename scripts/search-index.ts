/**
 * The search step of the build (scripts/build.ts runs it once Astro has
 * written the pages): indexes the built site with Pagefind into one
 * bundle, dist/pagefind/, which the search page loads: one search box over
 * English, Chinese and German. The index is built as Chinese, so that Chinese
 * text is segmented into words (a query for 青云 finds 青云QingCloud); English
 * and German words are separated by spaces anyway and keep working, without
 * stemming. One bundle also means one WebAssembly module to download: three
 * language bundles, merged, would each bring their own (about 55 KB each,
 * compressed) and break the budget for a cold search (README, "Search").
 *
 * A transcription is indexed by section (cut at each heading and every few
 * paragraphs), each a record of its own that links to its first paragraph: a
 * result then leads to the passage, and a query downloads the text of that
 * section rather than of a whole 90 KB paper.
 *
 * It runs in a process of its own rather than in an Astro hook: Astro's memory
 * (several GB for a large archive, mostly garbage) is returned before Pagefind,
 * which needs as much, starts, and parsing the pages is not slowed down by the
 * collection of Astro's heap.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import * as pagefind from 'pagefind';
import { normalizeWhitespace } from '../src/lib/paragraphs.ts';

/** Requests to Pagefind awaiting an answer at most: enough to keep it busy, few enough to bound the memory they hold. */
const IN_FLIGHT = 16;

/** Word locations per index chunk: Pagefind's own setting, read from its environment. */
const INDEX_CHUNK_SIZE = 4000;

/** The document pages (documents/<slug>/index.html): those that hold a transcription. */
function documentPages(root: string): string[] {
  return readdirSync(join(root, 'documents'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, 'documents', entry.name, 'index.html'))
    .filter((path) => existsSync(path))
    .sort();
}

interface Section {
  /** Id of the first block, the link target. */
  id: string;
  /** The source heading that opens it, if one does. */
  heading: string | undefined;
  blocks: number[];
  text: string[];
}

/** Blocks per search record at most: a result then lands within a few paragraphs of its match. */
const SECTION_BLOCKS = 4;

/** The transcription cut at its headings and every few paragraphs, each part's text without the site's apparatus. */
function sections(article: Element): Section[] {
  const found: Section[] = [];
  for (const block of article.querySelectorAll('[id^="p-"]')) {
    const ignored = block.closest('[data-apparatus], [data-pagefind-ignore]');
    if (ignored && ignored !== article) continue;
    const copy = block.cloneNode(true) as Element;
    copy.querySelectorAll('[data-apparatus], [data-pagefind-ignore]').forEach((node) => node.remove());
    const text = normalizeWhitespace(copy.textContent ?? '');
    const isHeading = /^H[1-6]$/.test(block.tagName);
    const number = Number(/^p-(\d+)/.exec(block.id)![1]);
    const current = found.at(-1);
    const isNewBlock = current?.blocks.at(-1) !== number;
    if (!current || isHeading || (isNewBlock && current.blocks.length >= SECTION_BLOCKS)) {
      found.push({ id: block.id, heading: isHeading ? text : undefined, blocks: [], text: [] });
    }
    const section = found.at(-1)!;
    if (isNewBlock) section.blocks.push(number);
    section.text.push(text);
  }
  return found;
}

function sectionTitle(title: string, section: Section): string {
  if (section.heading) return `${title} — ${section.heading}`;
  const first = section.blocks[0];
  const last = section.blocks.at(-1);
  return `${title} — ${first === last ? `paragraph ${first}` : `paragraphs ${first}–${last}`}`;
}

/** Indexes the site built into `root` (its pagefind/ folder is replaced); returns the number of transcription sections indexed. */
export async function indexSearch(root: string): Promise<number> {
  const output = join(root, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  // Smaller index chunks than Pagefind's default (20,000 word locations): a query downloads
  // one chunk per word, and at the default a three-word query alone would cost 75 KB.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Requests are pipelined: Pagefind answers each by its message id, and waiting for every
    // answer before sending the next request left the indexer idle for most of the step.
    const inFlight = new Set<Promise<void>>();
    const check = async (what: string, request: Promise<{ errors: string[] }>) => {
      const checked = request.then((response) => {
        if (response.errors.length > 0) throw new Error(`Pagefind could not index ${what}: ${response.errors.join('; ')}`);
      });
      inFlight.add(checked);
      checked.then(
        () => inFlight.delete(checked),
        () => inFlight.delete(checked),
      );
      if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    };
    // Pagefind reads and parses the pages itself, on every core; the transcriptions, which the
    // pages mark data-pagefind-ignore="all", are added below by section.
    const added = await index.addDirectory({ path: root });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the pages: ${added.errors.join('; ')}`);
    let records = 0;
    for (const file of documentPages(root)) {
      const sourcePath = relative(root, file);
      const parsed = parseHTML(readFileSync(file, 'utf8')).document;
      const transcription = parsed.querySelector('article.transcription');
      if (!transcription) continue;
      // Site-relative, like the URLs Pagefind computes for pages: the search page adds the base path to both.
      const page = `/${sourcePath.split(sep).slice(0, -1).join('/')}/`;
      const title = normalizeWhitespace(parsed.querySelector('h1')?.textContent ?? '');
      const meta = Object.fromEntries(
        [...parsed.querySelectorAll('[data-pagefind-meta]')].map((node) => [node.getAttribute('data-pagefind-meta')!, node.textContent ?? '']),
      );
      const filters: Record<string, string[]> = {};
      for (const node of parsed.querySelectorAll('[data-pagefind-filter]')) {
        (filters[node.getAttribute('data-pagefind-filter')!] ??= []).push(node.textContent ?? '');
      }
      for (const section of sections(transcription)) {
        await check(`${sourcePath}#${section.id}`, index.addCustomRecord({
          url: `${page}#${section.id}`,
          content: section.text.join('\n'),
          language: 'zh',
          meta: { ...meta, title: sectionTitle(title, section) },
          filters,
        }));
        records += 1;
      }
    }
    await Promise.all(inFlight);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return records;
  } finally {
    // Pagefind runs as a child process, which would otherwise keep this one alive after a failure.
    await pagefind.close();
  }
}
