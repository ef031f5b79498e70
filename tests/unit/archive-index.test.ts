import { describe, expect, test } from 'vitest';
import { indexMentions, indexReferences, snippet } from '../../src/lib/archive-index.ts';
import { splitBlocks } from '../../src/lib/paragraphs.ts';

describe('indexMentions', () => {
  const documents = [
    { id: 'release', blocks: splitBlocks('Cisco signed with Chongqing.\nHuang Qifan spoke for Chongqing.') },
    { id: 'report', blocks: splitBlocks('思科与广州市政府签署合作框架协议。') },
  ];
  const index = indexMentions(documents, [
    { key: 'organizations/cisco', names: [{ text: 'Cisco' }, { text: '思科' }] },
    { key: 'places/chongqing', names: [{ text: 'Chongqing' }] },
    { key: 'people/huang-qifan', names: [{ text: 'Huang Qifan' }] },
  ]);

  test('lists every paragraph that mentions an entity, across documents, with its first mention', () => {
    expect(index.byEntity.get('organizations/cisco')?.map((m) => [m.document, m.paragraph, m.alias, m.start, m.end])).toEqual([
      ['release', 1, 'Cisco', 0, 5],
      ['report', 1, '思科', 0, 2],
    ]);
    expect(index.byEntity.get('places/chongqing')?.map((m) => m.paragraph)).toEqual([1, 2]);
  });

  test('counts the mentions of a paragraph in one record, which points at the first', () => {
    const repeated = indexMentions([{ id: 'notes', blocks: splitBlocks('Chongqing, and Chongqing again.\nChongqing.') }], [{ key: 'places/chongqing', names: [{ text: 'Chongqing' }] }]);
    expect(repeated.byEntity.get('places/chongqing')).toEqual([
      { document: 'notes', paragraph: 1, start: 0, end: 9, alias: 'Chongqing', count: 2 },
      { document: 'notes', paragraph: 2, start: 0, end: 9, alias: 'Chongqing', count: 1 },
    ]);
  });

  test('counts mentions per document', () => {
    expect([...index.byDocument.get('release')!]).toEqual([
      ['organizations/cisco', 1],
      ['places/chongqing', 2],
      ['people/huang-qifan', 1],
    ]);
  });
});

test('indexReferences records who refers to whom, and from which field', () => {
  const index = indexReferences([
    { key: 'agreements/mou', data: { parties: [{ organization: { collection: 'organizations', id: 'cisco' } }] } },
    { key: 'people/elfrink', data: { roles: [{ organization: { collection: 'organizations', id: 'cisco' } }] } },
  ]);
  expect(index.get('organizations/cisco')).toEqual([
    { from: 'agreements/mou', path: 'parties.0.organization' },
    { from: 'people/elfrink', path: 'roles.0.organization' },
  ]);
});

describe('snippet', () => {
  test('cuts at spaces and marks what was cut', () => {
    const text = 'one two three four Cisco five six seven eight';
    expect(snippet(text, 19, 24, 8)).toEqual({ before: '…four ', match: 'Cisco', after: ' five…' });
  });

  test('cuts Chinese text by characters', () => {
    const text = '为推进思科(广州)智慧城项目进一步发展';
    expect(snippet(text, 3, 5, 2)).toEqual({ before: '…推进', match: '思科', after: '(广…' });
  });
});
