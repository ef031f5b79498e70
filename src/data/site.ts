/** What the site says about itself: its name, where to report errors, and the licences of what it publishes. */
import type { PackageInfo } from '../lib/open-data.ts';
import { absoluteLink, link } from '../lib/links.ts';

export const SITE_NAME = 'Smart-City Partnerships';

/**
 * The repository the site is built from, set at build time (REPOSITORY_URL);
 * its issue tracker is where readers report errors.
 */
export const REPOSITORY_URL = process.env['REPOSITORY_URL']?.replace(/\/$/, '');

/**
 * Items per page of the lists that grow with the archive, so that no page
 * does: at these sizes a page stays well under 100 KB compressed (README, "Scale").
 */
export const PAGE_SIZE = {
  documents: 100,
  agreements: 100,
  events: 200,
  mentions: 100,
  feed: 50,
  /** Items an entity page lists of a long list (its agreements, its timeline) before pointing to the full one. */
  preview: 50,
} as const;

export const LICENCES = {
  code: { name: 'MIT', title: 'MIT License', path: 'https://opensource.org/license/mit' },
  data: { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;

export const DATA_PACKAGE_INFO = (site: URL): PackageInfo => ({
  name: 'smart-city-partnerships',
  title: `${SITE_NAME}: agreements, organisations, people, places and events`,
  description:
    'Structured facts drawn from five source documents on the agreements foreign companies and organisations signed with Chongqing and Guangzhou. Every row cites the paragraphs that state it.',
  homepage: absoluteLink(link('/data/'), site),
  licenses: [LICENCES.data],
  sources: [{ title: 'The five source documents, transcribed on this site', path: absoluteLink(link('/documents/'), site) }],
});
