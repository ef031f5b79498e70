import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { builtHtmlFiles, sitePathOf } from '../helpers/dist.ts';

/**
 * Every internal link, asset and #fragment of every built page resolves, in
 * the site as built for the root and as built for a sub-path. External links
 * are listed in reports/external-links.md, not fetched.
 */
const BUILDS = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-archive', base: '/archive/' },
];

const idsOf = new Map<string, Set<string>>();
function idsIn(dir: string, file: string): Set<string> {
  const key = `${dir}/${file}`;
  let ids = idsOf.get(key);
  if (!ids) {
    const { document } = parseHTML(readFileSync(key, 'utf8'));
    ids = new Set([...document.querySelectorAll('[id]')].map((element) => element.id));
    idsOf.set(key, ids);
  }
  return ids;
}

/** The address the builds give themselves (SITE_URL, unset in tests): canonical links point there. */
const SITE = new URL(process.env['SITE_URL'] ?? 'http://localhost:4321').origin;

describe.each(BUILDS)('$dir (base $base)', ({ dir, base }) => {
  const files = builtHtmlFiles(dir);
  const origin = SITE;
  const external = new Map<string, Set<string>>();

  test('has its pages', () => {
    expect(files.length).toBeGreaterThan(400);
  });

  test('every internal link, asset and fragment resolves', () => {
    const broken: string[] = [];
    for (const file of files) {
      const pageUrl = new URL(`${base.replace(/\/$/, '')}${sitePathOf(file)}`, origin);
      const { document } = parseHTML(readFileSync(`${dir}/${file}`, 'utf8'));
      const targets = [
        ...[...document.querySelectorAll('a[href], link[href]')].map((element) => element.getAttribute('href')!),
        ...[...document.querySelectorAll('[src]')].map((element) => element.getAttribute('src')!),
      ];
      for (const target of targets) {
        const url = new URL(target, pageUrl);
        if (url.origin !== origin) {
          if (/^https?:|^mailto:/.test(url.protocol)) {
            (external.get(url.href) ?? external.set(url.href, new Set()).get(url.href)!).add(sitePathOf(file));
          }
          continue;
        }
        if (!url.pathname.startsWith(base)) {
          broken.push(`${sitePathOf(file)} → ${target}: outside ${base}`);
          continue;
        }
        const inside = url.pathname.slice(base.length);
        const targetFile = inside === '' || inside.endsWith('/') ? `${inside}index.html` : decodeURIComponent(inside);
        if (!existsSync(`${dir}/${targetFile}`)) {
          broken.push(`${sitePathOf(file)} → ${target}: no ${targetFile}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && targetFile.endsWith('.html') && !idsIn(dir, targetFile).has(fragment)) {
          broken.push(`${sitePathOf(file)} → ${target}: no #${fragment} in ${targetFile}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  if (dir === 'dist') {
    test('external links are listed in a report', () => {
      mkdirSync('reports', { recursive: true });
      const lines = [...external]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([url, pages]) => `- <${url}> — linked from ${[...pages].sort().join(', ')}`);
      writeFileSync('reports/external-links.md', `# External links (not fetched)\n\n${lines.join('\n')}\n`);
      // The sources' own links (the working paper's references) are the only external ones.
      expect([...external.keys()].every((url) => url.startsWith('http://') || url.startsWith('https://') || url.startsWith('mailto:'))).toBe(true);
      expect(external.size).toBeGreaterThan(0);
    });
  }
});
