/**
 * What the entity pages show beyond an entry's own data: who refers to it and
 * how, its mentions, and its neighbours. Built from the archive's indexes, so
 * each page costs one lookup, not a scan of the archive.
 */
import type { CollectionEntry } from 'astro:content';
import { CITIES } from '../content.config.ts';
import type { ParagraphMentions } from '../lib/archive-index.ts';
import { paginateGroups, type Page } from '../lib/pagination.ts';
import { citedPassages } from '../lib/walk.ts';
import type { Archive, Entity } from './archive.ts';
import { PAGE_SIZE } from './site.ts';

export const keyOf = (entry: { collection: string; id: string }) => `${entry.collection}/${entry.id}`;

/** The name an entity is shown by: an agreement's title, anything else's name. */
export const entityName = (entry: Entity) => (entry.collection === 'agreements' ? entry.data.title : entry.data.name);

/** The short titles of the documents an entry cites, each once, in the order first cited. */
export const sourceTitles = (archive: Archive, data: unknown) =>
  [...new Set(citedPassages(data).map(({ document }) => document))].map((id) => archive.document(id).data.shortTitle);

/** What an event involves: its agreement, then its organisations, people and places. */
export const involvedIn = (archive: Archive, event: CollectionEntry<'events'>) =>
  [
    ...(event.data.agreement ? [`agreements/${event.data.agreement.id}`] : []),
    ...event.data.organizations.map((organization) => `organizations/${organization.id}`),
    ...event.data.people.map((person) => `people/${person.id}`),
    ...event.data.places.map((place) => `places/${place.id}`),
  ].map((key) => archive.entry(key) as Entity);

/** Entries referring to `key` from a field matching `path` (e.g. /^parties\.\d+\.organization$/). */
function referrers<C extends Entity['collection']>(archive: Archive, key: string, collection: C, path: RegExp) {
  const seen = new Set<string>();
  const found: Array<Extract<Entity, { collection: C }>> = [];
  for (const reference of archive.referredBy(key)) {
    if (!reference.from.startsWith(`${collection}/`) || !path.test(reference.path) || seen.has(reference.from)) continue;
    seen.add(reference.from);
    found.push(archive.entry(reference.from) as Extract<Entity, { collection: C }>);
  }
  return found;
}

/** Agreements in which an organisation is a party or a person takes part. */
export function agreementsOf(archive: Archive, key: string): CollectionEntry<'agreements'>[] {
  return referrers(archive, key, 'agreements', /^(parties\.\d+\.organization|participants\.\d+\.(person|onBehalfOf))$/);
}

/** Agreements signed at a place. */
export const agreementsAt = (archive: Archive, key: string) => referrers(archive, key, 'agreements', /^place\.place$/);

/** People with a role in an organisation. */
export const peopleIn = (archive: Archive, key: string) => referrers(archive, key, 'people', /^roles\.\d+\.organization$/);

/** Organisations that are part of an organisation. */
export const partsOf = (archive: Archive, key: string) => referrers(archive, key, 'organizations', /^partOf\.organization$/);

/** Organisations the sources place at a place. */
export const organizationsAt = (archive: Archive, key: string) => referrers(archive, key, 'organizations', /^location\.place$/);

/** Places that lie in a place. */
export const placesIn = (archive: Archive, key: string) => referrers(archive, key, 'places', /^partOf\.place$/);

/** Agreements that name this one as related. */
export const agreementsRelatedTo = (archive: Archive, key: string) => referrers(archive, key, 'agreements', /^related\.\d+\.agreement$/);

/** A place and every place inside it, at any depth. */
export function placeWithin(archive: Archive, key: string): Set<string> {
  const all = new Set([key]);
  const queue = [key];
  while (queue.length > 0) {
    for (const inner of placesIn(archive, queue.shift()!)) {
      const innerKey = keyOf(inner);
      if (!all.has(innerKey)) {
        all.add(innerKey);
        queue.push(innerKey);
      }
    }
  }
  return all;
}

/** The city of the archive a place is, or lies in; undefined for places elsewhere. */
export function cityOfPlace(archive: Archive, placeId: string): string | undefined {
  const place = archive.entry(`places/${placeId}`) as CollectionEntry<'places'>;
  return [place, ...placeAncestors(archive, place)].map((candidate) => candidate.id).find((id) => (CITIES as readonly string[]).includes(id));
}

/** The places a place lies in, innermost first. */
export function placeAncestors(archive: Archive, place: CollectionEntry<'places'>): CollectionEntry<'places'>[] {
  const chain: CollectionEntry<'places'>[] = [];
  let current = place.data.partOf;
  while (current && chain.length < 10) {
    const parent = archive.entry(`places/${current.place.id}`) as CollectionEntry<'places'>;
    chain.push(parent);
    current = parent.data.partOf;
  }
  return chain;
}

export interface DocumentMentions {
  document: CollectionEntry<'documents'>;
  /** The paragraphs that mention it, in order. */
  paragraphs: ParagraphMentions[];
  /** Mentions in the whole document. */
  total: number;
  /** Paragraphs of the whole document that mention it, however many a page shows. */
  paragraphTotal: number;
}

/** The mentions of an entity, grouped by document and paragraph, oldest document first. */
export function mentionsOf(archive: Archive, key: string): DocumentMentions[] {
  const byDocument = new Map<string, DocumentMentions>();
  for (const mentions of archive.mentions.byEntity.get(key) ?? []) {
    let group = byDocument.get(mentions.document);
    if (!group) {
      group = { document: archive.document(mentions.document), paragraphs: [], total: 0, paragraphTotal: 0 };
      byDocument.set(mentions.document, group);
    }
    group.total += mentions.count;
    group.paragraphs.push(mentions);
    group.paragraphTotal += 1;
  }
  return [...byDocument.values()].sort((a, b) => a.document.data.date.value.localeCompare(b.document.data.date.value));
}

/** How often the archive mentions an entity. */
export const mentionCount = (archive: Archive, key: string) =>
  (archive.mentions.byEntity.get(key) ?? []).reduce((sum, mentions) => sum + mentions.count, 0);

/** A page of an entity's mentions, with the counts over all of them that every page states. */
export interface MentionPage extends Page<DocumentMentions> {
  /** Mentions of the entity in the whole archive. */
  mentionCount: number;
  /** Documents that mention it. */
  documentCount: number;
}

/**
 * The mentions of an entity in pages of a fixed number of paragraphs, each
 * page grouped by document again; a page's offset and total count paragraphs.
 * Computed once per entity and handed to each page, since a city can have
 * thousands of pages of them.
 */
export function mentionPages(archive: Archive, key: string): MentionPage[] {
  const groups = mentionsOf(archive, key);
  const count = mentionCount(archive, key);
  return paginateGroups(groups, (group) => group.paragraphs, (group, paragraphs) => ({ ...group, paragraphs }), PAGE_SIZE.mentions).map(
    (page) => ({ ...page, mentionCount: count, documentCount: groups.length }),
  );
}
