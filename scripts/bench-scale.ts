/**
 * How the real build grows with the archive. For each size N it writes a
 * synthetic corpus of N documents into a copy of the project
 * (scripts/synthetic-corpus.ts), runs the real build (Astro, and Pagefind alongside it),
 * and measures: wall time and CPU time; peak memory (RSS high-water mark) of
 * Astro's process and of the search step (its own process and Pagefind's,
 * sampled together); output size, file and page count; Pagefind index size and
 * bundles; pages per second; the largest page (gzip); and the
 * bytes a cold search in each of the archive's languages transfers before its
 * first results and before it is complete, served gzipped.
 * Prints a table and writes it, with an SVG chart, to reports/scale/.
 * Not part of `npm test`.
 *
 *   npm run bench:scale [-- --sizes 5,100,1000,10000] [-- --keep]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.ts';
import { sizesOption } from './options.ts';
import { copyProject } from './project-copy.ts';
import { BUNDLE_LIST, type BundleList } from '../src/lib/search-bundles.ts';
import { ASTRO_ENDED } from './search-index.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';
import { holdRequests, recordTransfers } from './transfer.ts';

const SIZES = sizesOption('5,100,1000,10000');
const KEEP = process.argv.includes('--keep');
/**
 * The cold searches, one in each language of the archive, each for a name that the catalogue holds, as
 * `npm run bench:search` measures on the real site; the table gives the largest of each figure.
 */
const COLD_QUERIES = ['Chongqing', '萧洁云', 'Rahmenvereinbarung'];
const PAGE_BUDGET = 100 * 1024;
/** Characters of a build's log kept, from its end, to report a failure. */
const LOG_KEPT = 3000;
/**
 * The projects built, deleted once every size is measured rather than after each: on ext4 without a
 * journal (as on our machines) creating a file skips, one by one, every free inode freed in the last
 * five minutes, so a build just after a deletion of tens of thousands of files is slowed by it
 * (measured: the search step of 2,000 documents, 65 s, took 80–89 s right after deleting an index
 * as large as the one it wrote).
 */
const built: string[] = [];

interface Measure {
  documents: number;
  pages: number;
  seconds: number;
  astroSeconds: number;
  /** The search step runs alongside Astro (the transcriptions) and goes on alone once it has ended: this is the part alone. */
  searchAfterAstroSeconds: number;
  /** CPU time of the build and every process it ran, user and system: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  astroPeakMb: number;
  /** The search step's own process (Node), which hands the pages to Pagefind. */
  searchNodePeakMb: number;
  pagefindPeakMb: number;
  /** The whole search step: its own process and Pagefind's, sampled together. */
  searchStepPeakMb: number;
  outputMb: number;
  files: number;
  indexMb: number;
  searchBundles: number;
  largestPageKb: number;
  largestPage: string;
  pagesOverBudget: number;
  coldSearches: ColdSearch[];
}

/** What a cold search transfers before its first results (the catalogue's), and before it is complete (the full text merged in). */
interface ColdSearch {
  query: string;
  firstKb: number;
  completeKb: number;
}

/**
 * Peak RSS (VmHWM) of every process below `root`, sampled until it ends; keyed by role: "astro"
 * (`astro build`), "pagefind" (its indexer processes, two of which run at once: the largest sum
 * of their RSS sampled together, or the peak of one alone if larger), "build" (scripts/build.ts,
 * which runs the search step alongside Astro), "search" (the build's process and Pagefind's
 * sampled together), or the command's name.
 */
function watchMemory(root: number): { stop: () => Map<string, number> } {
  const peaks = new Map<string, number>();
  const children = (pid: number): number[] => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const sample = () => {
    let pagefindTogether = 0;
    let buildNow = 0;
    const queue = [root];
    while (queue.length > 0) {
      const pid = queue.shift()!;
      queue.push(...children(pid));
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const name = /^Name:\s+(\S+)/m.exec(status)![1]!;
        const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        const peak = Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024;
        const key = name.startsWith('pagefind') ? 'pagefind' : command.includes('astro.mjs') ? 'astro' : command.includes('scripts/build.ts') ? 'build' : name;
        peaks.set(key, Math.max(peaks.get(key) ?? 0, peak));
        const now = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024;
        if (key === 'pagefind') pagefindTogether += now;
        if (key === 'build') buildNow = now;
      } catch {
        // The process ended between listing and reading.
      }
    }
    peaks.set('pagefind', Math.max(peaks.get('pagefind') ?? 0, pagefindTogether));
    peaks.set('search', Math.max(peaks.get('search') ?? 0, buildNow + pagefindTogether));
  };
  const timer = setInterval(sample, 100);
  return { stop: () => (clearInterval(timer), peaks) };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** CPU seconds, user and system, of this process's children that have ended (Linux: /proc/self/stat). */
function childrenCpuSeconds(): number {
  // The fields after the command's name, which is in parentheses: cutime and cstime are the 14th and 15th.
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

async function build(project: string): Promise<{ seconds: number; astroSeconds: number; cpuSeconds: number; peaks: Map<string, number> }> {
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  let astroEndedAt = 0; // when the build says Astro has ended, the search step going on alone
  const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: project, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const memory = watchMemory(child.pid!);
  // The end of the log, for the error of a failed build: the whole log (a line per page) searched
  // again with every chunk took the bench a core of its own, taken from the build's two.
  let log = '';
  const read = (chunk: Buffer) => {
    // eslint-disable-next-line no-control-regex
    const text = chunk.toString().replace(/\u001b\[[0-9;]*m/g, '');
    if (!astroEndedAt && (log.slice(-ASTRO_ENDED.length) + text).includes(ASTRO_ENDED)) astroEndedAt = performance.now();
    log = (log + text).slice(-LOG_KEPT);
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const peaks = memory.stop();
  const ended = performance.now();
  if (status !== 0) throw new Error(`the build failed after ${((ended - started) / 1000).toFixed(0)} s:\n${log}`);
  return { seconds: (ended - started) / 1000, astroSeconds: ((astroEndedAt || ended) - started) / 1000, cpuSeconds: childrenCpuSeconds() - cpuBefore, peaks };
}

/** Each of COLD_QUERIES in a fresh browser context, served gzipped; `fullText`: the folders of the full text's bundles. */
async function coldSearches(project: string, port: number, fullText: string[]): Promise<ColdSearch[]> {
  const choice = findChromium();
  if (!choice.found) throw new Error('No Chromium: see `npm test` for how one is found or installed.');
  const server = spawn(process.execPath, ['scripts/serve.ts', String(port)], { cwd: project, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => server.stdout!.once('data', () => resolve()));
  const browser = await chromium.launch(choice.executablePath ? { executablePath: choice.executablePath } : {});
  const origin = `http://localhost:${port}`;
  try {
    const measured: ColdSearch[] = [];
    for (const query of COLD_QUERIES) {
      const page = await (await browser.newContext()).newPage();
      // The full text is held back until the first results are counted: on a local server it would
      // otherwise arrive in the moment between their rendering and their being seen here.
      const release = await holdRequests(page, (url) => fullText.some((folder) => url.pathname.startsWith(`/pagefind/${folder}`)));
      const soFar = await recordTransfers(page, origin);
      await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
      await page.locator('.search-result').first().waitFor({ timeout: 60_000 });
      const first = soFar().total;
      release();
      await page.locator('[data-search-status]:not(:empty) ~ [data-search-results]:not([aria-busy])').waitFor({ state: 'attached', timeout: 120_000 });
      await page.waitForTimeout(200);
      measured.push({ query, firstKb: first / 1024, completeKb: soFar().total / 1024 });
      await page.context().close();
    }
    return measured;
  } finally {
    await browser.close();
    server.kill();
  }
}

/** The largest figure of the cold searches, and the query it is for. */
function largestSearch(searches: ColdSearch[], figure: 'firstKb' | 'completeKb'): string {
  const top = searches.reduce((a, b) => (b[figure] > a[figure] ? b : a));
  return `${top[figure].toFixed(0)} (${top.query})`;
}

async function measure(documents: number): Promise<Measure> {
  const project = copyProject('smart-city-scale-');
  try {
    writeSyntheticCorpus(project, documents);
    const { seconds, astroSeconds, cpuSeconds, peaks } = await build(project);
    const dist = join(project, 'dist');
    const files = walk(dist);
    const html = files.filter((file) => file.endsWith('.html'));
    const sized = html.map((file) => ({ file, size: gzipSync(readFileSync(file)).length })).sort((a, b) => b.size - a.size);
    const largest = sized[0]!;
    const overBudget = sized.filter((page) => page.size > PAGE_BUDGET);
    if (overBudget.length > 0) {
      console.log(`  ${overBudget.length} pages over ${PAGE_BUDGET / 1024} KB gzip, largest first:`);
      for (const page of overBudget.slice(0, 8)) console.log(`    ${(page.size / 1024).toFixed(0).padStart(6)} KB  ${page.file.slice(dist.length)}`);
    }
    const bytes = (list: string[]) => list.reduce((sum, file) => sum + statSync(file).size, 0);
    const bundles = JSON.parse(readFileSync(join(dist, 'pagefind', BUNDLE_LIST), 'utf8')) as BundleList;
    return {
      documents,
      pages: html.length,
      seconds,
      astroSeconds,
      searchAfterAstroSeconds: seconds - astroSeconds,
      cpuSeconds,
      astroPeakMb: peaks.get('astro') ?? 0,
      searchNodePeakMb: peaks.get('build') ?? 0,
      pagefindPeakMb: peaks.get('pagefind') ?? 0,
      searchStepPeakMb: peaks.get('search') ?? 0,
      outputMb: bytes(files) / 2 ** 20,
      files: files.length,
      indexMb: bytes(files.filter((file) => file.includes(`${join(dist, 'pagefind')}/`))) / 2 ** 20,
      searchBundles: 1 + bundles.catalogue.length + bundles.fullText.length,
      largestPageKb: largest.size / 1024,
      largestPage: largest.file.slice(dist.length).replace(/index\.html$/, ''),
      pagesOverBudget: overBudget.length,
      coldSearches: await coldSearches(project, 4400 + (documents % 97), bundles.fullText),
    };
  } finally {
    if (KEEP) console.log(`  kept ${project}`);
    else built.push(project);
  }
}

function table(rows: Measure[]): string {
  const header = ['Documents', 'Pages', 'Build (s)', 'Astro (s)', 'Search step after Astro (s)', 'CPU, user + system (s)', 'Pages/s', 's per 1,000 docs', 'Astro peak (MB)', 'Search step, own process (MB)', 'Pagefind peak, processes together (MB)', 'Search step, all its processes (MB)', 'Output (MB)', 'Files', 'Index (MB)', 'Search bundles', 'Largest page (KB gz)', 'Pages > 100 KB', 'Cold search, first results (KB, the largest)', 'Cold search, complete (KB, the largest)'];
  const lines = rows.map((row) =>
    [
      row.documents.toLocaleString('en'),
      row.pages.toLocaleString('en'),
      row.seconds.toFixed(1),
      row.astroSeconds.toFixed(1),
      row.searchAfterAstroSeconds.toFixed(1),
      row.cpuSeconds.toFixed(0),
      (row.pages / row.seconds).toFixed(0),
      ((row.seconds / row.documents) * 1000).toFixed(1),
      row.astroPeakMb.toFixed(0),
      row.searchNodePeakMb.toFixed(0),
      row.pagefindPeakMb.toFixed(0),
      row.searchStepPeakMb.toFixed(0),
      row.outputMb.toFixed(1),
      row.files.toLocaleString('en'),
      row.indexMb.toFixed(1),
      String(row.searchBundles),
      `${row.largestPageKb.toFixed(1)} (${row.largestPage})`,
      String(row.pagesOverBudget),
      largestSearch(row.coldSearches, 'firstKb'),
      largestSearch(row.coldSearches, 'completeKb'),
    ].join(' | '),
  );
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...lines.map((line) => `| ${line} |`)].join('\n');
}

/** The issue's targets at 10,000 documents that the chart draws: the whole build, and the peak of each step. */
const BUILD_TARGET_SECONDS = 300;
const STEP_MEMORY_TARGET_GB = 3;

/** Build time and each step's peak memory against corpus size, both axes logarithmic, with the targets dashed. */
function chart(rows: Measure[]): string {
  const [width, height, left, bottom] = [720, 360, 70, 40];
  const x = (documents: number) => left + ((Math.log10(documents) - Math.log10(rows[0]!.documents)) / Math.max(Math.log10(rows.at(-1)!.documents / rows[0]!.documents), 1e-9)) * (width - left - 30);
  const series: Array<{ name: string; color: string; value: (row: Measure) => number; target?: { value: number; label: string } }> = [
    { name: 'Build time (s)', color: '#a8281e', value: (row: Measure) => row.seconds, target: { value: BUILD_TARGET_SECONDS, label: '5-minute target' } },
    { name: 'Astro peak (GB)', color: '#1f4fbf', value: (row: Measure) => row.astroPeakMb / 1024 },
    { name: 'Search step peak, all its processes (GB)', color: '#0a6a4c', value: (row: Measure) => row.searchStepPeakMb / 1024, target: { value: STEP_MEMORY_TARGET_GB, label: '3 GB target per step' } },
  ];
  /** A value is written below its point where another line passes just above it (the steps' peaks run close), else above. */
  const below = (line: (typeof series)[number], row: Measure) =>
    series.some((other) => other !== line && other.value(row) >= line.value(row) && other.value(row) < line.value(row) * 3 && (other.value(row) > line.value(row) || series.indexOf(other) < series.indexOf(line)));
  const max = Math.max(...rows.flatMap((row) => series.map((line) => line.value(row))), BUILD_TARGET_SECONDS);
  const y = (value: number) => height - bottom - (Math.log10(Math.max(value, 0.01) / 0.01) / Math.log10(max / 0.01)) * (height - bottom - 70); // the top 70 px hold the legend
  // The first and last values and ticks are written inward, clear of the axis's labels and of the edge.
  const anchor = (index: number) => (index === 0 ? 'start' : index === rows.length - 1 ? 'end' : 'middle');
  const lines = series.map((line, index) => {
    const points = rows.map((row) => `${x(row.documents).toFixed(1)},${y(line.value(row)).toFixed(1)}`).join(' ');
    const values = rows.map(
      (row, column) =>
        `<text x="${x(row.documents).toFixed(1)}" y="${(y(line.value(row)) + (below(line, row) ? 14 : -6)).toFixed(1)}" fill="${line.color}" font-size="11" text-anchor="${anchor(column)}">${line.value(row).toFixed(1)}</text>`,
    );
    const target = line.target
      ? `<line x1="${left}" x2="${width - 20}" y1="${y(line.target.value).toFixed(1)}" y2="${y(line.target.value).toFixed(1)}" stroke="${line.color}" stroke-dasharray="4 4"/><text x="${left + 4}" y="${(y(line.target.value) - 4).toFixed(1)}" fill="${line.color}" font-size="11">${line.target.label}</text>`
      : '';
    return `${target}<polyline fill="none" stroke="${line.color}" stroke-width="2" points="${points}"/>${values.join('')}<text x="${left + 10}" y="${20 + index * 16}" fill="${line.color}" font-size="12">${line.name}</text>`;
  });
  const decades = [0.01, 0.1, 1, 10, 100, 1000, 10000].filter((value) => value <= max * 10);
  const grid = decades.map((value) => `<line x1="${left}" x2="${width - 20}" y1="${y(value).toFixed(1)}" y2="${y(value).toFixed(1)}" stroke="#eee"/><text x="${left - 6}" y="${(y(value) + 4).toFixed(1)}" font-size="11" text-anchor="end">${value}</text>`);
  const ticks = rows.map((row, column) => `<text x="${x(row.documents).toFixed(1)}" y="${height - 15}" font-size="11" text-anchor="${anchor(column)}">${row.documents.toLocaleString('en')}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" font-family="sans-serif"><title>Build time and each step's peak memory by number of documents (log scales), with the targets at 10,000 documents</title><rect width="${width}" height="${height}" fill="#fff"/>${grid.join('')}<line x1="${left}" y1="${height - bottom}" x2="${width - 20}" y2="${height - bottom}" stroke="#999"/>${lines.join('')}${ticks.join('')}<text x="${width / 2}" y="${height - 2}" font-size="11" text-anchor="middle">documents</text></svg>\n`;
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}`;
const versions = ['astro', 'pagefind'].map((name) => `${name} ${(JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version}`).join(', ');
console.log(`Scale benchmark, ${new Date().toISOString().slice(0, 10)}: ${machine}; ${versions}\n`);
const rows: Measure[] = [];
let failure = '';
for (const size of SIZES) {
  console.log(`Building ${size.toLocaleString('en')} documents…`);
  try {
    rows.push(await measure(size));
  } catch (error) {
    // A size the build cannot hold is a finding too: it is reported with the sizes before it, and
    // the larger sizes, which would fail the same way, are not tried.
    const lines = (error as Error).message.split('\n');
    const cause = lines.find((line) => /FATAL ERROR|out of memory|Error:/.test(line))?.trim() ?? lines.at(-1)!.trim();
    failure = `${size.toLocaleString('en')} documents: ${lines[0]} ${cause}`;
    console.log(`  ${failure}\n`);
    break;
  }
  console.log(`${table(rows)}\n`);
}
for (const project of built) rmSync(project, { recursive: true, force: true });
const folder = 'reports/scale';
if (!existsSync(folder)) mkdirSync(folder, { recursive: true });
const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');
const failed = failure ? `\n\nNot built: ${failure}` : '';
const eachSearch = rows.map((row) => `- ${row.documents.toLocaleString('en')} documents: ${row.coldSearches.map(({ query, firstKb, completeKb }) => `${query} ${firstKb.toFixed(0)} / ${completeKb.toFixed(0)} KB`).join(', ')}`);
const figures =
  rows.length > 0
    ? `${table(rows)}\n\nEach cold search, first results / complete:\n\n${eachSearch.join('\n')}\n\n![Build time and peak memory](scale-${stamp}.svg)`
    : 'No size was built.';
writeFileSync(`${folder}/scale-${stamp}.md`, `# Scale benchmark\n\n${new Date().toISOString()}: ${machine}; ${versions}. Cold searches: ${COLD_QUERIES.map((query) => `"${query}"`).join(', ')}, each in a fresh browser context, gzip.\n\n${figures}${failed}\n`);
if (rows.length > 0) writeFileSync(`${folder}/scale-${stamp}.svg`, chart(rows));
console.log(`Wrote ${folder}/scale-${stamp}.md${rows.length > 0 ? ' and .svg' : ''}`);
