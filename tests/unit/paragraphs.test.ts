import { describe, expect, test } from 'vitest';
import { normalizeWhitespace, plainText, splitBlocks } from '../../src/lib/paragraphs.ts';

describe('splitBlocks', () => {
  test('numbers each non-blank line as one block', () => {
    const blocks = splitBlocks('第一段。\n第二段。\n\nThird.');
    expect(blocks.map((block) => [block.n, block.text, block.line])).toEqual([
      [1, '第一段。', 1],
      [2, '第二段。', 2],
      [3, 'Third.', 4],
    ]);
  });

  test('joins lines ending in a Markdown hard break into one block', () => {
    const blocks = splitBlocks('**Jon Sigurdson**  \n**EIJS**  \n**Working Paper 239**\nNext');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]?.text).toBe('Jon Sigurdson EIJS Working Paper 239');
  });

  test('skips thematic breaks and whitespace-only lines without numbering them', () => {
    const blocks = splitBlocks('One\n\n---\n \nTwo\n***\nThree');
    expect(blocks.map((block) => block.text)).toEqual(['One', 'Two', 'Three']);
  });

  test('tells headings, bullet items and paragraphs apart', () => {
    const kinds = splitBlocks('## **Abstract**\n- an item;\n***Bold italic title***\n1. Chongqing Municipality map')
      .map((block) => block.kind);
    expect(kinds).toEqual(['heading', 'list-item', 'paragraph', 'paragraph']);
  });

  test('accepts CRLF line ends', () => {
    expect(splitBlocks('a\r\nb\r\n').map((block) => block.text)).toEqual(['a', 'b']);
  });
});

describe('plainText', () => {
  test('strips Markdown markup but keeps every word and number', () => {
    expect(plainText('## ***Introduction***<sup>3</sup>')).toBe('Introduction3');
    expect(plainText('density of 379 persons per km<sup>2</sup>')).toBe('density of 379 persons per km2');
    expect(plainText('<b>Annex</b>\t<b>25</b>')).toBe('Annex 25');
    expect(plainText('- The annual sales will achieve 100-150 billion Yuan in 2010;')).toBe(
      'The annual sales will achieve 100-150 billion Yuan in 2010;',
    );
  });

  test('keeps link text and autolink URLs, drops link targets', () => {
    expect(plainText('E-mail: [japan@hhs.se](mailto:japan@hhs.se) Internet: <http://www.hhs.se/eijs>')).toBe(
      'E-mail: japan@hhs.se Internet: http://www.hhs.se/eijs',
    );
    expect(plainText('[Regional innovation System \\(RIS\\)](#)')).toBe('Regional innovation System (RIS)');
    expect(plainText('[x\\(2001\\)y](http://links.jstor.org/sici?sici=0098-7921(200112)27)')).toBe('x(2001)y');
  });

  test('resolves escapes of punctuation only, as CommonMark does', () => {
    expect(plainText('US\\$982 million')).toBe('US$982 million');
    expect(plainText('APLPJv7.02\\\\_Summer2006')).toBe('APLPJv7.02\\_Summer2006');
    expect(plainText('designed to\\make software')).toBe('designed to\\make software');
  });

  test('normalises whitespace, including no-break spaces', () => {
    expect(plainText('You\u00a0Liang  Ding,\u00a0Chairman ')).toBe('You Liang Ding, Chairman');
  });

  test('leaves plain text and bullet characters alone', () => {
    expect(plainText('  • Attracting more foreign capital')).toBe('• Attracting more foreign capital');
    expect(plainText('“一带一路”以及粤港澳大湾区')).toBe('“一带一路”以及粤港澳大湾区');
  });
});

describe('normalizeWhitespace', () => {
  test.each([
    ['one space between words', 'Cisco and Chongqing', 'Cisco and Chongqing'],
    ['two spaces', 'Cisco  and', 'Cisco and'],
    ['a space at either end', ' Cisco ', 'Cisco'],
    ['a tab, a newline and a no-break space', 'Cisco\tand\nthe\u00a0city', 'Cisco and the city'],
    ['an ideographic space', '重庆\u3000思科', '重庆 思科'],
    ['nothing but whitespace', ' \n ', ''],
    ['no whitespace at all', '重庆市', '重庆市'],
  ])('%s', (_, text, normal) => {
    expect(normalizeWhitespace(text)).toBe(normal);
  });
});
