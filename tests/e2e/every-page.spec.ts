import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitePages } from './site.ts';

/**
 * Every page in the sitemap, visited once: axe finds no violation of WCAG 2.0–2.2 A/AA or of its
 * best practices (no rule is turned off), the page requests nothing from another origin, logs no
 * console error, triggers no Content-Security-Policy violation and reflows on a 320 px screen
 * (WCAG 1.4.10: nothing but a scrolling figure or table is wider than it, and a keyboard can
 * reach whatever scrolls there, as axe's scrollable-region-focusable asks at the size it is run
 * at). Pages are split into groups so the groups run in parallel.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const GROUPS = 6;
/** The sitemap leaves out the not-found page, which readers still see. */
const NOT_FOUND = '/404.html';
const checkedPages = [...sitePages, NOT_FOUND];

/** The dark scheme changes colours only, so one page of each kind is enough to check its contrast. */
const kindOf = (path: string) => path.split('/')[1];
const darkChecked = new Set(sitePages.filter((path, index) => sitePages.findIndex((other) => kindOf(other) === kindOf(path)) === index));

async function axeProblems(page: Page, path: string, scheme: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) => `${path} (${scheme}): ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
  );
}

/** The width WCAG 1.4.10 asks a page to reflow at without scrolling sideways (CSS pixels). */
const NARROWEST_SCREEN = 320;

/** What keeps the page from reflowing on the narrowest screen: sideways overflow of the page, a scrolling box a keyboard cannot reach. */
async function reflowProblems(page: Page, path: string): Promise<string[]> {
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: NARROWEST_SCREEN, height: viewport.height });
  const { overflow, unreachable } = await page.evaluate(() => {
    const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const scrollsSideways = (element: Element) =>
      ['auto', 'scroll'].includes(getComputedStyle(element).overflowX) && element.scrollWidth > element.clientWidth;
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      // A keyboard scrolls a box it can focus, or one that holds something it can focus.
      unreachable: [...document.body.querySelectorAll('*')]
        .filter((element) => scrollsSideways(element) && !element.matches(focusable) && !element.querySelector(focusable))
        .map((element) => element.outerHTML.slice(0, element.outerHTML.indexOf('>') + 1)),
    };
  });
  await page.setViewportSize(viewport);
  return [
    ...(overflow > 0 ? [`${path}: ${overflow} px wider than a ${NARROWEST_SCREEN} px screen`] : []),
    ...unreachable.map((box) => `${path}: at ${NARROWEST_SCREEN} px this box scrolls and a keyboard cannot reach it: ${box}`),
  ];
}

/** CSP violations are events in the page, not always console messages, so the page collects them itself. */
async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

for (let group = 0; group < GROUPS; group += 1) {
  const paths = checkedPages.filter((_, index) => index % GROUPS === group);

  test(`pages ${group + 1}/${GROUPS} (${paths.length}): accessible, same-origin, no console errors, no CSP violations`, async ({ page, baseURL }) => {
    test.setTimeout(paths.length * 10_000);
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];
    let current = '';
    await page.addInitScript(() => {
      const collected: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = collected;
      document.addEventListener('securitypolicyviolation', (event) => {
        collected.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
      });
    });
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
      if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`);
      problems.push(...(await axeProblems(page, path, 'light')));
      if (darkChecked.has(path)) {
        await page.emulateMedia({ colorScheme: 'dark' });
        problems.push(...(await axeProblems(page, path, 'dark')));
      }
      problems.push(...(await reflowProblems(page, path)));
      problems.push(...(await cspViolations(page)).map((violation) => `${path}: CSP: ${violation}`));
    }
    expect(problems).toEqual([]);
  });
}
