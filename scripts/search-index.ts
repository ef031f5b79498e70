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
 * search answers from the catalogue while the full text loads, and the
 * catalogue is indexed on two Pagefind processes at once, its records dealt to
 * them in turn.
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

/**
 * The share of BUNDLE_WORDS a bundle of the catalogue holds at most when the catalogue is indexed in
 * two halves at once: two such bundles filled or written side by side take about the memory of one
 * full bundle written beside one being filled. At 10,000 documents each half fits one bundle.
 */
const CONCURRENT_SHARE = 3 / 4;

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

/** Where a page's title ends, and the element Pagefind indexes begins (src/layouts/). */
const TITLE_END = '</title>';
const BODY_MARK = 'data-pagefind-body';
/**
 * What Pagefind reads outside the element it indexes: its settings on any element, the page's
 * first h1 (its title) and the first image after it, the title element and the language.
 */
const READ_OUTSIDE_BODY = /data-pagefind-|<h1[\s>]|<img[\s>]/;

/**
 * The page without what lies between its title and the element Pagefind indexes (the rest of
 * the head, the site's header), which Pagefind would parse only to leave out: a sixth of what
 * the search step sends it for the catalogue, and the index comes out the same. A page that
 * holds there anything Pagefind reads is sent whole.
 */
function withoutChrome(html: string): string {
  const titleEnd = html.indexOf(TITLE_END);
  const bodyStart = html.lastIndexOf('<', html.indexOf(BODY_MARK));
  if (titleEnd < 0 || bodyStart < titleEnd) return html;
  const cut = titleEnd + TITLE_END.length;
  return READ_OUTSIDE_BODY.test(html.slice(cut, bodyStart)) ? html : html.slice(0, cut) + html.slice(bodyStart);
}

/** A built page as Pagefind's record of it, without its transcription; none if Pagefind would leave it out. */
function readPageRecord(root: string, sourcePath: string, transcriptionPages: Set<string>): HTMLFile | undefined {
  const html = readFileSync(join(root, sourcePath), 'utf8');
  if (!transcriptionPages.has(sourcePath) && html.includes(TRANSCRIPTION)) {
    throw new Error(`${sourcePath} holds a transcription, which only documents' pages do: the search step did not index it`);
  }
  return marksBody(html) ? { sourcePath, content: withoutTranscription(withoutChrome(html)) } : undefined;
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
 * A bundle being filled by one Pagefind service. Whether it is full is decided on the records
 * whose answer came back, counted in the order sent, so the same site is always cut into the
 * same bundles however fast Pagefind answers.
 */
class FillingBundle {
  readonly service: PagefindService;
  #index: PagefindIndex | undefined;
  // The distinct words of each record sent and not yet counted, oldest first.
  #unanswered: Array<Promise<number | Error>> = [];
  /** Distinct words per record, summed over the records counted so far. */
  words = 0;
  holdsFullText = false;

  constructor(service: PagefindService) {
    this.service = service;
  }

  get isOpen(): boolean {
    return this.#index !== undefined;
  }

  /** Whether the bundle holds `words` or more, once the requests awaiting an answer are few enough to send another. */
  async isFull(words: number): Promise<boolean> {
    if (this.#unanswered.length >= IN_FLIGHT) this.#count(await this.#unanswered.shift()!);
    return this.words >= words;
  }

  async add(part: SearchPart, what: string, file: HTMLFile): Promise<void> {
    this.#index ??= await openIndex(this.service);
    this.holdsFullText ||= part === 'fullText';
    this.#unanswered.push(
      this.#index
        .addHTMLFile(file)
        .then((response) =>
          response.errors.length > 0 ? new Error(`Pagefind could not index ${what}: ${response.errors.join('; ')}`) : response.file.uniqueWords,
        ),
    );
  }

  /** Counts every record sent: the bundle's words once it takes no more. */
  async seal(): Promise<number> {
    for (const answer of this.#unanswered) this.#count(await answer);
    this.#unanswered = [];
    return this.words;
  }

  /** Writes the sealed bundle into `folder` and ends the service's process: its memory goes back to the system, and the service starts a new one for its next bundle. */
  async write(root: string, folder: string): Promise<void> {
    if (!this.#index) throw new Error(`the search step has no record for ${folder}`);
    const { errors } = await this.#index.writeFiles({ outputPath: join(root, folder) });
    await this.service.close();
    if (errors.length > 0) throw new Error(`Pagefind could not write ${folder}: ${errors.join('; ')}`);
  }

  #count(answer: number | Error): void {
    if (answer instanceof Error) throw answer;
    this.words += answer;
  }
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
  const otherService = (service: PagefindService) => (service === services[0] ? services[1] : services[0]);
  let filling = new FillingBundle(services[0]);
  // The other service's writing of the bundle before, if it has not ended.
  let written: Promise<void> = Promise.resolve();
  const hold = (writing: Promise<void>) => {
    // Awaited later; until then a failure is held, not reported as unhandled.
    writing.catch(() => undefined);
    return writing;
  };
  const record = async (bundle: FillingBundle, folder: string) => {
    bundles.push({ folder, part: bundle.holdsFullText ? 'fullText' : 'catalogue', words: await bundle.seal() });
  };
  /**
   * Hands the bundle being filled to be written, and the next bundle to the other service:
   * writing a bundle takes Pagefind longer than filling it, on one core, so the two overlap.
   * It waits for the bundle before to be written first: two Pagefind processes at most.
   * Bundles are numbered in the order written.
   */
  const writeBundle = async () => {
    if (!filling.isOpen) return;
    const full = filling;
    const folder = `pagefind/${bundleFolder(bundles.length + 2)}`;
    await record(full, folder);
    await written;
    written = hold(full.write(root, folder));
    filling = new FillingBundle(otherService(full.service));
  };
  const add = async (part: SearchPart, what: string, file: HTMLFile) => {
    if (await filling.isFull(bundleWords)) await writeBundle();
    await filling.add(part, what, file);
    summary.records += 1;
  };

  const transcriptionPages = new Set(astro.transcriptionPages);
  const pageRecord = (sourcePath: string) => readPageRecord(root, sourcePath, transcriptionPages);
  /**
   * The catalogue of a large archive, its records dealt to the two services in turn, each filling
   * bundles of at most CONCURRENT_SHARE of a bundle's words and writing each before its next. The
   * bundles are numbered alternately from the next number, and the second service's last is the first
   * bundle; each service's bundles are cut on the words of its own records, so the cut is as fixed as the order.
   */
  const indexCatalogueOnBoth = async (sourcePaths: string[]) => {
    const next = bundles.length + 2;
    const streams = services.map((service, turn) => ({ turn, bundle: new FillingBundle(service), written: 0 }));
    const seal = async (stream: (typeof streams)[number], last: boolean) => {
      const isFirstBundle = last && stream.turn === 1;
      const folder = `pagefind/${bundleFolder(isFirstBundle ? 1 : next + 2 * stream.written + stream.turn)}`;
      await record(stream.bundle, folder);
      stream.written += 1;
      return { bundle: stream.bundle, folder };
    };
    let dealt = 0;
    for (const sourcePath of sourcePaths) {
      const file = pageRecord(sourcePath);
      if (!file) continue;
      const stream = streams[dealt % 2]!;
      dealt += 1;
      if (await stream.bundle.isFull(bundleWords * CONCURRENT_SHARE)) {
        const { bundle, folder } = await seal(stream, false);
        await bundle.write(root, folder);
        stream.bundle = new FillingBundle(bundle.service);
      }
      await stream.bundle.add('catalogue', sourcePath, file);
      summary.records += 1;
    }
    if (!streams[1]!.bundle.isOpen) throw new Error('the catalogue holds fewer than two records: the search step has no first bundle to write');
    // Sealed one after the other, so that the list of bundles comes out in the same order every time; written side by side.
    const sealed = [];
    for (const stream of streams) if (stream.bundle.isOpen) sealed.push(await seal(stream, true));
    await Promise.all(sealed.map(({ bundle, folder }) => bundle.write(root, folder)));
  };

  try {
    // The full text, first the transcriptions, read in a fixed order as Astro writes them (it
    // writes in the order of their addresses too, so the wait for the next is short)...
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
    const pagesOf = (part: SearchPart) => pages.filter((sourcePath) => searchPartOf(sitePathOf(sourcePath)) === part);
    for (const sourcePath of pagesOf('fullText')) {
      const file = pageRecord(sourcePath);
      if (file) await add('fullText', sourcePath, file);
    }
    const catalogue = pagesOf('catalogue');
    if (bundles.length === 0) {
      // A small archive's full text and catalogue share one bundle, ranked together: the first.
      for (const sourcePath of catalogue) {
        const file = pageRecord(sourcePath);
        if (file) await add('catalogue', sourcePath, file);
      }
      await record(filling, 'pagefind/');
      await filling.write(root, 'pagefind/');
      await written;
    } else {
      // A full text that filled a bundle has bundles of its own, so that a cold search waits for
      // the catalogue only. The catalogue is indexed on both services at once, its records dealt
      // to them in turn, once the full text's last bundle is written: Pagefind fills a bundle on
      // one core, and one service alone left the other core idle.
      await writeBundle();
      await written;
      await indexCatalogueOnBoth(catalogue);
    }
    const list: BundleList = { catalogue: [], fullText: [] };
    for (const { folder, part } of bundles.filter(({ folder }) => folder !== 'pagefind/')) list[part].push(folder.slice('pagefind/'.length));
    writeFileSync(join(output, BUNDLE_LIST), JSON.stringify(list));
    bundles.sort((a, b) => Number(b.folder === 'pagefind/') - Number(a.folder === 'pagefind/'));
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
