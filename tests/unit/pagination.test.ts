import { describe, expect, test } from 'vitest';
import { pageParam, pagePath, pageWindow, paginate, paginateGroups, preview } from '../../src/lib/pagination.ts';

describe('paginate', () => {
  test('cuts a list into pages of the given size, the last one shorter', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6, 7], 3);
    expect(pages.map((page) => page.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.map((page) => [page.number, page.offset, page.count, page.total])).toEqual([
      [1, 0, 3, 7],
      [2, 3, 3, 7],
      [3, 6, 3, 7],
    ]);
  });

  test('an empty list is one empty page, so the list page still exists', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [], offset: 0, total: 0 }]);
  });

  test('refuses a page size that cannot hold an item', () => {
    expect(() => paginate([1], 0)).toThrow(/at least one item/);
    expect(() => paginate([1], 2.5)).toThrow(/at least one item/);
  });
});

describe('page addresses', () => {
  test('page 1 is the list itself, later pages lie below it', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(4)).toBe('page/4');
    expect(pagePath('/timeline/chongqing/', 1)).toBe('/timeline/chongqing/');
    expect(pagePath('/timeline/chongqing/', 4)).toBe('/timeline/chongqing/page/4/');
  });
});

describe('pageWindow', () => {
  test('shows every page of a short list', () => {
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  test('keeps first, last and the neighbours of the current page, with gaps between', () => {
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pageWindow(20, 20, 1)).toEqual([1, null, 19, 20]);
  });
});

describe('paginateGroups', () => {
  const groups = [
    { city: 'chongqing', agreements: ['a', 'b', 'c'] },
    { city: 'guangzhou', agreements: ['d'] },
    { city: 'elsewhere', agreements: [] as string[] },
    { city: 'national', agreements: ['e', 'f'] },
  ];
  const pages = paginateGroups(groups, (group) => group.agreements, (group, agreements) => ({ ...group, agreements }), 2);

  test('pages count items, and a group cut by a page break goes on on the next page', () => {
    expect(pages.map((page) => page.items)).toEqual([
      [{ city: 'chongqing', agreements: ['a', 'b'] }],
      [
        { city: 'chongqing', agreements: ['c'] },
        { city: 'guangzhou', agreements: ['d'] },
      ],
      [{ city: 'national', agreements: ['e', 'f'] }],
    ]);
    expect(pages.map((page) => [page.offset, page.total, page.count])).toEqual([
      [0, 6, 3],
      [2, 6, 3],
      [4, 6, 3],
    ]);
  });
});

describe('preview', () => {
  test('shows the first items and counts the rest', () => {
    expect(preview(['a', 'b', 'c'], 2)).toEqual({ shown: ['a', 'b'], more: 1 });
    expect(preview(['a'], 2)).toEqual({ shown: ['a'], more: 0 });
  });
});
