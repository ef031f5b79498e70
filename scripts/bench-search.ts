/**
 * Measures search in a real Chromium against the built site, served gzipped
 * as a static host would (scripts/serve.ts):
 *   - bytes transferred from loading /search/?q=… to the first results of a
 *     cold query, per language, in a fresh browser context each time;
 *   - time from the last keystroke to rendered results, debounce included,
 *     over a series of queries typed into a warm search page (median, p90);
 *   - what a page other than search loads before its search field is used.
 * Prints the figures; fails nothing. Run `npm run build` first.
 *
 *   npm run bench:search [-- --base /sub/path/]
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.ts';
import { option } from './options.ts';
import { transferred } from './transfer.ts';

const port = 4399;
const base = option('--base') ?? '/';
const origin = `http://localhost:${port}`;
const COLD_QUERIES = ['Elfrink', '萧洁云', 'Rahmenvereinbarung', 'wireless sensor networks'];
const TYPED_QUERIES = ['Huang Qifan', 'QingCloud', '青云', '碧桂园', 'Zusammenarbeit', 'Three Gorges', 'Silian', 'TD-SCDMA', 'Jesse Berst', 'Qualcomm', '物联网', 'Xiao Song'];

const server = spawn(process.execPath, ['scripts/serve.ts', String(port), base], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((resolve) => server.stdout!.once('data', () => resolve()));

const choice = findChromium();
if (!choice.found) throw new Error('No Chromium: see `npm test` for how one is found or installed.');
const browser = await chromium.launch({
  ...(choice.executablePath ? { executablePath: choice.executablePath } : {}),
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(`Search benchmark against ${origin}${base} (gzip), ${new Date().toISOString().slice(0, 10)}\n`);
console.log('Cold search: bytes from page load to first results (fresh browser context each)');
for (const query of COLD_QUERIES) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { total, files } = await transferred(page, origin, async () => {
    await page.goto(`${origin}${base}search/?q=${encodeURIComponent(query)}`);
    await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
  });
  const pagefindBytes = files.filter((file) => file.url.includes('/pagefind/')).reduce((sum, file) => sum + file.size, 0);
  console.log(`  ${query.padEnd(28)} ${kb(total).padStart(9)}  (Pagefind ${kb(pagefindBytes)}, ${files.length} requests)`);
  await context.close();
}

console.log('\nLatency: last keystroke to rendered results, debounce included (warm page)');
const page = await browser.newPage();
await page.goto(`${origin}${base}search/`);
const field = page.locator('#search-query');
const timings: number[] = [];
for (const query of [...TYPED_QUERIES, ...TYPED_QUERIES]) {
  await field.fill('');
  await page.evaluate(() => {
    const list = document.querySelector('[data-search-results]')!;
    (window as unknown as { rendered: Promise<number> }).rendered = new Promise((resolve) =>
      new MutationObserver((_, observer) => {
        if (list.querySelector('.search-result')) {
          observer.disconnect();
          resolve(performance.now());
        }
      }).observe(list, { childList: true }),
    );
  });
  await field.pressSequentially(query, { delay: 15 });
  const lastKey = await page.evaluate(() => performance.now());
  const rendered = await page.evaluate(() => (window as unknown as { rendered: Promise<number> }).rendered);
  timings.push(rendered - lastKey);
}
timings.sort((a, b) => a - b);
const at = (share: number) => timings[Math.min(timings.length - 1, Math.floor(timings.length * share))]!.toFixed(0);
console.log(`  ${timings.length} queries: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`);

console.log('\nBefore the search field is used, on a document page');
const plain = await browser.newPage();
const { total, files } = await transferred(plain, origin, async () => {
  await plain.goto(`${origin}${base}documents/cisco-chongqing-mou-release-2009/`);
});
const scripts = files.filter((file) => /\.m?js(\?|$)/.test(file.url));
console.log(`  ${kb(total)} in ${files.length} requests; script files: ${scripts.length}; Pagefind requests: ${files.filter((file) => file.url.includes('/pagefind/')).length}`);

await browser.close();
server.kill();
