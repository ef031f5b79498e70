/**
 * Where the search step (scripts/search-index.ts) writes a large archive's
 * index when it is cut into several Pagefind bundles, and how the search page
 * (src/scripts/search.ts) finds them: the first bundle is pagefind/, and its
 * file bundles.json lists the folders of the others, relative to it.
 */

/** The list of further bundles, in the first bundle's folder. */
export const BUNDLE_LIST = 'bundles.json';

/** The folder of the n-th bundle (1-based), relative to the first bundle's. */
export function bundleFolder(n: number): string {
  return n === 1 ? '' : `bundle-${n}/`;
}
