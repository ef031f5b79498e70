import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { builtHtmlFiles, sitePathOf } from '../helpers/dist.ts';

/** Page weight budgets, measured on the built files as a static host serves them (gzip). */
const KB = 1024;
const BUDGET = {
  /** The largest document page: the whole 90 KB working paper with its apparatus. */
  documentHtml: 60 * KB,
  /** Any page's HTML. */
  pageHtml: 100 * KB,
  /** The stylesheets a page loads. */
  css: 20 * KB,
  /** The scripts a page carries, on every page but search (whose engine loads on use). */
  js: 5 * KB,
};

const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const cache = new Map<string, number>();
const assetSize = (path: string) => {
  let size = cache.get(path);
  if (size === undefined) cache.set(path, (size = gzipped(readFileSync(`dist${path}`))));
  return size;
};

const pages = builtHtmlFiles('dist').map((file) => {
  const html = readFileSync(`dist/${file}`, 'utf8');
  const { document } = parseHTML(html);
  const css =
    [...document.querySelectorAll('link[rel="stylesheet"]')].reduce((sum, link) => sum + assetSize(link.getAttribute('href')!), 0) +
    [...document.querySelectorAll('style')].reduce((sum, style) => sum + gzipped(style.textContent ?? ''), 0);
  const js = [...document.querySelectorAll('script')].reduce(
    (sum, script) => sum + (script.getAttribute('src') ? assetSize(script.getAttribute('src')!) : gzipped(script.textContent ?? '')),
    0,
  );
  return { path: sitePathOf(file), html: gzipped(html), css, js, images: [...document.querySelectorAll('img')] };
});

const over = (limit: number, size: (page: (typeof pages)[number]) => number, which = pages) =>
  which.filter((page) => size(page) > limit).map((page) => `${page.path}: ${(size(page) / KB).toFixed(1)} KB`);

describe('page weight (gzip)', () => {
  test(`the largest document page is at most ${BUDGET.documentHtml / KB} KB of HTML`, () => {
    const documents = pages.filter((page) => /^\/documents\/[^/]+\/$/.test(page.path));
    expect(documents).toHaveLength(5);
    expect(over(BUDGET.documentHtml, (page) => page.html, documents)).toEqual([]);
  });

  test(`no page is over ${BUDGET.pageHtml / KB} KB of HTML`, () => {
    expect(over(BUDGET.pageHtml, (page) => page.html)).toEqual([]);
  });

  test(`every page loads at most ${BUDGET.css / KB} KB of CSS`, () => {
    expect(over(BUDGET.css, (page) => page.css)).toEqual([]);
  });

  test(`every page but search carries at most ${BUDGET.js / KB} KB of JavaScript`, () => {
    expect(over(BUDGET.js, (page) => page.js, pages.filter((page) => page.path !== '/search/'))).toEqual([]);
  });

  test('images, where there are any, have their size and a modern format', () => {
    const bad = pages.flatMap((page) =>
      page.images
        .filter((image) => !image.getAttribute('width') || !image.getAttribute('height') || !/\.(svg|webp|avif)$/.test(image.getAttribute('src') ?? ''))
        .map((image) => `${page.path}: ${image.getAttribute('src')}`),
    );
    expect(bad).toEqual([]);
  });
});
