import { expect, test } from '@playwright/test';

const paper = '/documents/innovative-city-west-china-chongqing-2008/';

test('a paragraph link lands on the passage and marks it', async ({ page }) => {
  await page.goto(`${paper}#p-196`);
  const passage = page.locator('#p-196');
  await expect(passage).toBeInViewport();
  await expect(passage).toContainText('There are 7 industrial chains');
  const marked = await passage.evaluate((element) => getComputedStyle(element).backgroundColor);
  const unmarked = await page.locator('#p-197').evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(marked).not.toBe(unmarked);
});

test('each paragraph number is a visible link to the paragraph itself', async ({ page }) => {
  await page.goto(paper);
  const number = page.locator('#p-73').getByRole('link', { name: 'Link to paragraph 73' });
  await expect(number).toBeVisible();
  await number.click();
  await expect(page).toHaveURL(new RegExp(`${paper}#p-73$`));
});

test('a heading link lands on the heading', async ({ page }) => {
  await page.goto(`${paper}#p-233`);
  await expect(page.getByRole('heading', { name: 'Main IT enterprises in Chongqing' })).toBeInViewport();
});

test('footnote markers and footnotes link both ways', async ({ page }) => {
  await page.goto(paper);
  await page.getByRole('link', { name: 'Footnote 4', exact: true }).click();
  await expect(page.locator('#fn-4')).toBeInViewport();
  await page.getByRole('link', { name: 'Back to the text of footnote 4' }).click();
  await expect(page.locator('#fnref-4')).toBeInViewport();
});

test('the generated table of contents is open beside the text on a wide screen and links to the headings', async ({ page }) => {
  await page.goto(paper);
  const contents = page.getByRole('navigation', { name: 'Table of contents' });
  await expect(contents.getByRole('link')).toHaveCount(48);
  await contents.getByRole('link', { name: 'Chongqing New North Zone' }).click();
  await expect(page).toHaveURL(/#p-154$/);
  await expect(page.locator('#p-154')).toBeInViewport();
});

test('an editorial note opens on demand and closes with Escape', async ({ page }) => {
  await page.goto(paper);
  const explanation = page.locator('#ed-area-body-text');
  await expect(explanation).toBeHidden();
  await page.locator('#ed-area-body').click();
  await expect(explanation).toBeVisible();
  await expect(explanation).toContainText('implies an area of about 82,000 km²');
  await page.keyboard.press('Escape');
  await expect(explanation).toBeHidden();
});

test('on a phone the contents fold away and open on demand', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(paper);
  const contents = page.getByRole('navigation', { name: 'Table of contents' });
  const link = contents.getByRole('link', { name: 'Chongqing New North Zone' });
  await expect(link).toBeHidden();
  await contents.locator('summary').click();
  await expect(link).toBeVisible();
});
