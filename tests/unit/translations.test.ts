import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { readTranslations } from '../../src/lib/translations.ts';

function mdxFile(body: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'translations-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  const file = join(folder, 'document.mdx');
  writeFileSync(file, `---\ntitle: A document\n---\n\n${body}`);
  return file;
}

test("a document's translations are read from its MDX, by paragraph number, trimmed", () => {
  const file = mdxFile(
    '<Aligned>\n<Passage n={1}>思科签约</Passage>\n<Translation n={1}>\n  Cisco signs\n</Translation>\n</Aligned>\n\n' +
      '<Passage n={2}>重庆</Passage>\n\n<Aligned><Passage n={3}>城市</Passage><Translation n={3}>City</Translation></Aligned>\n',
  );
  expect(readTranslations(file)).toEqual(new Map([[1, 'Cisco signs'], [3, 'City']]));
});

test('a document in English has none', () => {
  expect(readTranslations(mdxFile('<Passage n={1}>News Release</Passage>\n')).size).toBe(0);
});
