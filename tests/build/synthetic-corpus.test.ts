import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, expect, test } from 'vitest';
import { writeSyntheticCorpus } from '../../scripts/synthetic-corpus.ts';
import { build, copyProject } from '../helpers/project.ts';

/**
 * The scale benchmark's corpus passes every check of the real build, so
 * `npm run bench:scale` measures the site as it is, not a broken copy of it.
 */
const dir = copyProject();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a synthetic corpus of 200 documents builds, each copy with its own new paragraph, agreements and events', () => {
  writeSyntheticCorpus(dir, 200);
  const { status, output } = build(dir);
  expect(output.slice(-2000), 'build output').toContain('Built into dist/.');
  expect(status).toBe(0);
  const documents = readdirSync(join(dir, 'dist/documents'), { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'page');
  expect(documents).toHaveLength(200);
  // 100 a page: the index goes on at /documents/page/2/.
  expect(readdirSync(join(dir, 'dist/documents/page'))).toEqual(['2']);
  const copy = readFileSync(join(dir, 'dist/documents/siemens-chongqing-framework-agreement-2024-c2/index.html'), 'utf8');
  expect(copy).toContain('id="p-7"');
  const copiedAgreements = readdirSync(join(dir, 'content/agreements')).filter((file) => /-c[12]\.yaml$/.test(file));
  expect(copiedAgreements.length).toBeGreaterThan(4);
  for (const file of copiedAgreements) expect(existsSync(join(dir, 'dist/agreements', file.replace(/\.yaml$/, ''), 'index.html'))).toBe(true);
  checkTimelinePages();
  checkSummarisedGraphs();
}, 300_000);

/** Graphs too large to draw legibly are summarised, and long lists shortened, so their pages stop growing: the network, Chongqing's neighbourhood, the map's list. */
function checkSummarisedGraphs() {
  const page = (path: string) => parseHTML(readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8')).document;
  const network = page('network').querySelector('main')!;
  expect(network.querySelector('svg')).toBeNull();
  expect(network.querySelector('table')).toBeNull();
  expect(network.textContent).toMatch(/[\d,]+ links, each stated in the sources[\s\S]*more than the 600 links one drawing can show/);
  const chongqing = page('places/chongqing').querySelector('section[aria-labelledby="network-heading"]')!;
  expect(chongqing.querySelector('svg')).toBeNull();
  expect(chongqing.textContent).toMatch(/more than the 150 a drawing\s+can show legibly/);
  const onTheMap = [...page('map').querySelectorAll('main li')].find((item) => item.querySelector('p a')?.getAttribute('href') === '/places/chongqing/')!;
  expect(onTheMap.querySelectorAll('a[href^="/agreements/"]:not([href="/agreements/"])')).toHaveLength(50);
  expect(onTheMap.textContent).toMatch(/; and [\d,]+ more on the agreement pages/);
}

/** At 200 documents the timeline runs over pages: every event on exactly one, the chart on each leading to the right page. */
function checkTimelinePages() {
  const page = (path: string) => parseHTML(readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8')).document;
  const events = readdirSync(join(dir, 'content/events')).length;
  const pages = [page('timeline')];
  const pagerLinks = [...pages[0]!.querySelectorAll('nav.pager a:not([rel])')].map((link) => link.getAttribute('href'));
  const last = Number(pagerLinks.at(-1)!.match(/\/timeline\/page\/(\d+)\/$/)![1]);
  expect(last).toBe(Math.ceil(events / 200));
  for (let number = 2; number <= last; number += 1) pages.push(page(`timeline/page/${number}`));

  const listed = pages.flatMap((timeline) => [...timeline.querySelectorAll('.chronology .timeline-list > li a[href^="/events/"]')].map((link) => link.getAttribute('href')));
  expect(new Set(listed).size).toBe(events);
  expect(pages.slice(0, -1).every((timeline) => timeline.querySelectorAll('.chronology .timeline-list > li').length === 200)).toBe(true);

  // The instant filter only filters what a page holds, so a paginated timeline offers the filter pages instead.
  expect(pages[0]!.querySelector('[data-timeline-filter]')).toBeNull();
  for (const timeline of pages) {
    for (const mark of timeline.querySelectorAll('.chart-mark')) {
      const [path, anchor] = mark.getAttribute('href')!.split('#') as [string, string];
      const target = path === '' ? timeline : pages[path === '/timeline/' ? 0 : Number(path.match(/(\d+)\/$/)![1]) - 1]!;
      expect(target.getElementById(anchor), mark.getAttribute('href')!).not.toBeNull();
    }
  }
}
