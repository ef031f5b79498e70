/** Documents and agreements as reference-manager records (BibTeX, RIS), from the same data as the "Cite this" box. */
import type { CollectionEntry } from 'astro:content';
import { toBibTeX, toRIS, type ReferenceRecord } from '../lib/citations.ts';
import { agreementKindLabel } from '../lib/labels.ts';
import { absoluteLink, documentLink, entityLink } from '../lib/links.ts';
import { getArchive } from './archive.ts';
import { SITE_NAME } from './site.ts';
import { sourceTitles } from './views.ts';

const KINDS: Record<string, ReferenceRecord['kind']> = {
  'working-paper': 'report',
  'press-release': 'press-release',
  'news-article': 'news',
  'news-report': 'news',
};

export const REFERENCE_FILES = ['citation.bib', 'citation.ris'] as const;

export function documentReference(site: URL, document: CollectionEntry<'documents'>): ReferenceRecord {
  const { data } = document;
  return {
    key: document.id,
    kind: KINDS[data.kind]!,
    title: data.titleSupplied ? `[${data.title}]` : data.title,
    titleEn: data.titleEn,
    authors: data.authors,
    publisher: data.publisher?.name,
    series: data.series,
    date: data.date.value,
    language: data.language,
    url: absoluteLink(documentLink(document.id), site),
    abstract: data.summary,
    note: `Transcribed in ${SITE_NAME}${data.language === 'en' ? '' : ', with the site’s English translation'}.`,
  };
}

export async function agreementReference(site: URL, agreement: CollectionEntry<'agreements'>): Promise<ReferenceRecord> {
  const archive = await getArchive();
  const { data } = agreement;
  return {
    key: agreement.id,
    kind: 'agreement',
    title: data.title,
    authors: [],
    publisher: SITE_NAME,
    date: data.date?.value,
    language: 'en',
    url: absoluteLink(entityLink('agreements', agreement.id), site),
    abstract: data.summary,
    note: `${agreementKindLabel(data.kind)} as recorded by ${SITE_NAME}. Sources: ${sourceTitles(archive, data).join('; ')}.`,
  };
}

/** The file a reference is downloaded as: BibTeX or RIS, by file name. */
export function referenceFile(file: (typeof REFERENCE_FILES)[number], reference: ReferenceRecord): Response {
  return file === 'citation.bib'
    ? new Response(toBibTeX(reference), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } })
    : new Response(toRIS(reference), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
}
