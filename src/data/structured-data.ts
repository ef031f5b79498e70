/**
 * schema.org descriptions of the archive's pages, built from the same data as
 * the pages. Entities say which documents they rest on (isBasedOn); positions
 * of places come from the map datasets, not from the sources.
 */
import type { CollectionEntry } from 'astro:content';
import { machineDate } from '../lib/dates.ts';
import { agreementKindLabel, documentKindLabel } from '../lib/labels.ts';
import { absoluteLink, documentLink, entityLink, link } from '../lib/links.ts';
import type { JsonLd } from '../lib/structured-data.ts';
import { citedPassages } from '../lib/walk.ts';
import { getArchive, type Entity } from './archive.ts';
import { getPlaceMaps } from './map.ts';
import { SITE_NAME } from './site.ts';
import { entityName, involvedIn } from './views.ts';

const CONTEXT = 'https://schema.org' as const;

const ARTICLE_TYPES: Record<string, string> = {
  'working-paper': 'ScholarlyArticle',
  'news-article': 'NewsArticle',
  'news-report': 'NewsArticle',
  'press-release': 'Article',
};

const ORGANIZATION_TYPES: Record<string, string> = {
  government: 'GovernmentOrganization',
  'government-body': 'GovernmentOrganization',
  university: 'EducationalOrganization',
};

const PLACE_TYPES: Record<string, string> = { country: 'Country', city: 'City', municipality: 'City' };

/** The documents whose passages an entry cites, as URLs, each once. */
const basedOn = (site: URL, data: unknown) => [...new Set(citedPassages(data).map(({ document }) => absoluteLink(documentLink(document), site)))];

/** A short reference to another entity's page. */
function mention(site: URL, entry: Entity) {
  const type =
    entry.collection === 'people' ? 'Person' : entry.collection === 'places' ? 'Place' : entry.collection === 'organizations' ? 'Organization' : 'CreativeWork';
  return { '@type': type, name: entityName(entry), url: absoluteLink(entityLink(entry.collection, entry.id), site) };
}

export function documentJsonLd(site: URL, document: CollectionEntry<'documents'>): JsonLd {
  const { data } = document;
  const date = machineDate(data.date.value);
  return {
    '@context': CONTEXT,
    '@type': ARTICLE_TYPES[data.kind]!,
    headline: data.title,
    ...(data.titleEn ? { alternativeHeadline: data.titleEn } : {}),
    genre: documentKindLabel(data.kind),
    inLanguage: data.language,
    url: absoluteLink(documentLink(document.id), site),
    description: data.summary,
    ...(date ? { [data.date.of === 'published' ? 'datePublished' : 'dateCreated']: date } : {}),
    ...(data.authors.length > 0 ? { author: data.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(data.publisher ? { publisher: { '@type': 'Organization', name: data.publisher.name } } : {}),
    ...(data.series ? { isPartOf: { '@type': 'CreativeWorkSeries', name: data.series } } : {}),
    ...(data.language !== 'en'
      ? { workTranslation: { '@type': 'CreativeWork', inLanguage: 'en', url: absoluteLink(documentLink(document.id), site), translator: { '@type': 'Organization', name: SITE_NAME } } }
      : {}),
  };
}

export async function agreementJsonLd(site: URL, agreement: CollectionEntry<'agreements'>): Promise<JsonLd> {
  const archive = await getArchive();
  const { data } = agreement;
  const date = data.date && machineDate(data.date.value);
  const place = data.place && (archive.entry(`places/${data.place.place.id}`) as Entity);
  return {
    '@context': CONTEXT,
    '@type': 'CreativeWork',
    name: data.title,
    genre: agreementKindLabel(data.kind),
    alternateName: data.term.text,
    description: data.summary,
    url: absoluteLink(entityLink('agreements', agreement.id), site),
    ...(date ? { dateCreated: date } : {}),
    ...(place ? { locationCreated: mention(site, place) } : {}),
    contributor: [
      ...data.parties.flatMap((party) => (party.organization ? [mention(site, archive.entry(`organizations/${party.organization.id}`) as Entity)] : [])),
      ...data.participants.map((participant) => mention(site, archive.entry(`people/${participant.person.id}`) as Entity)),
    ],
    isBasedOn: basedOn(site, data),
  };
}

export async function entityJsonLd(site: URL, entry: CollectionEntry<'organizations'> | CollectionEntry<'people'> | CollectionEntry<'places'>): Promise<JsonLd> {
  const archive = await getArchive();
  const { data } = entry;
  const common = {
    '@context': CONTEXT,
    name: data.name,
    alternateName: [...new Set(data.names.map((form) => form.text).filter((text) => text !== data.name))],
    ...(data.description ? { description: data.description.text } : {}),
    url: absoluteLink(entityLink(entry.collection, entry.id), site),
    isBasedOn: basedOn(site, data),
  };
  if (entry.collection === 'organizations') {
    const parent = entry.data.partOf && (archive.entry(`organizations/${entry.data.partOf.organization.id}`) as Entity);
    const location = entry.data.location && (archive.entry(`places/${entry.data.location.place.id}`) as Entity);
    return {
      ...common,
      '@type': ORGANIZATION_TYPES[entry.data.kind] ?? 'Organization',
      ...(parent ? { parentOrganization: mention(site, parent) } : {}),
      ...(location ? { location: mention(site, location) } : {}),
    };
  }
  if (entry.collection === 'people') {
    const affiliations = [...new Set(entry.data.roles.flatMap((role) => (role.organization ? [role.organization.id] : [])))];
    return {
      ...common,
      '@type': 'Person',
      familyName: entry.data.familyName,
      jobTitle: entry.data.roles.map((role) => role.titleEn ?? role.title),
      affiliation: affiliations.map((id) => mention(site, archive.entry(`organizations/${id}`) as Entity)),
    };
  }
  const maps = await getPlaceMaps();
  const position = maps.groups.find((group) => group.place.id === entry.id)?.position;
  const container = entry.data.partOf && (archive.entry(`places/${entry.data.partOf.place.id}`) as Entity);
  return {
    ...common,
    '@type': PLACE_TYPES[entry.data.kind] ?? 'Place',
    ...(container ? { containedInPlace: mention(site, container) } : {}),
    ...(position ? { geo: { '@type': 'GeoCoordinates', latitude: position[1], longitude: position[0] } } : {}),
  };
}

/** An event's description; undefined when the source gives no date schema.org can hold (a decade, a range). */
export async function eventJsonLd(site: URL, event: CollectionEntry<'events'>): Promise<JsonLd | undefined> {
  const archive = await getArchive();
  const { data } = event;
  const date = data.date.value && machineDate(data.date.value);
  if (!date) return undefined;
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: data.title,
    description: data.summary,
    startDate: date,
    url: absoluteLink(link(`/events/${event.id}/`), site),
    ...(data.places.length > 0 ? { location: data.places.map((place) => mention(site, archive.entry(`places/${place.id}`) as Entity)) } : {}),
    // Who and what the event involves; the sources rarely say in what capacity, so no organizer or performer.
    about: involvedIn(archive, event)
      .filter((entry) => entry.collection !== 'places')
      .map((entry) => mention(site, entry)),
    isBasedOn: basedOn(site, data),
  };
}
