import { describe, expect, test } from 'vitest';
import { readSourceBlocks } from '../../src/lib/sources.ts';
import { readDocumentEntries } from '../helpers/content.ts';
import { builtHtmlFiles, readBuiltPage, sourceTextOf } from '../helpers/dist.ts';

/**
 * A change that loses, alters or moves a word of a source fails here: every
 * block of every source must appear, markup stripped, as the text of the
 * element with its id on the built page, and nothing else may be there.
 */
describe.each(readDocumentEntries().map((entry) => [entry.slug, entry] as const))('%s', (slug, entry) => {
  const { file } = entry.data['source'] as { file: string };
  const language = entry.data['language'] as string;
  const blocks = readSourceBlocks(file);
  const page = readBuiltPage(`/documents/${slug}/`);
  const article = page.querySelector('article.transcription');

  test('has a transcription in the source language', () => {
    expect(article?.getAttribute('lang')).toBe(language);
  });

  test.each(blocks.map((block) => [block.n, block] as const))('block %i is reproduced word for word', (n, block) => {
    const element = article?.querySelector(`#p-${n}`);
    expect(element, `#p-${n} missing`).toBeTruthy();
    expect(sourceTextOf(element!)).toBe(block.text);
  });

  test('has exactly one element per source block, in source order', () => {
    const ids = [...article!.querySelectorAll('[id^="p-"]')]
      .map((element) => element.id)
      .filter((id) => /^p-\d+$/.test(id));
    expect(ids).toEqual(blocks.map((block) => `p-${block.n}`));
  });

  test('holds no text outside the numbered blocks but the site’s own apparatus', () => {
    const blockSelector = blocks.map((block) => `#p-${block.n}`).join(', ');
    expect(sourceTextOf(article!, `[data-apparatus], .translation, ${blockSelector}`)).toBe('');
  });

  if (language !== 'en') {
    test('every block has this site’s English translation beside it', () => {
      for (const block of blocks) {
        const translation = article!.querySelector(`#p-${block.n}-en`);
        expect(translation?.getAttribute('lang'), `#p-${block.n}-en`).toBe('en');
        expect(sourceTextOf(translation!, '.translation-label').length, `#p-${block.n}-en`).toBeGreaterThan(0);
        expect(translation!.closest('.aligned')?.querySelector(`#p-${block.n}`), `#p-${block.n}-en`).toBeTruthy();
      }
    });

    test('every original passage is marked with its language', () => {
      for (const block of blocks) {
        expect(article!.querySelector(`#p-${block.n}`)!.closest('[lang]')?.getAttribute('lang')).toBe(language);
      }
    });
  }
});

/**
 * Agreement and event pages quote whole source paragraphs; where the source is not in English, the
 * quote comes with this site's translation of that paragraph, the one its document page shows.
 */
test('a quoted passage in Chinese or German carries the translation its document page gives it', () => {
  const pages = builtHtmlFiles()
    .filter((file) => /^(events|agreements)\/[^/]+\/index\.html$/.test(file))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);
  let translated = 0;
  for (const file of pages) {
    for (const passage of readBuiltPage(file).querySelectorAll('figure.source-passage')) {
      const language = passage.querySelector('blockquote')!.getAttribute('lang');
      const translation = passage.querySelector('.passage-translation');
      if (language === 'en') {
        expect(translation, file).toBeNull();
        continue;
      }
      const [document, paragraph] = passage.querySelector('figcaption a')!.getAttribute('href')!.split('#');
      const original = readBuiltPage(document!).getElementById(`${paragraph}-en`)!;
      expect(translation?.lastChild?.textContent?.trim(), `${file}: ${paragraph}`).toBe(sourceTextOf(original, '.translation-label'));
      translated += 1;
    }
  }
  expect(translated).toBeGreaterThanOrEqual(5);
});
