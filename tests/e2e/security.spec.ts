import { expect, test } from '@playwright/test';

test('pages carry a strict Content-Security-Policy and are served with security headers', async ({ page, request }) => {
  const response = await request.get('/documents/cisco-chongqing-mou-release-2009/');
  const headers = response.headers();
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-security-policy']).toBe("frame-ancestors 'none'");

  await page.goto('/documents/cisco-chongqing-mou-release-2009/');
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'none'");
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  expect(policy).not.toContain("'unsafe-inline'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-eval'/);
});

test('the policy blocks a script the site did not write', async ({ page }) => {
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) blocked.push(message.text());
  });
  await page.goto('/documents/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  expect(blocked.length).toBeGreaterThan(0);
});

test('search works under the policy: Pagefind’s WebAssembly loads and runs', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') refused.push(message.text());
  });
  await page.goto('/search/?q=Siemens');
  await expect(page.locator('.search-result').first()).toBeVisible();
  expect(refused).toEqual([]);
});
