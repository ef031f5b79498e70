import { expect, test, type Page } from '@playwright/test';

const visibleEventIds = (page: Page) =>
  page.locator('[data-event]:visible').evaluateAll((events) => events.map((event) => event.id));

test('a year anchor lands on that year, and a chart mark leads there', async ({ page }) => {
  await page.goto('/timeline/#y2009');
  await expect(page.getByRole('heading', { level: 3, name: '2009', exact: true })).toBeInViewport();
  await page.goto('/timeline/');
  await page.getByRole('link', { name: /^2018, Guangzhou: 9 events, 7 agreements$/ }).click();
  await expect(page).toHaveURL(/\/timeline\/#y2018$/);
  await expect(page.getByRole('heading', { level: 3, name: '2018', exact: true })).toBeInViewport();
});

test('broad dates have anchors of their own, and impossible dates are kept apart with their note', async ({ page }) => {
  await page.goto('/timeline/#y1950s');
  await expect(page.getByRole('heading', { level: 3, name: 'The 1950s' })).toBeInViewport();
  const undated = page.getByRole('region', { name: 'Dates the sources give wrongly or not at all' });
  await expect(undated).toContainText('18981');
  await expect(undated).toContainText('Chongqing becomes the first inland port in China open to foreign commerce');
});

test('plans and forecasts are listed apart from what happened', async ({ page }) => {
  await page.goto('/timeline/#y2022');
  const year = page.getByRole('region', { name: '2022' });
  await expect(year.locator('[data-plans]')).toContainText('First plot of the Cisco (Guangzhou) Smart City due for completion');
});

test('each event links to the passage that states it', async ({ page }) => {
  await page.goto('/events/2024-siemens-chongqing-framework/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siemens (China) and Chongqing sign a framework agreement on strategic cooperation');
  await page.locator('.citations').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/documents\/siemens-chongqing-framework-agreement-2024\/#p-2$/);
});

const FILTERS: Array<[string, string]> = [
  ['city=chongqing', '/timeline/chongqing/'],
  ['city=guangzhou', '/timeline/guangzhou/'],
  ['city=international', '/timeline/international/'],
  ['kind=agreement', '/timeline/kind/agreement/'],
  ['kind=plan', '/timeline/kind/plan/'],
  ['organization=cisco', '/timeline/organization/cisco/'],
  ['organization=siemens', '/timeline/organization/siemens/'],
];

test.describe('the instant filter (JavaScript) shows the same events as the filter pages (no JavaScript)', () => {
  for (const [query, path] of FILTERS) {
    test(query, async ({ browser }) => {
      const withScript = await browser.newPage();
      await withScript.goto(`/timeline/?${query}`);
      const instant = await visibleEventIds(withScript);

      const withoutScript = await browser.newPage({ javaScriptEnabled: false });
      await withoutScript.goto(path);
      const pageIds = await visibleEventIds(withoutScript);

      expect(instant.length).toBeGreaterThan(0);
      expect(instant).toEqual(pageIds);
      await withScript.close();
      await withoutScript.close();
    });
  }
});

test('choosing filters updates the chronology, the count and the URL', async ({ page }) => {
  await page.goto('/timeline/');
  const total = await page.locator('[data-event]').count();
  await expect(page.getByRole('status')).toHaveText(`${total} of ${total} events`);
  await page.getByRole('combobox', { name: 'City' }).selectOption('guangzhou');
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('agreement');
  await expect(page).toHaveURL(/\/timeline\/\?city=guangzhou&kind=agreement$/);
  const shown = await visibleEventIds(page);
  expect(shown).toContain('e-2016-guangzhou-cisco-framework');
  expect(shown).not.toContain('e-2009-cisco-chongqing-mou');
  await expect(page.getByRole('status')).toHaveText(`${shown.length} of ${total} events`);
  await expect(page.getByRole('heading', { level: 3, name: '2009', exact: true })).toBeHidden();
});

test('without JavaScript the filters are plain links and the instant form stays hidden', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto('/timeline/');
  await expect(page.locator('[data-timeline-filter]')).toBeHidden();
  await page.getByRole('navigation', { name: 'Timeline filters' }).getByRole('link', { name: 'Plans and forecasts' }).click();
  await expect(page).toHaveURL(/\/timeline\/kind\/plan\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline: Plans and forecasts');
  await page.close();
});

test('entity, agreement and document pages show their slice of the timeline', async ({ page }) => {
  for (const [path, title] of [
    ['/organizations/siemens/', 'Siemens opens an office in Chongqing'],
    ['/agreements/cisco-chongqing-mou-2009/', 'Cisco and Chongqing sign a Memorandum of Understanding'],
    ['/documents/smart-cities-council-zhong-cheng-mou-2015/', 'At least 142 Chinese cities of a million people or more'],
    ['/places/chongqing-new-north-zone/', 'Chongqing New North Zone is established'],
  ]) {
    await page.goto(path!);
    await expect(page.getByRole('region', { name: 'In the timeline' }), path).toContainText(title!);
  }
});
