import { expect, test } from '@playwright/test';

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
 * archive's is built: the search page must find across all of them whatever one index finds.
 * (It may find more: a bundle without a query's word falls back to a shorter word it has.)
 */
test('a search index cut into bundles finds what one index finds, with one WebAssembly download', async ({ page }) => {
  const bundles = (await (await page.request.get('pagefind/bundles.json')).json()) as string[];
  expect(bundles.length).toBeGreaterThanOrEqual(2);
  const results = async (url: string) => {
    await page.goto(url);
    await expect(page.locator('.search-result').first()).toBeVisible();
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
