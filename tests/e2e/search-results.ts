import { expect, type Page } from '@playwright/test';

/**
 * Waits until the search page shows a complete search: a cold search shows the
 * catalogue's results first and marks the list busy until the full text is in.
 */
export async function searchComplete(page: Page) {
  await expect(page.locator('[data-search-status]')).not.toHaveText('');
  await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy');
}
