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
 * A transcription is indexed by section (a few thousand characters each), each
 * a record of its own: a query downloads the text of that section rather than
 * of a whole 90 KB paper. Each paragraph of a section is marked by its id, so a
 * result still leads to the paragraph that holds the match, and each source
 * heading in it is a sub-result (src/scripts/search.ts shows both); Pagefind's
 * list of records, which a cold search loads whole, then holds a few sections
 * per document rather than one for every four paragraphs and every heading.
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
import { sectionPage, sections, sectionTitle } from '../src/lib/search-sections.ts';

/** What the build prints as the search step begins; the scale benchmark times the step from it. */
export const SEARCH_STEP_STARTS = '[search-index] indexing the built pages';

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
        const content = sectionPage(section, { ...meta, title: sectionTitle(title, section) }, filters);
        await check(`${sourcePath}#${section.id}`, index.addHTMLFile({ url: `${page}#${section.id}`, content }));
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
