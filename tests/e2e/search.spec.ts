import { expect, test, type Page } from '@playwright/test';
import { searchComplete } from './search-results.ts';

/** Result links in order, without the highlight query Pagefind adds. */
const resultLinks = (page: Page) =>
  page.locator('.search-result-title a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

async function searchFromHeader(page: Page, query: string) {
  const field = page.getByRole('search', { name: 'Site' }).getByRole('searchbox');
  await field.fill(query);
  await field.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await searchComplete(page);
}

/** Each query and a page it must find; `top` says how high that page must rank. */
const QUERIES: Array<{ query: string; finds: string; top?: number }> = [
  { query: 'Elfrink', finds: '/people/wim-elfrink/', top: 1 },
  { query: 'Wim Elfrink', finds: '/people/wim-elfrink/', top: 1 },
  { query: 'Huang Qifan', finds: '/people/huang-qifan/', top: 1 },
  { query: 'Smart+Connected', finds: '/documents/cisco-chongqing-mou-release-2009/', top: 3 },
  { query: 'wireless sensor networks', finds: '/documents/cisco-chongqing-mou-release-2009/', top: 5 },
  { query: 'QingCloud', finds: '/organizations/qingcloud/', top: 1 },
  { query: '青云', finds: '/organizations/qingcloud/', top: 1 },
  { query: '萧洁云', finds: '/people/xiao-jieyun/', top: 1 },
  { query: '碧桂园', finds: '/organizations/country-garden/', top: 1 },
  { query: '物联网', finds: '/documents/cisco-guangzhou-smart-city-centre-2018/' },
  { query: '番禺', finds: '/places/panyu/', top: 3 },
  { query: 'Rahmenvereinbarung', finds: '/documents/siemens-chongqing-framework-agreement-2024/', top: 1 },
  { query: 'Zusammenarbeit', finds: '/documents/siemens-chongqing-framework-agreement-2024/', top: 1 },
  { query: 'Xiao Song', finds: '/people/xiao-song/', top: 1 },
  { query: 'Roland Busch', finds: '/people/roland-busch/', top: 1 },
  { query: 'Jesse Berst', finds: '/people/jesse-berst/', top: 1 },
  { query: 'Qualcomm', finds: '/organizations/qualcomm/', top: 1 },
  { query: 'Three Gorges', finds: '/places/three-gorges-dam/', top: 3 },
  { query: 'Silian', finds: '/organizations/china-silian-instrument-group/', top: 2 },
  { query: 'TD-SCDMA', finds: '/documents/innovative-city-west-china-chongqing-2008/', top: 1 },
  // Our own: a company, a product, a road in Chinese script, a street with an umlaut, a zone.
  // Siemens and Siemens (China) score within 0.2 % of each other: either may come first.
  { query: 'Siemens', finds: '/organizations/siemens/', top: 2 },
  { query: 'Xiaolingtong', finds: '/documents/innovative-city-west-china-chongqing-2008/' },
  { query: '金光东隧道', finds: '/places/jinguang-east-tunnel/', top: 2 },
  { query: 'Hölländargatan', finds: '/documents/innovative-city-west-china-chongqing-2008/', top: 1 },
  { query: 'Erlang', finds: '/places/erlang-new-sci-tech-town/', top: 1 },
];

for (const start of ['/documents/', '/documents/cisco-guangzhou-smart-city-centre-2018/']) {
  test.describe(`searching from ${start}`, () => {
    for (const { query, finds, top } of QUERIES) {
      test(`“${query}” finds ${finds}${top ? ` in the top ${top}` : ''}`, async ({ page }) => {
        await page.goto(start);
        await searchFromHeader(page, query);
        const links = await resultLinks(page);
        const shown = top ? links.slice(0, top) : links;
        expect(shown, `results: ${links.join(' ')}`).toContain(finds);
      });
    }
  });
}

test('queries that should find nothing say so', async ({ page }) => {
  for (const query of ['qwxzv', '§§§']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search-status]')).toHaveText(`No results for “${query}”.`);
    await expect(page.locator('.search-result')).toHaveCount(0);
  }
});

test('a result says what it is, its language and date, and marks the match', async ({ page }) => {
  await page.goto('/search/?q=Rahmenvereinbarung');
  const first = page.locator('.search-result').first();
  await expect(first.locator('.search-result-meta')).toContainText('Document');
  await expect(first.locator('.search-result-meta')).toContainText('German');
  await expect(first.locator('.search-result-meta')).toContainText('25 June 2024');
  await expect(first.locator('.search-result-excerpt mark').first()).toHaveText(/Rahmenvereinbarung/i);
});

test('excerpts are the page\'s own text, not the values it is filtered by', async ({ page }) => {
  await page.goto('/search/?q=Siemens%20Chongqing');
  const excerpts = page.locator('.search-result-excerpt');
  await expect(excerpts.first()).toBeVisible();
  for (const excerpt of await excerpts.allTextContents()) {
    expect(excerpt).not.toMatch(/(Document|Agreement|Organisation|Person|Place|Event|Timeline|Index)(English|Chinese|German)/);
    // Nor words run together where the page's markup separates them ("Event · Institution", then the city).
    expect(excerpt).not.toMatch(/[a-z](Chongqing|Guangzhou)\b/);
  }
});

test('a section result links to the headings and the paragraph it matches, and arriving there highlights the words', async ({ page }) => {
  await page.goto('/search/?q=Chongqing%20New%20North%20Zone%20airport');
  const result = page.locator('.search-result', { hasText: 'Innovative City in West China Chongqing —' });
  await expect(result.locator('.search-result-title a')).toHaveAttribute('href', /\/documents\/innovative-city-west-china-chongqing-2008\/\?highlight=.*#p-\d+$/);
  await expect(result.locator('.search-result-places a', { hasText: /^Paragraph \d+$/ })).toHaveCount(1);
  const section = result.locator('.search-result-places a', { hasText: 'Chongqing New North Zone' });
  await expect(section).toHaveAttribute('href', /\/documents\/innovative-city-west-china-chongqing-2008\/\?highlight=.*#p-154$/);
  await section.click();
  await expect(page.locator('#p-154')).toBeInViewport();
  await expect(page.locator('#p-154 .search-highlight').first()).toBeVisible();
});

test('the URL holds the query and the filters, so a search can be linked and reloaded', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('#search-query').fill('Cisco');
  await page.getByRole('combobox', { name: 'Type' }).selectOption('Agreement');
  await page.getByRole('combobox', { name: 'City' }).selectOption('Guangzhou');
  await expect(page).toHaveURL(/\/search\/\?q=Cisco&type=Agreement&city=Guangzhou$/);
  await page.reload();
  await expect(page.locator('#search-query')).toHaveValue('Cisco');
  await expect(page.getByRole('combobox', { name: 'Type' })).toHaveValue('Agreement');
  await searchComplete(page);
  const types = page.locator('.search-result-meta .search-type');
  expect(await types.count()).toBeGreaterThan(2);
  const metas = await types.allTextContents();
  expect(new Set(metas)).toEqual(new Set(['Agreement']));
  expect(await resultLinks(page)).toContain('/agreements/cisco-qingcloud-cooperation-agreement-2018/');
  expect(await resultLinks(page)).not.toContain('/agreements/cisco-chongqing-mou-2009/');
});

test('“/” focuses the search field on any page, and Escape clears the results', async ({ page }) => {
  await page.goto('/people/');
  await page.keyboard.press('/');
  await expect(page.getByRole('search', { name: 'Site' }).getByRole('searchbox')).toBeFocused();
  await page.goto('/search/?q=Qualcomm');
  await expect(page.locator('.search-result').first()).toBeVisible();
  await page.locator('#search-query').press('Escape');
  await expect(page.locator('.search-result')).toHaveCount(0);
  await expect(page).toHaveURL(/\/search\/$/);
});

test('a page loads nothing of the search until the search field is used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/documents/innovative-city-west-china-chongqing-2008/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
});

test.describe('a query is untrusted input', () => {
  test('markup in the query is shown as text, never run', async ({ page }) => {
    let dialog = false;
    page.on('dialog', async (opened) => {
      dialog = true;
      await opened.dismiss();
    });
    const attack = '<img src=x onerror=alert(1)>"\'><script>alert(2)</script>';
    await page.goto(`/search/?q=${encodeURIComponent(attack)}`);
    await expect(page.locator('[data-search-status]')).toContainText(attack);
    await expect(page.locator('main img, main script:not([type="module"])')).toHaveCount(0);
    expect(dialog).toBe(false);
  });

  test('a 10,000-character query is cut for searching and says so', async ({ page }) => {
    const long = 'Chongqing '.repeat(1000);
    await page.goto(`/search/?q=${encodeURIComponent(long)}`);
    await expect(page.locator('[data-search-status]')).toContainText('only the first 200 characters were searched');
    expect((await page.locator('#search-query').inputValue()).length).toBeGreaterThanOrEqual(9999);
  });
});

test('without JavaScript the search page says so and links the indexes', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto('/search/?q=Cisco');
  await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
  for (const name of ['Documents', 'Agreements', 'Organisations', 'People', 'Places', 'Timeline']) {
    await expect(page.locator('[data-search-fallback]').getByRole('link', { name })).toBeVisible();
  }
  await page.close();
});

test('with JavaScript the search page does not show the no-script notice', async ({ page }) => {
  await page.goto('/search/?q=Cisco');
  await expect(page.locator('.search-result').first()).toBeVisible();
  await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeHidden();
});
