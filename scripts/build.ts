/**
 * Builds the site without ever leaving a half-built one behind: Astro builds
 * the pages and sitemap into a staging folder while the search step indexes
 * them (scripts/search-index.ts, in this process: the transcriptions as Astro
 * writes them, the rest once it has ended), and the staging folder replaces
 * the output folder only when both have succeeded. On failure the previous
 * output, if any, is untouched and the staging folder is removed.
 *
 *   node scripts/build.ts [--base /sub/path/] [--out dist-archive] [--bundle-words 20000]
 *
 * --bundle-words sets how much one search bundle holds (BUNDLE_WORDS in
 * scripts/search-index.ts): the tests build the sub-path site with a small one,
 * so that its search merges several bundles as a large archive's does.
 */
import { spawn } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { setPriority } from 'node:os';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { option } from './options.ts';
import { ASTRO_ENDED, BUNDLE_WORDS, documentPages, indexSearch } from './search-index.ts';

const out = option('--out') ?? 'dist';
const base = option('--base');
const bundleWords = Number(option('--bundle-words') ?? BUNDLE_WORDS);
const staging = `${out}.next`;
/**
 * V8 lets a heap grow to twice or more what a process keeps alive before it collects: measured at 10,000
 * documents, Astro's heap reached 1.9 GB for 1.1 GB alive, and the search step's process 1.1 GB in all.
 * A heap allowed 25 % over its live size took no more CPU time (search step: 653 s against 687 s).
 */
const LEAN_HEAP = '--heap-growing-percent=25';
/**
 * Astro's process also compiles no function twice: V8 keeps the source of every function compiled from
 * a string until memory runs short, and each transcription is one (src/lib/transcription-mdx.ts): about
 * 0.4 GB at 10,000 documents. With both, Astro's peak there fell from 3.4 GB to 2.3 GB.
 */
const ASTRO_HEAP = ['--no-compilation-cache', LEAN_HEAP];
// The search step runs in this process; the setting applies from here on.
setFlagsFromString(LEAN_HEAP);

rmSync(staging, { recursive: true, force: true });
const astro = resolve('node_modules/astro/bin/astro.mjs');
const fail = (status: number): never => {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed; ${existsSync(out) ? `${out}/ is the previous build, unchanged` : `no ${out}/ was written`}.`);
  process.exit(status);
};
/** Astro's process ended unsuccessfully: its own output has said why. */
class AstroFailed extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`astro build ended with status ${status}`);
    this.status = status;
  }
}
const astroProcess = spawn(process.execPath, [...ASTRO_HEAP, astro, 'build'], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: staging, ...(base ? { BASE_PATH: base } : {}) },
});
/**
 * Astro renders one page at a time: every page it writes later is a page the search step waits for, and
 * a core it shares with Pagefind slows it. The search step, and the Pagefind processes it starts from here
 * on, yield to Astro (the lowest priority), so Astro takes what it needs and they the rest. Measured at
 * 10,000 documents on 2 cores: Astro 301 → 199 s, the whole build 352 → 315 s.
 */
setPriority(19);
const astroEnded = new Promise<void>((resolve, reject) => {
  astroProcess.on('error', reject);
  astroProcess.on('exit', (status) => {
    if (status !== 0) return reject(new AstroFailed(status ?? 1));
    console.log(ASTRO_ENDED);
    resolve();
  });
});
try {
  const { records, sections, bundles } = await indexSearch(staging, { ended: astroEnded, transcriptionPages: documentPages() }, bundleWords);
  console.log(`[search-index] indexed ${records} records (pages and ${sections} transcription sections) into ${bundles.map(({ folder, words }) => `${folder} (${words.toLocaleString('en')} words)`).join(', ')}`);
} catch (error) {
  if (error instanceof AstroFailed) fail(error.status);
  console.error(error);
  // The search step failed first: Astro's process is not left writing into the staging folder.
  astroProcess.kill();
  await astroEnded.catch(() => undefined);
  fail(1);
}
rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
console.log(`Built into ${out}/.`);
