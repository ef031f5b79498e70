import { describe, expect, test } from 'vitest';
import { toBibTeX, toRIS, type ReferenceRecord } from '../../src/lib/citations.ts';

const paper: ReferenceRecord = {
  key: 'innovative-city-2008',
  kind: 'report',
  title: 'Innovative City in West China Chongqing',
  authors: ['Jon Sigurdson', 'Krystyna Palonka'],
  publisher: 'Stockholm School of Economics, EIJS',
  series: 'Working Paper 239',
  date: '2008-02',
  language: 'en',
  url: 'https://example.org/documents/innovative-city-2008/',
  abstract: 'R&D at 50% of {output}',
};

describe('BibTeX', () => {
  const bib = toBibTeX(paper);
  test('a working paper is a techreport with its institution, series and number', () => {
    expect(bib).toMatch(/^@techreport\{innovative-city-2008,\n/);
    expect(bib).toContain('  institution = {Stockholm School of Economics, EIJS},');
    expect(bib).toContain('  type = {Working Paper},');
    expect(bib).toContain('  number = 239,');
    expect(bib).toContain('  author = {Jon Sigurdson and Krystyna Palonka},');
  });
  test('dates keep the precision of the source', () => {
    expect(bib).toContain('  year = 2008,\n  month = feb,\n  date = {2008-02},');
    expect(toBibTeX({ ...paper, date: '1950s' })).not.toMatch(/year|month|date =/);
  });
  test("TeX's special characters are escaped", () => expect(bib).toContain('abstract = {R\\&D at 50\\% of \\{output\\}}'));
});

describe('RIS', () => {
  const ris = toRIS({ ...paper, kind: 'press-release', titleEn: 'An English title' });
  test('one tag per line, CRLF, ending with ER', () => {
    const lines = ris.split('\r\n');
    expect(lines[0]).toBe('TY  - PRESS');
    expect(lines).toContain('AU  - Jon Sigurdson');
    expect(lines).toContain('TT  - An English title');
    expect(lines).toContain('DA  - 2008/02//');
    expect(lines.at(-2)).toBe('ER  - ');
  });
});
