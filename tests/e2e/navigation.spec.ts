import { expect, test } from '@playwright/test';

test('from the home page to a document and its transcription', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Smart-City Partnerships');
  await page.getByRole('link', { name: 'Innovative City in West China Chongqing' }).click();
  await expect(page).toHaveURL(/\/documents\/innovative-city-west-china-chongqing-2008\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Innovative City in West China Chongqing');
  await expect(page.locator('#p-12')).toContainText('This working paper offers insights on science and technology');
});

test('the documents index lists the five sources, oldest first, each linking to its page', async ({ page }) => {
  await page.goto('/documents/');
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(5);
  await expect(rows.first()).toContainText('February 2008');
  await expect(rows.last()).toContainText('25 June 2024');
  await rows.nth(3).getByRole('link').click();
  await expect(page.locator('article.transcription')).toHaveAttribute('lang', 'zh-CN');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/documents/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('link', { name: 'All documents' })).toBeVisible();
});
