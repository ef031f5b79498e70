import { expect, test } from '@playwright/test';
import { holdRequests } from '../../scripts/transfer.ts';
import type { BundleList } from '../../src/lib/search-bundles.ts';
import { searchComplete } from './search-results.ts';

/** The same site built with `base: /archive/` (see playwright.config.ts), as deployed under a sub-path. */
test('under a sub-path the pages, links and search all work', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Smart-City Partnerships');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agreements' }).click();
  await expect(page).toHaveURL(/\/archive\/agreements\/$/);
  const field = page.getByRole('search', { name: 'Site' }).getByRole('searchbox');
  await field.fill('青云');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/archive\/search\/\?q=/);
  const first = page.locator('.search-result-title a').first();
  await expect(first).toHaveAttribute('href', /^\/archive\/organizations\/qingcloud\//);
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('QingCloud');
  await page.goto('search/?q=TD-SCDMA');
  await expect(page.locator('.search-result-title a[href^="/archive/documents/innovative-city-west-china-chongqing-2008/"]')).toHaveCount(1);
});

/**
 * `npm test` builds this site's search index in several bundles (--bundle-words), as a large
 * archive's is built: the catalogue's and the full text's apart, so that a cold search waits
 * for the catalogue only. The search page must find across all of them whatever one index
 * finds. (It may find more: a bundle without a query's word falls back to a shorter word it has.)
 */
test('a search index cut into bundles finds what one index finds, with one WebAssembly download', async ({ page }) => {
  const bundles = (await (await page.request.get('pagefind/bundles.json')).json()) as BundleList;
  expect(bundles.catalogue.length).toBeGreaterThanOrEqual(1);
  expect(bundles.fullText.length).toBeGreaterThanOrEqual(1);
  const results = async (url: string) => {
    await page.goto(url);
    await searchComplete(page);
    const more = page.locator('.search-more button');
    if (await more.count()) await more.click();
    await expect(page.locator('.search-more')).toHaveCount(0);
    const links = await page.locator('.search-result-title a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    return links.map((href) => href.replace(/^\/archive\//, '/').replace(/\?highlight=[^#]*/, ''));
  };
  const oneIndex = await results('http://localhost:4321/search/?q=TD-SCDMA');
  expect(oneIndex.length).toBeGreaterThanOrEqual(3);
  const downloads: string[] = [];
  page.on('request', (request) => downloads.push(new URL(request.url()).pathname));
  const bundled = await results('search/?q=TD-SCDMA');
  expect(bundled).toEqual(expect.arrayContaining(oneIndex));
  expect(downloads.filter((path) => path.endsWith('.pagefind'))).toHaveLength(1);
  const answeringBundles = new Set(downloads.filter((path) => path.includes('/fragment/')).map((path) => path.split('/fragment/')[0]));
  expect(answeringBundles.size).toBeGreaterThanOrEqual(2);
});

test('a cold search shows the catalogue’s results before the full text has loaded, then every result', async ({ page }) => {
  const bundles = (await (await page.request.get('pagefind/bundles.json')).json()) as BundleList;
  const fullText = bundles.fullText.map((folder) => `/archive/pagefind/${folder}`);
  // The full text is held back until the first results are on screen.
  const release = await holdRequests(page, (url) => fullText.some((folder) => url.pathname.startsWith(folder)));
  await page.goto('search/?q=Siemens');
  await expect(page.locator('[data-search-status]')).toContainText('so far for “Siemens”; searching the full text…');
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('.search-result-title a[href^="/archive/organizations/siemens/"]')).toHaveCount(1);
  // Transcription sections and events are in the full text only.
  await expect(page.locator('.search-result-title a[href*="#"], .search-result-title a[href*="/events/"]')).toHaveCount(0);
  release();
  await searchComplete(page);
  await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results for “Siemens”\.$/);
  await page.locator('.search-more button').click();
  await expect(page.locator('.search-result-title a[href*="/events/"]').first()).toBeVisible();
  await expect(page.locator('.search-result-title a[href*="#"]').first()).toBeVisible();
});
