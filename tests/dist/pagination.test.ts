import { describe, expect, test } from 'vitest';
import { readDataEntries } from '../helpers/content.ts';
import { readBuiltPage } from '../helpers/dist.ts';

/**
 * Long lists go on over further pages instead of growing one page. The real
 * archive has one list long enough: the passages that name Chongqing (121
 * paragraphs, 100 a page). Timeline pages are checked on a larger corpus in
 * tests/build/synthetic-corpus.test.ts.
 */
const paragraphLinks = (page: Document) =>
  [...page.querySelectorAll('#mentions-heading ~ .mention-group .mention-paragraph')].map((link) => link.getAttribute('href'));

describe('the mentions of Chongqing', () => {
  const first = readBuiltPage('/places/chongqing/');
  const second = readBuiltPage('/places/chongqing/mentions/page/2/');

  test('run over two pages, every paragraph exactly once', () => {
    const links = [...paragraphLinks(first), ...paragraphLinks(second)];
    expect(paragraphLinks(first)).toHaveLength(100);
    expect(links).toHaveLength(121);
    expect(new Set(links).size).toBe(121);
    expect(first.querySelector('#mentions-heading + p')?.textContent).toMatch(/^197 mentions in 121 paragraphs of 3 documents, found from the names above\. Page 1 of 2: paragraphs 1–100\.$/);
  });

  test('a document cut by the page break goes on under its own heading', () => {
    const lastOnFirst = [...first.querySelectorAll('.mention-group h3 a')].at(-1)?.textContent;
    const firstOnSecond = second.querySelector('.mention-group h3 a')?.textContent;
    expect(lastOnFirst).toBe(firstOnSecond);
  });

  test('link to each other through a pager that names the current page', () => {
    const pager = (page: Document) => page.querySelector('nav.pager[aria-label="Pages of mentions"]')!;
    expect(pager(first).querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/places/chongqing/mentions/page/2/');
    expect(pager(first).querySelector('[aria-current="page"]')?.textContent).toBe('Page 1');
    expect(pager(second).querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/places/chongqing/#mentions-heading');
    expect(pager(second).querySelector('[aria-current="page"]')?.textContent).toBe('Page 2');
    expect(second.querySelector('main a[href="/places/chongqing/"]')).not.toBeNull();
  });

  test('only the first page is in the search index, since the later ones add no text of their own', () => {
    expect(first.querySelector('[data-pagefind-body]')).not.toBeNull();
    expect(second.querySelector('[data-pagefind-body]')).toBeNull();
  });
});

test('a list that fits on one page has no pager', () => {
  for (const path of ['/timeline/', '/documents/', '/agreements/', '/organizations/cisco/']) {
    expect(readBuiltPage(path).querySelector('nav.pager'), path).toBeNull();
  }
});

test('a document keeps its whole timeline slice: it grows with the document, not with the archive', () => {
  const paper = 'innovative-city-west-china-chongqing-2008';
  const recorded = readDataEntries('events').filter((event) => JSON.stringify(event.data).includes(`"document":"${paper}"`));
  expect(recorded.length).toBeGreaterThan(50);
  const slice = readBuiltPage(`/documents/${paper}/`).querySelectorAll('section[aria-labelledby="timeline-slice"] .slice-list > li');
  expect(slice).toHaveLength(recorded.length);
});
