/**
 * The whole archive, loaded once per build and shared by every page: the
 * collections, checked for integrity (the build stops on the first problem
 * list), with the mention and reference indexes computed in one pass.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { indexMentions, indexReferences, type MentionIndex, type Reference } from '../lib/archive-index.ts';
import { checkArchive } from '../lib/integrity.ts';
import { once } from '../lib/once.ts';
import type { Paragraph } from '../lib/paragraphs.ts';
import { readCheckedParagraphs } from '../lib/sources.ts';
import { readTranslations } from '../lib/translations.ts';

export type EntityCollection = 'agreements' | 'organizations' | 'people' | 'places';
export type Entity =
  | CollectionEntry<'agreements'>
  | CollectionEntry<'organizations'>
  | CollectionEntry<'people'>
  | CollectionEntry<'places'>;

export interface Archive {
  documents: CollectionEntry<'documents'>[];
  agreements: CollectionEntry<'agreements'>[];
  organizations: CollectionEntry<'organizations'>[];
  people: CollectionEntry<'people'>[];
  places: CollectionEntry<'places'>[];
  events: CollectionEntry<'events'>[];
  /** The numbered blocks of a document's source text. */
  blocks: (documentId: string) => readonly Paragraph[];
  /** This site's English translation of a paragraph of a document, where it has one. */
  translation: (documentId: string, paragraph: number) => string | undefined;
  /** Any entry by "collection/id". */
  entry: (key: string) => Entity | CollectionEntry<'documents'> | CollectionEntry<'events'> | undefined;
  /** A document by id, which the integrity check has made sure exists wherever an entry cites it. */
  document: (id: string) => CollectionEntry<'documents'>;
  mentions: MentionIndex;
  /** Which entries refer to an entry, and from which field. */
  referredBy: (key: string) => Reference[];
}

async function loadArchive(): Promise<Archive> {
  const [documents, agreements, organizations, people, places, events] = await Promise.all([
    getCollection('documents'),
    getCollection('agreements'),
    getCollection('organizations'),
    getCollection('people'),
    getCollection('places'),
    getCollection('events'),
  ]);
  const sourcesById = new Map(documents.map((document) => [document.id, readCheckedParagraphs(document.data.source.file, document.data.source.sha256)]));
  const blocks = (documentId: string) => sourcesById.get(documentId)?.paragraphs ?? [];
  const entities: Entity[] = [...agreements, ...organizations, ...people, ...places];
  const entries = [...entities, ...events];

  const problems = checkArchive(
    entries.map((entry) => ({ collection: entry.collection, id: entry.id, file: entry.filePath, data: entry.data })),
    documents.map((document) => ({
      id: document.id,
      language: document.data.language,
      blocks: blocks(document.id),
      file: document.filePath,
      // Checked here as well as in the schema: Astro's content cache does not re-validate a document whose MDX is unchanged.
      checksumProblem: sourcesById.get(document.id)!.checksumProblem,
    })),
  );
  if (problems.length > 0) {
    throw new Error(`The archive has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }

  const byKey = new Map<string, Entity | CollectionEntry<'documents'> | CollectionEntry<'events'>>(
    [...documents, ...entries].map((entry) => [`${entry.collection}/${entry.id}`, entry]),
  );
  const documentById = (id: string) => byKey.get(`documents/${id}`) as CollectionEntry<'documents'>;
  const translationsById = new Map<string, Map<number, string>>();
  const translation = (documentId: string, paragraph: number) => {
    let translations = translationsById.get(documentId);
    if (!translations) {
      const file = documentById(documentId).filePath;
      translations = file ? readTranslations(file) : new Map<number, string>();
      translationsById.set(documentId, translations);
    }
    return translations.get(paragraph);
  };

  const named = [...organizations, ...people, ...places];
  const mentions = indexMentions(
    documents.map((document) => ({ id: document.id, blocks: blocks(document.id) })),
    named.map((entry) => ({ key: `${entry.collection}/${entry.id}`, names: entry.data.names })),
  );
  const references = indexReferences(entries.map((entry) => ({ key: `${entry.collection}/${entry.id}`, data: entry.data })));

  return {
    documents,
    agreements,
    organizations,
    people,
    places,
    events,
    blocks,
    translation,
    entry: (key) => byKey.get(key),
    document: documentById,
    mentions,
    referredBy: (key) => references.get(key) ?? [],
  };
}

/** The archive, built on first use and shared by every page of the build. */
export const getArchive = once(loadArchive);
