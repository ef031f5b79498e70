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
  await expect(page.locator('.search-result-title a').first()).toHaveAttribute('href', /^\/archive\/documents\/innovative-city-west-china-chongqing-2008\//);
});
