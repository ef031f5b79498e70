/**
 * Builds the site without ever leaving a half-built one behind: Astro builds
 * the pages and sitemap into a staging folder, then the search step indexes
 * them (scripts/search-index.ts, in this process once Astro's has ended), and
 * the staging folder replaces the output folder only when both have
 * succeeded. On failure the previous output, if any, is untouched and the
 * staging folder is removed.
 *
 *   node scripts/build.ts [--base /sub/path/] [--out dist-archive] [--bundle-words 20000]
 *
 * --bundle-words sets how much one search bundle holds (BUNDLE_WORDS in
 * scripts/search-index.ts): the tests build the sub-path site with a small one,
 * so that its search merges several bundles as a large archive's does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { option } from './options.ts';
import { BUNDLE_WORDS, indexSearch, SEARCH_STEP_STARTS } from './search-index.ts';

const out = option('--out') ?? 'dist';
const base = option('--base');
const bundleWords = Number(option('--bundle-words') ?? BUNDLE_WORDS);
const staging = `${out}.next`;
/**
 * V8 settings for Astro's process, measured at 10,000 documents (peak RSS 3.4 GB without them, 2.3 GB with):
 * V8 keeps the source of every function it compiles from a string, for reuse, until memory runs short, and
 * each transcription is one (src/lib/transcription-mdx.ts): about 0.4 GB; and it lets the heap grow to
 * twice or more what the build keeps alive before collecting (1.9 GB used for 1.1 GB alive), where a
 * heap 25 % larger than the live one took no longer.
 */
const ASTRO_HEAP = ['--no-compilation-cache', '--heap-growing-percent=25'];

rmSync(staging, { recursive: true, force: true });
const astro = resolve('node_modules/astro/bin/astro.mjs');
const fail = (status: number): never => {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed; ${existsSync(out) ? `${out}/ is the previous build, unchanged` : `no ${out}/ was written`}.`);
  process.exit(status);
};
const result = spawnSync(process.execPath, [...ASTRO_HEAP, astro, 'build'], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: staging, ...(base ? { BASE_PATH: base } : {}) },
});
if (result.status !== 0) fail(result.status ?? 1);
console.log(SEARCH_STEP_STARTS);
try {
  const { records, sections, bundles } = await indexSearch(staging, bundleWords);
  console.log(`[search-index] indexed ${records} records (pages and ${sections} transcription sections) into ${bundles.map(({ folder, words }) => `${folder} (${words.toLocaleString('en')} words)`).join(', ')}`);
} catch (error) {
  console.error(error);
  fail(1);
}
rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
console.log(`Built into ${out}/.`);
