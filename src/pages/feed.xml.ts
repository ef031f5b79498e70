/**
 * Atom feed of documents and agreements, newest first. An entry's date is the
 * date the sources give it (first day of a month or year); an agreement the
 * sources do not date takes the date of the first document recording it.
 * Only the newest entries: a feed reader polls for what is new, and the
 * archive's own lists hold the rest.
 */
import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive.ts';
import { PAGE_SIZE, SITE_NAME } from '../data/site.ts';
import { parsePartialDate } from '../lib/dates.ts';
import { atomFeed } from '../lib/feed.ts';
import { agreementKindLabel, documentKindLabel } from '../lib/labels.ts';
import { absoluteLink, documentLink, entityLink, link } from '../lib/links.ts';
import { citedPassages } from '../lib/walk.ts';

const timestamp = (partialDate: string) => `${parsePartialDate(partialDate).start}T00:00:00Z`;

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const documentDate = new Map(archive.documents.map((document) => [document.id, document.data.date.value]));
  const entries = [
    ...archive.documents.map((document) => ({
      url: absoluteLink(documentLink(document.id), site),
      title: document.data.titleEn ?? document.data.title,
      updated: timestamp(document.data.date.value),
      summary: document.data.summary,
      category: documentKindLabel(document.data.kind),
    })),
    ...archive.agreements.map((agreement) => {
      const recordedIn = citedPassages(agreement.data).map(({ document }) => documentDate.get(document)!).sort()[0]!;
      return {
        url: absoluteLink(entityLink('agreements', agreement.id), site),
        title: agreement.data.title,
        updated: timestamp(agreement.data.date?.value ?? recordedIn),
        summary: agreement.data.summary,
        category: agreementKindLabel(agreement.data.kind),
      };
    }),
  ].sort((a, b) => b.updated.localeCompare(a.updated) || a.url.localeCompare(b.url));
  const xml = atomFeed({
    url: absoluteLink(link('/feed.xml'), site),
    site: absoluteLink(link('/'), site),
    title: SITE_NAME,
    subtitle: 'The source documents and the agreements they record.',
    entries: entries.slice(0, PAGE_SIZE.feed),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
