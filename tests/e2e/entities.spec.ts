import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('from an agreement to a signatory’s page and back', async ({ page }) => {
  await page.goto('/agreements/siemens-chongqing-framework-agreement-2024/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siemens–Chongqing framework agreement on strategic cooperation');
  const signatories = page.getByRole('table', { name: 'People at the signing' });
  await expect(signatories.getByRole('row', { name: /Xiao Song/ })).toContainText('Signed for Siemens (China) Co., Ltd.');
  await signatories.getByRole('link', { name: 'Xiao Song' }).click();
  await expect(page).toHaveURL(/\/people\/xiao-song\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xiao Song');
  await expect(page.getByRole('heading', { name: 'Roles over time' })).toBeVisible();
  await page.getByRole('link', { name: 'Siemens–Chongqing framework agreement on strategic cooperation', exact: true }).click();
  await expect(page).toHaveURL(/\/agreements\/siemens-chongqing-framework-agreement-2024\/$/);
});

test('from a person to the paragraph that mentions them', async ({ page }) => {
  await page.goto('/people/xiao-jieyun/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Xiao Jieyun');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('萧洁云');
  const mentions = page.getByRole('region', { name: 'Mentions in the sources' });
  await mentions.getByRole('link', { name: '¶ 12' }).click();
  await expect(page).toHaveURL(/\/documents\/cisco-guangzhou-smart-city-centre-2018\/#p-12$/);
  await expect(page.locator('#p-12')).toBeInViewport();
  await expect(page.locator('#p-12')).toContainText('萧洁云');
});

test('every fact on an agreement page links to the paragraph it is quoted from', async ({ page }) => {
  await page.goto('/agreements/cisco-chongqing-mou-2009/');
  const sourceLinks = page.locator('.citations a');
  expect(await sourceLinks.count()).toBeGreaterThan(10);
  for (const href of await sourceLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).toMatch(/^\/documents\/cisco-chongqing-mou-release-2009\/#p-\d+$/);
  }
  await expect(page.getByRole('region', { name: 'Signatories, witnesses and others present' })).toContainText('Huang Qifan');
  await expect(page.getByRole('region', { name: 'Commitments and figures' })).toContainText('10B RMB');
  await expect(page.getByRole('region', { name: 'Cite this agreement' })).toContainText('/agreements/cisco-chongqing-mou-2009/');
});

test('a document page links the first mention of an entity and lists what it mentions', async ({ page }) => {
  await page.goto('/documents/cisco-guangzhou-smart-city-centre-2018/');
  await page.locator('#p-7').getByRole('link', { name: '青云' }).click();
  await expect(page).toHaveURL(/\/organizations\/qingcloud\/$/);
  await page.goBack();
  const aside = page.getByRole('navigation', { name: 'In this document' });
  await expect(aside.getByRole('link', { name: 'Cisco–QingCloud cooperation agreement' })).toBeVisible();
  await expect(aside.getByRole('link', { name: 'Xiao Jieyun' })).toBeVisible();
});

test('the city dossiers gather partners, agreements, people and key figures', async ({ page }) => {
  await page.goto('/places/guangzhou/');
  await expect(page.getByRole('region', { name: 'Agreements concerning Guangzhou' })).toContainText('Guangzhou–Cisco cooperation framework agreement');
  await expect(page.getByRole('region', { name: 'Partners in these agreements' })).toContainText('QingCloud');
  await expect(page.getByRole('region', { name: 'People involved' })).toContainText('Ma Wentian');
  await page.goto('/places/chongqing/');
  await expect(page.getByRole('region', { name: 'Key figures and facts' })).toContainText('31 million');
  await expect(page.getByRole('region', { name: 'Districts, zones and parks' })).toContainText('Chongqing New North Zone');
});

for (const collection of ['agreements', 'organizations', 'people', 'places']) {
  test(`/${collection}/ lists every entry`, async ({ page }) => {
    const ids = readdirSync(`content/${collection}`).map((file) => file.replace(/\.yaml$/, ''));
    await page.goto(`/${collection}/`);
    const linked = await page
      .getByRole('main')
      .locator(`a[href^="/${collection}/"]`)
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(linked)).toEqual(new Set(ids.map((id) => `/${collection}/${id}/`)));
  });
}

test('people are filed under their family name, Chinese names included', async ({ page }) => {
  await page.goto('/people/');
  await expect(page.getByRole('region', { name: 'B' })).toContainText('Berst, Jesse');
  await expect(page.getByRole('region', { name: 'X' })).toContainText('Xiao Jieyun (萧洁云)');
});
