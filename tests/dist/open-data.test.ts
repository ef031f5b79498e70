import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readDataEntries } from '../helpers/content.ts';

/**
 * The open-data files of the built site hold exactly the collections: every
 * entry once, with every citation of its YAML, and the CSV, the JSON and the
 * Data Package descriptor agree with each other.
 */
const TABLES = ['agreements', 'organizations', 'people', 'places', 'events'] as const;

const readJson = <T>(file: string): T => JSON.parse(readFileSync(`dist/data/${file}`, 'utf8')) as T;

/** RFC 4180 parsing, enough to read back what the site writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const character = text[i]!;
    if (quoted) {
      if (character === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') row.push(field), (field = '');
    else if (character === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += character;
  }
  return rows;
}

/** How many citations an entry's YAML holds, wherever its schema puts them. */
function countCitations(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countCitations(item), 0);
  if (value && typeof value === 'object') {
    const own = 'document' in value && 'paragraph' in value && 'quote' in value ? 1 : 0;
    return own + Object.values(value).reduce((sum: number, item) => sum + countCitations(item), 0);
  }
  return 0;
}

type Record = { id: string; url: string; citations: Array<{ document: string; paragraph: number; quote: string; url: string }> };

describe.each(TABLES)('%s', (table) => {
  const entries = readDataEntries(table);
  const records = readJson<Record[]>(`${table}.json`);
  const [header, ...rows] = parseCsv(readFileSync(`dist/data/${table}.csv`, 'utf8'));

  test('the JSON has every entry of the collection, once', () => {
    expect(records.map((record) => record.id).sort()).toEqual(entries.map((entry) => entry.id).sort());
  });

  test('each JSON row carries every citation of its entry, with the URL of the passage', () => {
    for (const entry of entries) {
      const record = records.find((candidate) => candidate.id === entry.id)!;
      expect(record.citations.length, entry.id).toBe(countCitations(entry.data));
      for (const citation of record.citations) expect(citation.url).toMatch(new RegExp(`/documents/${citation.document}/#p-${citation.paragraph}$`));
    }
  });

  test('the CSV has the same rows, and every row names the passages it rests on', () => {
    expect(rows.map((row) => row[header!.indexOf('id')]).sort()).toEqual(records.map((record) => record.id).sort());
    const citations = header!.indexOf('citations');
    for (const row of rows) {
      expect(row).toHaveLength(header!.length);
      expect(row[citations]).toMatch(/\/documents\/[\w-]+\/#p-\d+/);
    }
  });

  test('the Data Package describes the CSV columns in order', () => {
    const descriptor = readJson<{ resources: Array<{ name: string; path: string; schema: { fields: Array<{ name: string; description: string }> } }> }>('datapackage.json');
    const resource = descriptor.resources.find((candidate) => candidate.name === table)!;
    expect(resource.path).toBe(`${table}.csv`);
    expect(resource.schema.fields.map((field) => field.name)).toEqual(header);
    for (const field of resource.schema.fields) expect(field.description.length).toBeGreaterThan(5);
  });
});

test('the TimelineJS file holds every dated event, each with its start date and source passage', () => {
  const events = readDataEntries('events') as Array<{ id: string; data: { date: { value?: string } } }>;
  const timeline = readJson<{ events: Array<{ unique_id: string; start_date: { year: string }; text: { headline: string; text: string } }> }>('timeline.json');
  const dated = events.filter((event) => event.data.date.value !== undefined).map((event) => event.id);
  expect(timeline.events.map((event) => event.unique_id).sort()).toEqual(dated.sort());
  for (const event of timeline.events) {
    expect(event.start_date.year).toMatch(/^\d{4}$/);
    expect(event.text.text).toMatch(/href="[^"]+\/documents\/[\w-]+\/#p-\d+"/);
  }
});
