import { describe, expect, test } from 'vitest';
import { readDocumentEntries } from '../helpers/content.ts';
import { readBuiltPage } from '../helpers/dist.ts';

/**
 * Links into documents are promises: the ids below are pinned in a snapshot,
 * so a change that renames or drops one fails until it is deliberately accepted.
 */
describe.each(readDocumentEntries().map((entry) => [entry.slug] as const))('%s', (slug) => {
  const page = readBuiltPage(`/documents/${slug}/`);
  const ids = [...page.querySelectorAll('[id]')].map((element) => element.id);

  test('every id on the page is unique', () => {
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated).toEqual([]);
  });

  test('every internal #fragment on the page points at an id on it', () => {
    const targets = [...page.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1));
    expect(targets.filter((target) => target !== '' && !ids.includes(target))).toEqual([]);
  });

  test('the ids of the transcription stay the same from build to build', () => {
    const article = page.querySelector('article.transcription')!;
    expect([...article.querySelectorAll('[id]')].map((element) => element.id)).toMatchSnapshot();
  });
});
