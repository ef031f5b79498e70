/**
 * The archive's tables for download: one per collection, each row with the
 * passages that state its facts. JSON keeps citations whole; CSV lists their
 * passage URLs.
 */
import type { CollectionEntry } from 'astro:content';
import { formatPartialDate, parsePartialDate } from '../lib/dates.ts';
import { absoluteLink, documentLink, entityLink, link } from '../lib/links.ts';
import { escapeMarkup } from '../lib/markup.ts';
import { LIST_SEPARATOR, timelineJsDate, type Column, type Row, type Table } from '../lib/open-data.ts';
import { citationsIn } from '../lib/walk.ts';
import { getArchive } from './archive.ts';
import { getPlaceMaps } from './map.ts';

type Named = CollectionEntry<'organizations'> | CollectionEntry<'people'> | CollectionEntry<'places'>;

const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);

const column = (name: string, description: string, type: Column['type'] = 'string'): Column => ({ name, type, description });

const COMMON_START = [column('id', 'Identifier, the last part of the page URL'), column('url', 'The page on this site')];
const COMMON_END = [column('citations', `Every passage cited for this row's facts, as URLs of paragraphs, separated by "${LIST_SEPARATOR}"`)];
const NAMED = [
  column('name', 'Name shown on the site'),
  column('name_origin', 'Where the shown name comes from: source, site-translation or site-romanization'),
  column('names', `Every form of the name in the sources, separated by "${LIST_SEPARATOR}"`),
  column('description', 'What the sources say it is, in one sentence, by this site'),
];

/** The citations of an entry with the URL of each passage. */
function citationsOf(site: URL, data: unknown) {
  return citationsIn(data).map((citation) => ({ ...citation, url: absoluteLink(documentLink(citation.document, citation.paragraph), site) }));
}

function rowAndRecord(site: URL, entry: { collection: string; id: string; data: unknown }, row: Row, extra: Record<string, unknown> = {}) {
  const citations = citationsOf(site, entry.data);
  const url = absoluteLink(entityLink(entry.collection, entry.id), site);
  return {
    row: { id: entry.id, url, ...row, citations: list([...new Set(citations.map((citation) => citation.url))]) },
    record: { id: entry.id, url, ...row, ...extra, citations },
  };
}

function table(name: string, title: string, description: string, columns: Column[], built: Array<{ row: Row; record: Record<string, unknown> }>): Table {
  return { name, title, description, columns: [...COMMON_START, ...columns, ...COMMON_END], rows: built.map((item) => item.row), records: built.map((item) => item.record) };
}

const namedRow = (entry: Named): Row => ({
  name: entry.data.name,
  name_origin: entry.data.nameOrigin,
  names: list(entry.data.names.map((form) => form.text)),
  description: entry.data.description?.text,
});

const tablesBySite = new Map<string, Promise<Table[]>>();

/**
 * The five tables, in the order the data page lists them: built once per build and shared by the data
 * page and its eleven files (each built them anew: 6 s of Astro's time at 10,000 documents).
 */
export function openDataTables(site: URL): Promise<Table[]> {
  let tables = tablesBySite.get(site.href);
  if (!tables) {
    tables = buildTables(site);
    tablesBySite.set(site.href, tables);
  }
  return tables;
}

async function buildTables(site: URL): Promise<Table[]> {
  const archive = await getArchive();
  const maps = await getPlaceMaps();
  const positionOf = new Map(maps.groups.map((group) => [group.place.id, group.position]));
  const ids = (references: ReadonlyArray<{ id: string }>) => list(references.map((reference) => reference.id));

  return [
    table(
      'agreements',
      'Agreements',
      'Agreements, memoranda and joint ventures the sources record, with parties, participants, date and place.',
      [
        column('title', 'Descriptive English title, by this site'),
        column('kind', 'Kind of agreement'),
        column('term', 'What the source calls it, in its own words'),
        column('term_language', 'Language of the term (BCP 47)'),
        column('date', 'Date signed or formed, at the precision of the source (ISO 8601 or a range)'),
        column('place', 'Place id where it was signed'),
        column('cities', 'Cities of the archive it concerns'),
        column('parties', 'Organisation ids of the parties'),
        column('participants', 'People who took part, as person-id:part'),
        column('summary', 'Summary by this site from the cited passages'),
      ],
      archive.agreements.map((entry) =>
        rowAndRecord(site, entry, {
          title: entry.data.title,
          kind: entry.data.kind,
          term: entry.data.term.text,
          term_language: entry.data.term.lang,
          date: entry.data.date?.value,
          place: entry.data.place?.place.id,
          cities: list(entry.data.cities),
          parties: list(entry.data.parties.map((party) => party.organization?.id ?? `(${party.description})`)),
          participants: list(entry.data.participants.map((participant) => `${participant.person.id}:${participant.part}`)),
          summary: entry.data.summary,
        }),
      ),
    ),
    table(
      'organizations',
      'Organisations',
      'Companies, governments, universities and other bodies the sources name.',
      [...NAMED, column('kind', 'Kind of organisation'), column('part_of', 'Organisation id it is part of'), column('location', 'Place id where the sources place it')],
      archive.organizations.map((entry) =>
        rowAndRecord(site, entry, { ...namedRow(entry), kind: entry.data.kind, part_of: entry.data.partOf?.organization.id, location: entry.data.location?.place.id }, { names: entry.data.names }),
      ),
    ),
    table(
      'people',
      'People',
      'People the sources name, with the roles they give them.',
      [...NAMED, column('family_name', 'Family name, which orders the index'), column('roles', 'Roles as the sources give them')],
      archive.people.map((entry) =>
        rowAndRecord(
          site,
          entry,
          { ...namedRow(entry), family_name: entry.data.familyName, roles: list(entry.data.roles.map((role) => role.titleEn ?? role.title)) },
          { names: entry.data.names },
        ),
      ),
    ),
    table(
      'places',
      'Places',
      'Countries, cities, districts, zones and parks the sources name. Positions are not from the sources: they come from the datasets named on /map/ (GeoNames, CC BY 4.0).',
      [
        ...NAMED,
        column('kind', 'Kind of place'),
        column('part_of', 'Place id it lies in'),
        column('latitude', 'Latitude of its GeoNames record, where one is named in content/locations.yaml', 'number'),
        column('longitude', 'Longitude of its GeoNames record, where one is named in content/locations.yaml', 'number'),
      ],
      archive.places.map((entry) =>
        rowAndRecord(
          site,
          entry,
          { ...namedRow(entry), kind: entry.data.kind, part_of: entry.data.partOf?.place.id, latitude: positionOf.get(entry.id)?.[1], longitude: positionOf.get(entry.id)?.[0] },
          { names: entry.data.names },
        ),
      ),
    ),
    table(
      'events',
      'Events',
      'What the sources say happened or was planned, dated as precisely as they state it.',
      [
        column('title', 'Short English title, by this site'),
        column('kind', 'Kind of event; "plan" covers targets and forecasts'),
        column('date', 'Date at the precision of the source; empty where the source gives an impossible or no usable date'),
        column('date_text', 'The date as the source words it'),
        column('date_note', 'Editorial note on the date, where it is wrong, conflicting or only implied'),
        column('summary', 'What the cited passages say, by this site'),
        column('cities', 'Cities of the archive it concerns'),
        column('agreement', 'Agreement id it is the signing of'),
        column('organizations', 'Organisation ids involved'),
        column('people', 'Person ids involved'),
        column('places', 'Place ids involved'),
      ],
      archive.events.map((entry) =>
        rowAndRecord(site, entry, {
          title: entry.data.title,
          kind: entry.data.kind,
          date: entry.data.date.value,
          date_text: entry.data.date.text,
          date_note: entry.data.date.note,
          summary: entry.data.summary,
          cities: list(entry.data.cities),
          agreement: entry.data.agreement?.id,
          organizations: ids(entry.data.organizations),
          people: ids(entry.data.people),
          places: ids(entry.data.places),
        }),
      ),
    ),
  ];
}

/** The dated events as a TimelineJS document; undated events cannot be placed and are left out. */
export async function timelineJs(site: URL) {
  const archive = await getArchive();
  return {
    title: { text: { headline: 'Smart-City Partnerships', text: 'Events the five sources record, each linked to the passage that states it.' } },
    events: archive.events.flatMap((entry) => {
      const value = entry.data.date.value;
      if (!value) return [];
      const parsed = parsePartialDate(value);
      const exact = timelineJsDate(value);
      const start = exact ?? timelineJsDate(parsed.start.slice(0, 4))!;
      const end = exact ? undefined : timelineJsDate(parsed.end.slice(0, 4));
      const passage = entry.data.cite[0]!;
      return [
        {
          unique_id: entry.id,
          start_date: start,
          ...(end && end.year !== start.year ? { end_date: end } : {}),
          display_date: formatPartialDate(value),
          text: {
            headline: entry.data.title,
            text: `${escapeMarkup(entry.data.summary)} <a href="${absoluteLink(documentLink(passage.document.id, passage.paragraph), site)}">Source passage</a> · <a href="${absoluteLink(link(`/events/${entry.id}/`), site)}">Event page</a>`,
          },
          group: entry.data.kind,
        },
      ];
    }),
  };
}
