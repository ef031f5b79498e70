/**
 * A document's or an agreement's reference as BibTeX (citation.bib) and RIS (citation.ris).
 * One route for both, under a dynamic first segment: Astro renders such routes after those
 * under a fixed one, so that the documents' pages, which the search step waits for, come
 * before 35,000 small files at 10,000 documents rather than after them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { agreementReference, documentReference, REFERENCE_FILES, referenceFile } from '../../../data/references.ts';

type Citable = { collection: 'documents'; entry: CollectionEntry<'documents'> } | { collection: 'agreements'; entry: CollectionEntry<'agreements'> };

export const getStaticPaths = (async () => {
  const citable: Citable[] = [
    ...(await getCollection('documents')).map((entry) => ({ collection: 'documents' as const, entry })),
    ...(await getCollection('agreements')).map((entry) => ({ collection: 'agreements' as const, entry })),
  ];
  return citable.flatMap((citation) => REFERENCE_FILES.map((file) => ({ params: { collection: citation.collection, id: citation.entry.id, file }, props: { citation, file } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ citation: Citable; file: (typeof REFERENCE_FILES)[number] }> = async ({ props: { citation, file }, site }) =>
  referenceFile(file, citation.collection === 'documents' ? documentReference(site!, citation.entry) : await agreementReference(site!, citation.entry));
