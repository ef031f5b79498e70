/**
 * Builds the site without ever leaving a half-built one behind: Astro builds
 * into a staging folder, which replaces the output folder only when the whole
 * build (pages, sitemap, search index) has succeeded. On failure the previous
 * output, if any, is untouched and the staging folder is removed.
 *
 *   node scripts/build.ts [--base /sub/path/] [--out dist-archive]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const option = (name: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const out = option('--out') ?? 'dist';
const base = option('--base');
const staging = `${out}.next`;

rmSync(staging, { recursive: true, force: true });
const astro = resolve('node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build'], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: staging, ...(base ? { BASE_PATH: base } : {}) },
});
if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed; ${existsSync(out) ? `${out}/ is the previous build, unchanged` : `no ${out}/ was written`}.`);
  process.exit(result.status ?? 1);
}
rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
console.log(`Built into ${out}/.`);
