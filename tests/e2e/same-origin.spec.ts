import { expect, test } from '@playwright/test';
import { sitePages } from './site.ts';

test('no page requests anything from another origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(`${page.url()} → ${url}`);
  });
  for (const path of sitePages) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  expect(foreign).toEqual([]);
});
