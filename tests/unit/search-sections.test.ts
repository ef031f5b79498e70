import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { readTranscriptionPage, sectionPage, sections, sectionTitle } from '../../src/lib/search-sections.ts';

/** A document page as the site renders it, around a transcription's blocks. */
const page = (blocks: string, around = '') =>
  `<!doctype html><html><body><h1>A paper</h1>${around}<article class="transcription" data-pagefind-ignore="all">${blocks}</article></body></html>`;

/** The blocks of a transcription as the search step reads them. */
const transcription = (blocks: string) => readTranscriptionPage(page(blocks))!.blocks;

const words = (count: number, word = 'lorem') => Array.from({ length: count }, () => word).join(' ');
const ids = (found: ReturnType<typeof sections>) => found.map((section) => section.blocks.map((block) => block.id));

describe('readTranscriptionPage', () => {
  test('reads the title, and the metadata and filters as the page gives them', () => {
    const read = readTranscriptionPage(
      page(
        '<p id="p-1">Text.</p>',
        '<p data-pagefind-meta="date">2009</p><p data-pagefind-meta="date">3 November 2009</p>' +
          '<ul><li data-pagefind-filter="organisation">AT&amp;T</li><li data-pagefind-filter="organisation">Cisco <b>Systems</b></li></ul>',
      ),
    )!;
    expect(read.title).toBe('A paper');
    expect(read.meta).toEqual({ date: '3 November 2009' });
    expect(read.filters).toEqual({ organisation: ['AT&T', 'Cisco Systems'] });
  });

  test('reads the blocks in page order, entities decoded, whitespace normalised, headings marked', () => {
    const read = readTranscriptionPage(page('<h2 id="p-1">Q&amp;A</h2>\n<p id="p-2">Say\n  <em>hi</em> &lt;now&gt;.</p><p id="p-2-en" lang="en">Translation.</p>'))!;
    expect(read.blocks).toEqual([
      { id: 'p-1', text: 'Q&A', isHeading: true },
      { id: 'p-2', text: 'Say hi <now>.', isHeading: false },
      { id: 'p-2-en', text: 'Translation.', isHeading: false },
    ]);
  });

  test('reads only the first transcription, and nothing from a page without one', () => {
    const twice = readTranscriptionPage(page('<p id="p-1">First.</p>') + '<article class="transcription"><p id="p-2">Second.</p></article>')!;
    expect(twice.blocks.map((block) => block.id)).toEqual(['p-1']);
    expect(readTranscriptionPage('<html><body><h1>An organisation</h1><p id="p-1">Not a transcription.</p></body></html>')).toBeUndefined();
  });
});

describe('sections', () => {
  test('a short transcription is one section, from its first paragraph', () => {
    const found = sections(transcription('<p id="p-1">One.</p><p id="p-2">Two.</p><p id="p-3">Three.</p>'));
    expect(ids(found)).toEqual([['p-1', 'p-2', 'p-3']]);
    expect(found[0]!.id).toBe('p-1');
    expect(found[0]!.numbers).toEqual([1, 2, 3]);
  });

  test('a new section begins at the paragraph that would take one past 4,000 characters', () => {
    const paragraph = (n: number) => `<p id="p-${n}">${words(250)}</p>`; // 1,499 characters
    const found = sections(transcription([1, 2, 3, 4, 5].map(paragraph).join('')));
    expect(ids(found)).toEqual([['p-1', 'p-2'], ['p-3', 'p-4'], ['p-5']]);
    expect(found.every((section) => section.length <= 4000)).toBe(true);
  });

  test('a paragraph longer than a section stands alone, and is never split', () => {
    const found = sections(transcription(`<p id="p-1">Short.</p><p id="p-2">${words(1000)}</p><p id="p-3">Short.</p>`));
    expect(ids(found)).toEqual([['p-1'], ['p-2'], ['p-3']]);
  });

  test('an original and its translation stay in one section', () => {
    const found = sections(
      transcription(`<p id="p-1">${words(500, '中文')}</p><p id="p-1-en">${words(500, 'translation')}</p><p id="p-2">${words(10)}</p>`),
    );
    expect(ids(found)).toEqual([['p-1', 'p-1-en'], ['p-2']]);
    expect(found[0]!.numbers).toEqual([1]);
  });

  test('headings do not cut a section; they open or label it', () => {
    const found = sections(
      transcription(`<h2 id="p-1">Origins</h2><p id="p-2">${words(600)}</p><p id="p-3">${words(600)}</p><h2 id="p-4">Growth</h2><p id="p-5">Short.</p>`),
    );
    expect(ids(found)).toEqual([['p-1', 'p-2'], ['p-3', 'p-4', 'p-5']]);
    expect(found.map((section) => section.heading)).toEqual([
      { text: 'Origins', opens: true },
      { text: 'Origins', opens: false },
    ]);
  });

  test("the site's apparatus is left out of the text, and blocks inside it are skipped", () => {
    const found = sections(
      transcription(
        '<p id="p-1"><a data-apparatus data-pagefind-ignore href="#p-1">1</a>Said <span class="ed-note" data-pagefind-ignore>ed. note</span>so.</p>' +
          '<div data-apparatus><p id="p-9">Not source text.</p></div>',
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.blocks).toEqual([{ id: 'p-1', text: 'Said so.', isHeading: false }]);
  });
});

describe('sectionTitle', () => {
  const [opened, under] = sections(transcription(`<h2 id="p-1">Origins</h2><p id="p-2">${words(650)}</p><p id="p-3">${words(100)}</p><p id="p-4">Short.</p>`));

  test('names the heading a section opens with, or falls under, with its paragraphs', () => {
    expect(sectionTitle('A paper', opened!)).toBe('A paper — Origins');
    expect(sectionTitle('A paper', under!)).toBe('A paper — Origins, paragraphs 3–4');
  });

  test('names only the paragraphs when there is no heading, or the heading repeats the title', () => {
    const [plain] = sections(transcription('<p id="p-7">Only.</p>'));
    expect(sectionTitle('A release', plain!)).toBe('A release — paragraph 7');
    expect(sectionTitle('Origins', opened!)).toBe('Origins — paragraphs 1–2');
  });
});

describe('sectionPage', () => {
  const [section] = sections(transcription('<h2 id="p-1">Q&amp;A</h2><p id="p-2">Say "<b>hi</b>" &lt;now&gt;.</p>'));
  const html = sectionPage(section!, { title: 'A "paper" — Q&A' }, { organisation: ['AT&T', 'Cisco'] });
  const { document } = parseHTML(html);

  test('marks the start of every paragraph by its id, without repeating its text', () => {
    expect(document.querySelector('h2#p-1')?.textContent).toBe('Q&A');
    const marker = document.querySelector('#p-2')!;
    expect(marker.tagName).toBe('SPAN');
    expect(marker.textContent).toBe('');
    expect(marker.parentElement?.textContent).toBe('Say "hi" <now>.');
  });

  test('gives metadata and filters as attribute values, escaped, so they are not indexed as words', () => {
    expect(document.querySelector('[data-pagefind-meta="title[data-value]"]')?.getAttribute('data-value')).toBe('A "paper" — Q&A');
    expect([...document.querySelectorAll('[data-pagefind-filter="organisation[data-value]"]')].map((node) => node.getAttribute('data-value'))).toEqual(['AT&T', 'Cisco']);
    expect(document.body.hasAttribute('data-pagefind-body')).toBe(true);
    expect(document.body.textContent).toBe('Q&A\nSay "hi" <now>.');
  });
});
