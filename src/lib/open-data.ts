/**
 * The archive as open data: CSV (RFC 4180), a Frictionless Data Package
 * descriptor, and TimelineJS's JSON. Plain functions over plain rows.
 */

export type Cell = string | number | boolean | null | undefined;
export type Row = Record<string, Cell>;

/** A column of a table, as the Data Package's Table Schema describes it. */
export interface Column {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  description: string;
}

export interface Table {
  /** File name without extension, e.g. "agreements". */
  name: string;
  title: string;
  description: string;
  columns: Column[];
  /** Rows for the JSON file: nested values (citations, names) kept as structures. */
  records: Array<Record<string, unknown>>;
  /** The same rows flattened for CSV: lists joined with " | ". */
  rows: Row[];
}

export const LIST_SEPARATOR = ' | ';

function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: a header row, CRLF line ends, fields quoted only when they must be. */
export function toCsv(columns: readonly Column[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvCell(column.name)), ...rows.map((row) => columns.map((column) => csvCell(row[column.name])))];
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

export interface PackageInfo {
  name: string;
  title: string;
  description: string;
  homepage: string;
  licenses: Array<{ name: string; path: string; title: string }>;
  sources: Array<{ title: string; path: string }>;
}

/** A Frictionless Data Package (v1) describing the CSV files. */
export function dataPackage(info: PackageInfo, tables: readonly Table[]): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    ...info,
    resources: tables.map((table) => ({
      name: table.name,
      path: `${table.name}.csv`,
      profile: 'tabular-data-resource',
      title: table.title,
      description: table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
      schema: {
        fields: table.columns.map((column) => ({ name: column.name, type: column.type, description: column.description })),
        primaryKey: 'id',
      },
    })),
  };
}

/** A date as TimelineJS takes it: year, and month and day where known. */
export interface TimelineDate {
  year: string;
  month?: string;
  day?: string;
}

/** "2009", "2009-11", "2009-11-05" → TimelineJS's date object; undefined for other forms. */
export function timelineJsDate(value: string): TimelineDate | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return { year: year!, ...(month ? { month: String(Number(month)) } : {}), ...(day ? { day: String(Number(day)) } : {}) };
}
