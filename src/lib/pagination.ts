/**
 * Long lists cut into numbered pages of a fixed number of items, so that no
 * page grows with the archive: page 1 lives at the list's own address
 * (/timeline/), the others below it (/timeline/page/2/).
 */

export interface Page<T> {
  /** From 1. */
  number: number;
  /** How many pages the list has. */
  count: number;
  items: T[];
  /** Position in the whole list of the page's first item, from 0. */
  offset: number;
  /** Items in the whole list. */
  total: number;
}

/** The list in pages of `size` items; an empty list is one empty page, so the list's own address always exists. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`A page holds at least one item, not ${size}.`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
    offset: index * size,
    total: items.length,
  }));
}

/** The rest parameter of a paginated route: none for page 1, "page/2" after. */
export const pageParam = (number: number) => (number === 1 ? undefined : `page/${number}`);

/** A page's site-relative path, from the path of the list's first page (ending in "/"). */
export const pagePath = (first: string, number: number) => (number === 1 ? first : `${first}page/${number}/`);

/**
 * The page numbers a pager shows: the first and last, the current one and
 * `radius` either side, with a gap (null) where numbers are left out, so a
 * pager stays short however many pages there are.
 */
export function pageWindow(current: number, count: number, radius = 2): Array<number | null> {
  const shown: Array<number | null> = [];
  for (let number = 1; number <= count; number += 1) {
    if (number === 1 || number === count || Math.abs(number - current) <= radius) shown.push(number);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}

/**
 * Groups (a document's mentions, a city's agreements) paginated by their
 * items: a page holds the part of each group that falls on it, and a group
 * cut by a page break goes on at the top of the next. Offsets and totals count
 * items, not groups.
 */
export function paginateGroups<G, T>(
  groups: readonly G[],
  itemsOf: (group: G) => readonly T[],
  withItems: (group: G, items: T[]) => G,
  size: number,
): Page<G>[] {
  const rows = groups.flatMap((group) => itemsOf(group).map((item) => ({ group, item })));
  return paginate(rows, size).map((page) => {
    const parts: Array<{ group: G; items: T[] }> = [];
    for (const { group, item } of page.items) {
      if (parts.at(-1)?.group !== group) parts.push({ group, items: [] });
      parts.at(-1)!.items.push(item);
    }
    return { ...page, items: parts.map(({ group, items }) => withItems(group, items)) };
  });
}

/** The first `limit` items, shown in place, and how many more a fuller list elsewhere holds. */
export function preview<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}
