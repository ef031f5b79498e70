import { describe, expect, test } from 'vitest';
import { dataPackage, timelineJsDate, toCsv, type Column } from '../../src/lib/open-data.ts';

const columns: Column[] = [
  { name: 'id', type: 'string', description: 'Identifier' },
  { name: 'quote', type: 'string', description: 'A quote' },
  { name: 'count', type: 'integer', description: 'A number' },
];

describe('CSV', () => {
  test('quotes only the fields that need it, doubles inner quotes, and ends lines with CRLF', () => {
    const csv = toCsv(columns, [
      { id: 'plain', quote: 'no comma here', count: 3 },
      { id: 'hard', quote: 'a "quoted", comma\nand a line break', count: undefined },
    ]);
    expect(csv).toBe('id,quote,count\r\nplain,no comma here,3\r\nhard,"a ""quoted"", comma\nand a line break",\r\n');
  });
});

describe('Data Package', () => {
  test('describes each table as a CSV resource with its columns and primary key', () => {
    const descriptor = dataPackage(
      { name: 'p', title: 'P', description: 'D', homepage: 'https://example.org/', licenses: [], sources: [] },
      [{ name: 'agreements', title: 'Agreements', description: 'All', columns, records: [], rows: [] }],
    ) as { resources: Array<{ path: string; schema: { fields: Array<{ name: string; type: string }>; primaryKey: string } }> };
    expect(descriptor.resources[0]!.path).toBe('agreements.csv');
    expect(descriptor.resources[0]!.schema.fields.map((field) => `${field.name}:${field.type}`)).toEqual(['id:string', 'quote:string', 'count:integer']);
    expect(descriptor.resources[0]!.schema.primaryKey).toBe('id');
  });
});

describe('TimelineJS dates', () => {
  test('keep the precision of the source and no more', () => {
    expect(timelineJsDate('2009-09-11')).toEqual({ year: '2009', month: '9', day: '11' });
    expect(timelineJsDate('2008-02')).toEqual({ year: '2008', month: '2' });
    expect(timelineJsDate('1997')).toEqual({ year: '1997' });
    expect(timelineJsDate('1950s')).toBeUndefined();
  });
});
