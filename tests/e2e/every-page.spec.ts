import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitePages } from './site.ts';

/**
 * Every built page, visited once: axe finds no WCAG 2.0–2.2 A/AA violation,
 * the page requests nothing from another origin and logs no console error. Pages are split into groups so the groups run in parallel.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const GROUPS = 6;

/** The dark scheme changes colours only, so one page of each kind is enough to check its contrast. */
const kindOf = (path: string) => path.split('/')[1];
const darkChecked = new Set(sitePages.filter((path, index) => sitePages.findIndex((other) => kindOf(other) === kindOf(path)) === index));

async function axeProblems(page: Page, path: string, scheme: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) => `${path} (${scheme}): ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
  );
}

for (let group = 0; group < GROUPS; group += 1) {
  const paths = sitePages.filter((_, index) => index % GROUPS === group);

  test(`pages ${group + 1}/${GROUPS} (${paths.length}): accessible, same-origin, no console errors`, async ({ page, baseURL }) => {
    test.setTimeout(paths.length * 10_000);
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];
    let current = '';
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(`${current}: requests ${request.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${current}: console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${current}: page error: ${error.message}`));

    for (const path of paths) {
      current = path;
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(path);
      if (path !== '/404.html' && response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`);
      problems.push(...(await axeProblems(page, path, 'light')));
      if (darkChecked.has(path)) {
        await page.emulateMedia({ colorScheme: 'dark' });
        problems.push(...(await axeProblems(page, path, 'dark')));
      }
    }
    expect(problems).toEqual([]);
  });
}
