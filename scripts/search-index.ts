/**
 * The search step of the build (scripts/build.ts runs it once Astro has
 * written the pages): indexes the built site with Pagefind into dist/pagefind/,
 * which the search page loads: one search box over English, Chinese and
 * German. The index is built as Chinese, so that Chinese text is segmented
 * into words (a query for 青云 finds 青云QingCloud); English and German words
 * are separated by spaces anyway and keep working, without stemming. (Indexes
 * per language, merged in the browser, would gain nothing: Pagefind searches
 * every merged index with the first one's language module.)
 *
 * A large archive is indexed as several bundles of bounded size (BUNDLE_WORDS),
 * the first in dist/pagefind/, the others in folders beneath it that it lists;
 * the search page merges them, and they share the first one's WebAssembly. The
 * full text (src/lib/search-bundles.ts) is indexed first, in a pass over the
 * pages of its own, then the catalogue: once the full text fills a bundle, the
 * two parts get bundles of their own, the catalogue's first, so that a cold
 * search answers from the catalogue while the full text loads.
 *
 * A transcription is indexed by section (a few thousand characters each), each
 * a record of its own: a query downloads the text of that section rather than
 * of a whole 90 KB paper. Each paragraph of a section is marked by its id, so a
 * result still leads to the paragraph that holds the match, and each source
 * heading in it is a sub-result (src/scripts/search.ts shows both); Pagefind's
 * list of records, which a cold search loads whole, then holds a few sections
 * per document rather than one for every four paragraphs and every heading.
 *
 * It runs in a process of its own rather than in an Astro hook, so that
 * parsing the pages is not slowed down by the collection of Astro's heap, and
 * alongside Astro's: the transcriptions, most of what it indexes, are indexed
 * as Astro writes the documents' pages, on what Astro's rendering, one page at
 * a time, leaves of the processors (scripts/build.ts gives Astro the priority);
 * the rest of the site once Astro has ended. The index comes out as if every page were read after the build.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import type { HTMLFile, PagefindIndex } from 'pagefind';
import { BUNDLE_LIST, bundleFolder, searchPartOf, type BundleList, type SearchPart } from '../src/lib/search-bundles.ts';
import { readTranscriptionPage, sectionPage, sections, sectionTitle } from '../src/lib/search-sections.ts';

/** The pagefind module: the API of one Pagefind service. */
type PagefindService = typeof pagefind;

/**
 * What the build prints once Astro has ended and the search step goes on alone; the scale benchmark times
 * the two from it. Here rather than in scripts/build.ts, which builds the site when it is imported.
 */
export const ASTRO_ENDED = '[build] Astro has ended; the search step goes on alone';

/** How long the search step waits before looking again for a page Astro is still writing. */
const POLL_MS = 50;

/** Requests to Pagefind awaiting an answer at most: enough to keep it busy, few enough to bound the memory they hold. */
const IN_FLIGHT = 16;

/** Word locations per index chunk: Pagefind's own setting, read from its environment. */
const INDEX_CHUNK_SIZE = 4000;

/**
 * Distinct words per record, summed, that one bundle holds at most. Pagefind keeps
 * every record's words until it writes the bundle, then builds a second, larger copy:
 * its memory follows this sum, not the number of records (measured: 2.1 GB for 5.4
 * million, 1.1 GB for 3.0 million). A larger archive is indexed as several bundles, a
 * Pagefind process each, one writing its bundle while the next fills its own, which
 * the search page merges (src/scripts/search.ts). The cost of a bundle: each ranks its results by
 * its own statistics, and one without a query's word falls back to a shorter word it
 * has, so rare words bring unrelated results; fewer, larger bundles keep that rare. As large
 * as two processes at once allow within 3 GB with room to spare: at 10,000 documents the whole
 * step peaked at 2.9 GB with 5 million (12 bundles) and 2.5 GB with 4.5 million (13), in as much CPU time.
 */
export const BUNDLE_WORDS = 4_500_000;

/** How a page's transcription begins (src/components/Transcription.astro). */
const TRANSCRIPTION = '<article class="transcription';
/** How it ends (it holds no article of its own). */
const TRANSCRIPTION_END = '</article>';

/**
 * The Astro build the search step runs alongside, as scripts/build.ts runs it.
 */
export interface AstroBuild {
  /** Settles when Astro's process ends: fulfilled once it has written every page, rejected if it failed. */
  ended: Promise<void>;
  /**
   * The pages that hold a transcription, as files relative to the site's root, known before
   * Astro writes them: every document's page, and no other (the step fails otherwise).
   */
  transcriptionPages: string[];
}

/** The file of each document's page, from the archive's document files (each one's id its name). */
export function documentPages(contentFolder = 'content/documents'): string[] {
  return readdirSync(contentFolder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `documents/${name.slice(0, -'.mdx'.length)}/index.html`);
}

/**
 * A page of the site as soon as Astro has written it whole. Astro writes a page once, when it
 * is rendered; one being written is a beginning of itself, and only the whole page ends with
 * `</html>`. A page not there once Astro has ended was never going to be.
 */
async function builtPage(file: string, astro: { ended: boolean; result: Promise<void> }): Promise<string> {
  for (;;) {
    // Read before the file: if Astro had ended by then, the file is as it will stay.
    const ended = astro.ended;
    const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (html.endsWith('</html>')) return html;
    if (ended) {
      // A failed Astro is the error to report, not the page it did not write.
      await astro.result;
      throw new Error(`the build holds no complete ${file}`);
    }
    await sleep(POLL_MS);
  }
}

/** Whether Pagefind would index the page: once any page marks its body, as ours do, it leaves out those that do not. */
function marksBody(html: string): boolean {
  return html.includes('data-pagefind-body');
}

/** Every built page, in a fixed order (a search index is part of a reproducible build). */
function htmlPages(root: string): string[] {
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((path) => path.endsWith('.html'))
    .map((path) => path.split(sep).join('/'))
    .sort();
}

/** The transcription on a page, by section, each as HTML for Pagefind; none when the page holds no transcription. */
function transcriptionSections(html: string, page: string): Array<{ id: string; file: HTMLFile }> {
  // Most pages hold none: this spares parsing them.
  if (!html.includes(TRANSCRIPTION)) return [];
  const transcription = readTranscriptionPage(html);
  if (!transcription) return [];
  const { title, meta, filters } = transcription;
  return sections(transcription.blocks).map((section) => ({
    id: section.id,
    file: { url: `${page}#${section.id}`, content: sectionPage(section, { ...meta, title: sectionTitle(title, section) }, filters) },
  }));
}

/**
 * The page without its transcription, which Pagefind would parse only to leave out
 * (it is marked data-pagefind-ignore="all" and indexed by section): transcriptions
 * are a quarter of the HTML of a large archive, and the index comes out the same.
 */
function withoutTranscription(html: string): string {
  const start = html.indexOf(TRANSCRIPTION);
  if (start < 0) return html;
  const end = html.indexOf(TRANSCRIPTION_END, start) + TRANSCRIPTION_END.length;
  // An article inside it would end the cut early and leave the rest to be indexed with the page.
  if (html.lastIndexOf('<article', end) !== start) throw new Error('a transcription holds an article of its own: the search step cannot cut it out');
  return html.slice(0, start) + html.slice(end);
}

export interface SearchIndexSummary {
  /** Records indexed: pages and transcription sections. */
  records: number;
  sections: number;
  /** The bundles, the first the one the search page loads: folder relative to the site's root, part, and distinct words per record summed. */
  bundles: Array<{ folder: string; part: SearchPart; words: number }>;
}

/**
 * The site path of a built page, `documents/x/index.html` as `/documents/x/`: site-relative, like the
 * URLs Pagefind computes for pages; the search page adds the base path to both.
 */
function sitePathOf(sourcePath: string): string {
  return `/${sourcePath.split('/').slice(0, -1).join('/')}/`;
}

/**
 * Indexes the site that `astro` builds into `root` (its pagefind/ folder is replaced), the
 * transcriptions as Astro writes them, the rest once it has ended.
 */
export async function indexSearch(root: string, astro: AstroBuild, bundleWords = BUNDLE_WORDS): Promise<SearchIndexSummary> {
  const output = join(root, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  // Smaller index chunks than Pagefind's default (20,000 word locations): a query downloads
  // one chunk per word, and at the default a three-word query alone would cost 75 KB.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
  // Pagefind's allocator (jemalloc) otherwise keeps an arena per thread. Measured at 2,000
  // documents: one arena indexes in three quarters of the time; also handing freed memory back
  // at once (dirty_decay_ms:0) lowered the peak by a twentieth and doubled the time.
  process.env['_RJEM_MALLOC_CONF'] ??= 'narenas:1';

  const astroEnded = astro.ended.finally(() => {
    building.ended = true;
  });
  const building = { ended: false, result: astroEnded };
  // Awaited once the transcriptions are indexed; a failure before then ends the wait for a page.
  astroEnded.catch(() => undefined);

  const bundles: SearchIndexSummary['bundles'] = [];
  const summary = { records: 0, sections: 0, bundles };
  const services = await pagefindServices();
  // The service filling the bundle being filled, and the bundle, opened with its first record.
  let filling = services[0];
  let index: PagefindIndex | undefined;
  let holdsFullText = false;
  // The other service's writing of the bundle before, if it has not ended.
  let written: Promise<void> | undefined;
  // The distinct words of each record sent and not yet counted, oldest first. Whether a
  // bundle is full is decided on records whose answer came back, in the order sent, so
  // the same site is always cut into the same bundles.
  let unanswered: Array<Promise<number | Error>> = [];
  let words = 0;
  const count = (answer: number | Error) => {
    if (answer instanceof Error) throw answer;
    words += answer;
  };
  /**
   * Hands the bundle being filled to be written, and the next bundle to the other service:
   * writing a bundle takes Pagefind longer than filling it, on one core, so the two overlap.
   * It waits for the bundle before to be written first: two Pagefind processes at most.
   * The first bundle is written last, the others numbered in the order written.
   */
  const writeBundle = async (first = false) => {
    if (!index) return;
    for (const answer of unanswered) count(await answer);
    const folder = `pagefind/${bundleFolder(first ? 1 : bundles.length + 2)}`;
    bundles.push({ folder, part: holdsFullText ? 'fullText' : 'catalogue', words });
    await written;
    const writer = filling;
    filling = writer === services[0] ? services[1] : services[0];
    written = index.writeFiles({ outputPath: join(root, folder) }).then(async ({ errors }) => {
      // Ended: the memory of this process goes back to the system; the next bundle it fills starts a new one.
      await writer.close();
      if (errors.length > 0) throw new Error(`Pagefind could not write ${folder}: ${errors.join('; ')}`);
    });
    // Awaited with the next bundle or at the end; until then a failure is held, not reported as unhandled.
    written.catch(() => undefined);
    unanswered = [];
    words = 0;
    index = undefined;
    holdsFullText = false;
  };
  const add = async (part: SearchPart, what: string, file: HTMLFile) => {
    if (unanswered.length >= IN_FLIGHT) count(await unanswered.shift()!);
    if (words >= bundleWords) await writeBundle();
    index ??= await openIndex(filling);
    holdsFullText ||= part === 'fullText';
    unanswered.push(
      index
        .addHTMLFile(file)
        .then((response) =>
          response.errors.length > 0 ? new Error(`Pagefind could not index ${what}: ${response.errors.join('; ')}`) : response.file.uniqueWords,
        ),
    );
    summary.records += 1;
  };

  try {
    // The full text, first the transcriptions, read in a fixed order as Astro writes them (it
    // writes in the order of their addresses too, so the wait for the next is short)...
    const transcriptionPages = new Set(astro.transcriptionPages);
    for (const sourcePath of [...transcriptionPages].sort()) {
      const html = await builtPage(join(root, sourcePath), building);
      if (!marksBody(html)) continue;
      const found = transcriptionSections(html, sitePathOf(sourcePath));
      if (found.length === 0) throw new Error(`${sourcePath}, a document's page, holds no transcription`);
      for (const { id, file } of found) {
        await add('fullText', `${sourcePath}#${id}`, file);
        summary.sections += 1;
      }
    }
    await astroEnded;
    // ...then the pages of the full text's own (events, timelines), then the catalogue's: each page
    // in the order of its address, as the transcriptions, whose pages come before any of them.
    const pages = htmlPages(root);
    for (const part of ['fullText', 'catalogue'] as const) {
      for (const sourcePath of pages.filter((sourcePath) => searchPartOf(sitePathOf(sourcePath)) === part)) {
        const html = readFileSync(join(root, sourcePath), 'utf8');
        if (!transcriptionPages.has(sourcePath) && html.includes(TRANSCRIPTION)) {
          throw new Error(`${sourcePath} holds a transcription, which only documents' pages do: the search step did not index it`);
        }
        if (!marksBody(html)) continue;
        await add(part, sourcePath, { sourcePath, content: withoutTranscription(html) });
      }
      // A full text that filled a bundle gets bundles of its own, and the catalogue starts afresh,
      // so that a cold search waits for the catalogue only; a small archive's full text and
      // catalogue share one bundle, ranked together.
      if (part === 'fullText' && bundles.length > 0) await writeBundle();
    }
    // The catalogue, or its last part, is the first bundle, the one the search page starts from.
    await writeBundle(true);
    await written;
    const list: BundleList = { catalogue: [], fullText: [] };
    for (const { folder, part } of bundles.slice(0, -1)) list[part].push(folder.slice('pagefind/'.length));
    writeFileSync(join(output, BUNDLE_LIST), JSON.stringify(list));
    summary.bundles.unshift(summary.bundles.pop()!);
    return summary;
  } finally {
    // Pagefind runs as child processes, which would otherwise keep this one alive after a failure.
    for (const service of services) await service.close();
  }
}

/**
 * Two Pagefind services, one process each. The pagefind module keeps one service per
 * instance of itself: the second instance, loaded under a URL of its own, has its own.
 */
async function pagefindServices(): Promise<[PagefindService, PagefindService]> {
  const module = import.meta.resolve('pagefind');
  return [pagefind, (await import(`${module}?second-service`)) as PagefindService];
}

async function openIndex(service: PagefindService): Promise<PagefindIndex> {
  const { index, errors } = await service.createIndex({ forceLanguage: 'zh' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}
