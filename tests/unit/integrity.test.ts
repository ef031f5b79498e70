import { describe, expect, test } from 'vitest';
import { agreementSchema, documentSchema, eventSchema, organizationSchema, personSchema, placeSchema } from '../../src/content.config.ts';
import { checkArchive, type ArchiveEntry } from '../../src/lib/integrity.ts';
import { readSourceBlocks } from '../../src/lib/sources.ts';
import { issueLines, readDataEntries, readDocumentEntries } from '../helpers/content.ts';

const schemas = { agreements: agreementSchema, organizations: organizationSchema, people: personSchema, places: placeSchema, events: eventSchema };

const documents = readDocumentEntries().map((entry) => {
  const data = documentSchema.parse(entry.data);
  return { id: entry.slug, language: data.language, blocks: readSourceBlocks(data.source.file) };
});

const entries: ArchiveEntry[] = Object.entries(schemas).flatMap(([collection, schema]) =>
  readDataEntries(collection).map(({ id, file, data }) => {
    const result = schema.safeParse(data);
    if (!result.success) throw new Error(`${file}: ${issueLines(result.error).join('; ')}`);
    return { collection, id, file, data: result.data };
  }),
);

/** The archive with one entry replaced by a changed copy. */
function withChange(key: string, change: (data: any) => void, extra: ArchiveEntry[] = []): string[] {
  const changed = entries.map((entry) => {
    if (`${entry.collection}/${entry.id}` !== key) return entry;
    const data = structuredClone(entry.data);
    change(data);
    return { ...entry, data };
  });
  return checkArchive([...changed, ...extra], documents);
}

describe('the archive as committed', () => {
  test('every entry matches its schema', () => {
    expect(entries.length).toBeGreaterThan(200);
  });

  test('every citation, reference, slug and name passes the integrity check', () => {
    expect(checkArchive(entries, documents)).toEqual([]);
  });
});

describe('the integrity check names the entry and the field of each problem', () => {
  test('a quote that is not in its paragraph', () => {
    expect(withChange('people/huang-qifan', (data) => (data.roles[0].cite[0].quote = 'Huang Qifan, mayor of Chongqing'))).toEqual([
      'people/huang-qifan (content/people/huang-qifan.yaml) → roles.0.cite.0.quote: the quote "Huang Qifan, mayor of Chongqing" is not in paragraph 6: "Bo Xilai, member of Political Bureau of the CPC Central Committee and Secretary of the CPC Chongqing Municipal Committee…" of documents/cisco-chongqing-mou-release-2009',
    ]);
  });

  test('a quote cited from the wrong paragraph', () => {
    expect(withChange('people/wang-hongju', (data) => (data.roles[0].cite[0].paragraph = 9))).toEqual([
      'people/wang-hongju (content/people/wang-hongju.yaml) → roles.0.cite.0.quote: the quote "Wang Hongju, mayor of Chongqing" is not in paragraph 9 but in paragraph 6 of documents/cisco-chongqing-mou-release-2009',
    ]);
  });

  test('a paragraph that does not exist', () => {
    expect(withChange('people/wang-hongju', (data) => (data.roles[0].cite[0].paragraph = 99))).toEqual([
      'people/wang-hongju (content/people/wang-hongju.yaml) → roles.0.cite.0.quote: paragraph 99 does not exist (the source has 17) of documents/cisco-chongqing-mou-release-2009',
    ]);
  });

  test('a quote from a Chinese document without an English translation', () => {
    expect(withChange('people/ma-wentian', (data) => delete data.roles[0].cite[0].translation)).toEqual([
      "people/ma-wentian (content/people/ma-wentian.yaml) → roles.0.cite.0.translation: a quote from a document in zh-CN needs this site's English translation",
    ]);
  });

  test('a reference to an entry that does not exist', () => {
    expect(withChange('people/thomas-lam', (data) => (data.roles[0].organization = { collection: 'organizations', id: 'cisco-hongkong' }))).toEqual([
      'people/thomas-lam (content/people/thomas-lam.yaml) → roles.0.organization: refers to organizations/cisco-hongkong, which does not exist',
    ]);
  });

  test('a citation of a document that does not exist', () => {
    expect(withChange('people/thomas-lam', (data) => (data.roles[0].cite[0].document = { collection: 'documents', id: 'cisco-2010' }))).toEqual([
      'people/thomas-lam (content/people/thomas-lam.yaml) → roles.0.cite.0.document: refers to documents/cisco-2010, which does not exist',
    ]);
  });

  test('two entries that share a name form', () => {
    expect(withChange('organizations/cisco-china', (data) => data.names.push({ text: 'Cisco', lang: 'en' }))).toEqual([
      'organizations/cisco (content/organizations/cisco.yaml) → names.0.text: "Cisco" is also a name of organizations/cisco-china (content/organizations/cisco-china.yaml)',
    ]);
  });

  test('two entries that share a slug', () => {
    const twin = entries.find((entry) => entry.id === 'chongqing')!;
    expect(checkArchive([...entries, { ...twin, collection: 'organizations', file: 'content/organizations/chongqing.yaml', data: { names: [] } }], documents)).toEqual([
      'organizations/chongqing (content/organizations/chongqing.yaml) → id: the slug "chongqing" is also used by places/chongqing (content/places/chongqing.yaml)',
    ]);
  });

  test('an event whose date, as written, is in none of its quotes', () => {
    expect(withChange('events/1991-hi-tech-zone-approved', (data) => (data.date.text = 'in spring 1991'))).toEqual([
      'events/1991-hi-tech-zone-approved (content/events/1991-hi-tech-zone-approved.yaml) → date.text: "in spring 1991" is not in any of the event\'s quotes',
    ]);
  });

  test('a name form that no source uses', () => {
    expect(withChange('people/owen-chan', (data) => data.names.push({ text: 'Owen C. Chan', lang: 'en' }))).toEqual([
      'people/owen-chan (content/people/owen-chan.yaml) → names.1.text: "Owen C. Chan" does not occur in any source',
    ]);
  });
});
