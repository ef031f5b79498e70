/** The pages of the built site, for tests that visit every one of them. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Site paths of every built page, e.g. "/documents/x/"; the 404 page as "/404.html". */
export const sitePages: string[] = htmlFiles('dist')
  .map((file) => `/${relative('dist', file).split(sep).join('/')}`.replace(/index\.html$/, ''))
  .sort();

export const documentPages = sitePages.filter((path) => /^\/documents\/[^/]+\/$/.test(path));
