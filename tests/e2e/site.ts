/** The pages of the built site, as its sitemap lists them, for tests that visit every one. */
import { readFileSync } from 'node:fs';

const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');

/** Site paths of every page in the sitemap, e.g. "/documents/x/". */
export const sitePages: string[] = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname).sort();

export const documentPages = sitePages.filter((path) => /^\/documents\/[^/]+\/$/.test(path));
