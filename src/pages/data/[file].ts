/** The open-data files: each table as JSON and CSV, the Data Package descriptor, and the TimelineJS events. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataTables, timelineJs } from '../../data/open-data.ts';
import { DATA_PACKAGE_INFO } from '../../data/site.ts';
import { dataPackage, toCsv } from '../../lib/open-data.ts';

const TABLES = ['agreements', 'organizations', 'people', 'places', 'events'];

export const getStaticPaths = (() => [
  ...TABLES.flatMap((name) => [{ params: { file: `${name}.json` } }, { params: { file: `${name}.csv` } }]),
  { params: { file: 'datapackage.json' } },
  { params: { file: 'timeline.json' } },
]) satisfies GetStaticPaths;

const json = (value: unknown) => new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

export const GET: APIRoute = async ({ params, site }) => {
  const file = params.file!;
  if (file === 'timeline.json') return json(await timelineJs(site!));
  const tables = await openDataTables(site!);
  if (file === 'datapackage.json') return json(dataPackage(DATA_PACKAGE_INFO(site!), tables));
  const [name, extension] = file.split('.') as [string, string];
  const table = tables.find((candidate) => candidate.name === name)!;
  if (extension === 'json') return json(table.records);
  return new Response(toCsv(table.columns, table.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
