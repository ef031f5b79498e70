import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeSyntheticCorpus } from '../../scripts/synthetic-corpus.ts';
import { build, copyProject } from '../helpers/project.ts';

/**
 * The scale benchmark's corpus passes every check of the real build, so
 * `npm run bench:scale` measures the site as it is, not a broken copy of it.
 */
const dir = copyProject();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a synthetic corpus of 15 documents builds, each copy with its own new paragraph, agreements and events', () => {
  writeSyntheticCorpus(dir, 15);
  const { status, output } = build(dir);
  expect(output.slice(-2000), 'build output').toContain('Built into dist/.');
  expect(status).toBe(0);
  const documents = readdirSync(join(dir, 'dist/documents'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  expect(documents).toHaveLength(15);
  const copy = readFileSync(join(dir, 'dist/documents/siemens-chongqing-framework-agreement-2024-c2/index.html'), 'utf8');
  expect(copy).toContain('id="p-7"');
  const copiedAgreements = readdirSync(join(dir, 'content/agreements')).filter((file) => /-c[12]\.yaml$/.test(file));
  expect(copiedAgreements.length).toBeGreaterThan(4);
  for (const file of copiedAgreements) expect(existsSync(join(dir, 'dist/agreements', file.replace(/\.yaml$/, ''), 'index.html'))).toBe(true);
}, 180_000);
