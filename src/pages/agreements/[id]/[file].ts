/** An agreement's reference as BibTeX (citation.bib) and RIS (citation.ris). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { agreementReference, REFERENCE_FILES, referenceFile } from '../../../data/references.ts';

export const getStaticPaths = (async () =>
  (await getCollection('agreements')).flatMap((agreement) => REFERENCE_FILES.map((file) => ({ params: { id: agreement.id, file }, props: { agreement, file } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ agreement: CollectionEntry<'agreements'>; file: (typeof REFERENCE_FILES)[number] }> = async ({ props, site }) =>
  referenceFile(props.file, await agreementReference(site!, props.agreement));
