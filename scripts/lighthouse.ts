/**
 * Lighthouse on five representative pages of the built site (dist/), with
 * Lighthouse's default mobile settings (a mid-range phone, simulated slow 4G),
 * driving the same Chromium the browser tests use. Prints the four category
 * scores per page and writes them to reports/lighthouse.md, with every audit
 * that kept a score below 100.
 *
 *   npm run lighthouse            (builds first)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import { chromium as playwrightChromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { findChromium } from './chromium.ts';

const PORT = 4330;
const PAGES = {
  home: '/',
  document: '/documents/cisco-chongqing-mou-release-2009/',
  agreement: '/agreements/cisco-chongqing-mou-2009/',
  timeline: '/timeline/',
  search: '/search/?q=Siemens',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const choice = findChromium();
if (!choice.found) {
  console.error('No Chromium found: run `node scripts/ensure-chromium.ts` or install the chromium package.');
  process.exit(1);
}

const server = spawn(process.execPath, ['scripts/serve.ts', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((ready) => server.stdout.once('data', () => ready()));
const chrome = await launch({
  chromePath: choice.executablePath ?? playwrightChromium.executablePath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});

const rows: string[] = [];
const shortfalls: string[] = [];
try {
  for (const [name, path] of Object.entries(PAGES)) {
    const result = await lighthouse(`http://localhost:${PORT}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = result.lhr;
    const scores = CATEGORIES.map((category) => Math.round((categories[category]?.score ?? 0) * 100));
    rows.push(`| ${name} | \`${path}\` | ${scores.join(' | ')} |`);
    for (const category of CATEGORIES) {
      for (const reference of categories[category]?.auditRefs ?? []) {
        const audit = audits[reference.id];
        if (reference.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          shortfalls.push(`- ${name}, ${category}: ${audit.title} (${audit.displayValue ?? `score ${audit.score}`})`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  server.kill();
}

const report = [
  '# Lighthouse, mobile settings',
  '',
  `| page | path | ${CATEGORIES.join(' | ')} |`,
  `| --- | --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`,
  ...rows,
  '',
  shortfalls.length === 0 ? 'Every scored audit passed.' : 'Audits below 100:',
  ...shortfalls,
  '',
].join('\n');
mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.md', report);
console.log(report);
