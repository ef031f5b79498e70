/**
 * How the search index is laid out, shared by the search step
 * (scripts/search-index.ts), which writes it, and the search page
 * (src/scripts/search.ts), which loads it.
 *
 * The index comes in two parts. The catalogue (documents, agreements,
 * organisations, people, places and the site's own pages) answers a search
 * first; the full text (every transcription, by section, and the events and
 * timelines, which outnumber the catalogue) is merged in once those first
 * results are shown. Pagefind loads a list of every record of an index before
 * it can answer, so a cold search waits for the catalogue's list only.
 *
 * Each part is cut into bundles of bounded size for a large archive. The first
 * bundle is pagefind/; its file bundles.json lists the folders of the others,
 * relative to it, by part.
 */

/** The list of further bundles, in the first bundle's folder. */
export const BUNDLE_LIST = 'bundles.json';

/** The further bundles of each part, as folders relative to the first bundle's. */
export interface BundleList {
  /** Searched with the first bundle for the first results. */
  catalogue: string[];
  /** Merged in once the first results are shown. */
  fullText: string[];
}

export type SearchPart = keyof BundleList;

/** The folder of the n-th bundle (1-based, counted over both parts), relative to the first bundle's. */
export function bundleFolder(n: number): string {
  return n === 1 ? '' : `bundle-${n}/`;
}

/** Pages, by site path, whose record belongs to the full text rather than the catalogue: events and timelines. */
const FULL_TEXT_PAGES = /^\/(events|timeline)\//;

/**
 * The part a built page's own record belongs to (its transcription sections, if
 * any, always belong to the full text).
 */
export function searchPartOf(sitePath: string): SearchPart {
  return FULL_TEXT_PAGES.test(sitePath) ? 'fullText' : 'catalogue';
}
