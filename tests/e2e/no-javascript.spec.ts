import { expect, test } from '@playwright/test';
import { documentPages } from './site.ts';

test.use({ javaScriptEnabled: false });

for (const path of documentPages) {
  test(`${path} is readable without JavaScript`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('#p-1')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'About this document' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Cite this document' })).toBeVisible();
    const last = page.locator('article.transcription [id^="p-"]').last();
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeVisible();
  });
}
