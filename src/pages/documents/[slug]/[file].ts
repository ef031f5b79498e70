/** A document's reference as BibTeX (citation.bib) and RIS (citation.ris). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { documentReference, REFERENCE_FILES, referenceFile } from '../../../data/references.ts';

export const getStaticPaths = (async () =>
  (await getCollection('documents')).flatMap((document) => REFERENCE_FILES.map((file) => ({ params: { slug: document.id, file }, props: { document, file } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ document: CollectionEntry<'documents'>; file: (typeof REFERENCE_FILES)[number] }> = ({ props, site }) =>
  referenceFile(props.file, documentReference(site!, props.document));
