import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { jsonLdProblems } from '../../src/lib/structured-data.ts';
import { readDataEntries, readDocumentEntries } from '../helpers/content.ts';
import { builtHtmlFiles, readBuiltPage, sitePathOf } from '../helpers/dist.ts';

/**
 * What machines read from the pages: JSON-LD that parses and keeps its
 * promises, citation_* tags for reference managers, Open Graph and Twitter
 * cards, BibTeX and RIS files, and the Atom feed.
 */
const pages = builtHtmlFiles().map((file) => ({ path: sitePathOf(file), html: readFileSync(`dist/${file}`, 'utf8') }));

const jsonLdOf = (html: string) =>
  [...parseHTML(html).document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>);

test('every JSON-LD block on the site parses and has what its type promises', () => {
  const blocks = pages.flatMap((page) => jsonLdOf(page.html).map((block) => ({ page: page.path, block })));
  expect(blocks.length).toBeGreaterThan(250);
  for (const { page, block } of blocks) {
    expect(jsonLdProblems(block), page).toEqual([]);
    expect(block['url'], page).toBe(new URL(page, 'http://localhost:4321').href);
  }
});

describe('each page about something describes it in JSON-LD', () => {
  const cases = [
    ...readDocumentEntries().map((entry) => ({ path: `/documents/${entry.slug}/`, types: ['Article', 'NewsArticle', 'ScholarlyArticle'] })),
    ...readDataEntries('agreements').map((entry) => ({ path: `/agreements/${entry.id}/`, types: ['CreativeWork'] })),
    ...readDataEntries('organizations').map((entry) => ({ path: `/organizations/${entry.id}/`, types: ['Organization', 'GovernmentOrganization', 'EducationalOrganization'] })),
    ...readDataEntries('people').map((entry) => ({ path: `/people/${entry.id}/`, types: ['Person'] })),
    ...readDataEntries('places').map((entry) => ({ path: `/places/${entry.id}/`, types: ['Place', 'Country', 'City'] })),
  ];
  test.each(cases)('$path', ({ path, types }) => {
    const blocks = jsonLdOf(readFileSync(`dist${path}index.html`, 'utf8'));
    expect(blocks).toHaveLength(1);
    expect(types).toContain(blocks[0]!['@type']);
  });

  test('dated events are Events with their date; the working paper is a ScholarlyArticle with its authors', () => {
    const event = jsonLdOf(readFileSync('dist/events/2009-cisco-chongqing-mou/index.html', 'utf8'))[0]!;
    expect(event).toMatchObject({ '@type': 'Event', startDate: '2009-09-11' });
    const paper = jsonLdOf(readFileSync('dist/documents/innovative-city-west-china-chongqing-2008/index.html', 'utf8'))[0]!;
    expect(paper).toMatchObject({ '@type': 'ScholarlyArticle', datePublished: '2008-02', author: [{ name: 'Jon Sigurdson' }, { name: 'Krystyna Palonka' }] });
  });
});

describe('reference managers', () => {
  test('document pages carry citation_* tags Zotero and Google Scholar read', () => {
    const page = readBuiltPage('/documents/innovative-city-west-china-chongqing-2008/');
    const meta = (name: string) => [...page.querySelectorAll(`meta[name="${name}"]`)].map((element) => element.getAttribute('content'));
    expect(meta('citation_title')).toEqual(['Innovative City in West China Chongqing']);
    expect(meta('citation_author')).toEqual(['Jon Sigurdson', 'Krystyna Palonka']);
    expect(meta('citation_publication_date')).toEqual(['2008/02']);
    expect(meta('citation_technical_report_number')).toEqual(['Working Paper 239']);
  });

  test.each([...readDocumentEntries().map((entry) => `/documents/${entry.slug}/`), ...readDataEntries('agreements').map((entry) => `/agreements/${entry.id}/`)])(
    '%s links BibTeX and RIS files that name the page',
    (path) => {
      const page = readBuiltPage(path);
      const links = [...page.querySelectorAll('a[download]')].map((link) => link.getAttribute('href'));
      expect(links).toEqual([`${path}citation.bib`, `${path}citation.ris`]);
      const url = new URL(path, 'http://localhost:4321').href;
      expect(readFileSync(`dist${path}citation.bib`, 'utf8')).toMatch(new RegExp(`^@(techreport|misc)\\{[\\w-]+,\\n[\\s\\S]*  url = \\{${url}\\}`));
      expect(readFileSync(`dist${path}citation.ris`, 'utf8')).toContain(`UR  - ${url}\r\n`);
    },
  );
});

test('every page has Open Graph and Twitter card tags with its own title and description', () => {
  for (const page of pages) {
    const { document } = parseHTML(page.html);
    const content = (selector: string) => document.querySelector(selector)?.getAttribute('content');
    const title = document.querySelector('title')?.textContent ?? '';
    expect(title.startsWith(content('meta[property="og:title"]') ?? '\u0000'), page.path).toBe(true);
    expect(content('meta[property="og:description"]'), page.path).toBe(content('meta[name="description"]'));
    expect(content('meta[name="twitter:card"]'), page.path).toBe('summary');
    expect(content('meta[property="og:locale"]'), page.path).toMatch(/^(en_GB|zh_CN|de_DE)$/);
  }
});

test('the Atom feed lists every document and agreement, newest first, and each entry links its page', () => {
  const { document } = parseHTML(readFileSync('dist/feed.xml', 'utf8'));
  const entries = [...document.querySelectorAll('entry')];
  expect(entries).toHaveLength(readDocumentEntries().length + readDataEntries('agreements').length);
  const updated = entries.map((entry) => entry.querySelector('updated')!.textContent!);
  expect(updated).toEqual([...updated].sort().reverse());
  for (const date of updated) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  for (const entry of entries) {
    const id = entry.querySelector('id')!.textContent!;
    expect(id).toMatch(/^http:\/\/localhost:4321\/(documents|agreements)\/[\w-]+\/$/);
    expect(entry.querySelector('link')!.getAttribute('href')).toBe(id);
  }
});

test('every link to a document says the language of the page it leads to, which is the language its html declares', () => {
  const languageOf = new Map(readDocumentEntries().map((entry) => [`/documents/${entry.slug}/`, entry.data['language'] as string]));
  for (const [path, language] of languageOf) expect(readBuiltPage(path).documentElement.getAttribute('lang')).toBe(language);
  let checked = 0;
  for (const page of pages) {
    for (const link of parseHTML(page.html).document.querySelectorAll('a[href^="/documents/"]')) {
      const target = (link.getAttribute('href') ?? '').replace(/#.*$/, '');
      if (!languageOf.has(target) || page.path === target) continue;
      expect(link.getAttribute('hreflang'), `${page.path} → ${target}`).toBe(languageOf.get(target));
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThan(1000);
});
