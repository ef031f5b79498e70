/** Reference formats for citing a document, or one passage of it, on this site. */
import { formatPartialDate } from './dates.ts';

export interface CitableDocument {
  title: string;
  titleSupplied: boolean;
  titleEn?: string | undefined;
  authors: string[];
  publisher: { name: string } | null;
  series?: string | undefined;
  kindLabel: string;
  date: string;
  /** Absolute URL of the document's page on this site. */
  url: string;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * A plain-text citation in author–title–publisher–date order. Names are given
 * as the source writes them (no inversion: the sources mix name orders).
 * Supplied titles stay in square brackets, as in archival description.
 */
export function formatCitation(document: CitableDocument, paragraph?: number): string {
  const title = document.titleSupplied ? `[${document.title}]` : `“${document.title}”`;
  const translated = document.titleEn ? ` [${document.titleEn}]` : '';
  const parts = [
    document.authors.length > 0 ? `${joinNames(document.authors)}.` : '',
    `${title}${translated}.`,
    `${document.series ?? document.kindLabel}.`,
    [document.publisher?.name, formatPartialDate(document.date)].filter(Boolean).join(', ') + '.',
    paragraph === undefined ? '' : `Paragraph ${paragraph}.`,
    `Transcribed in Smart-City Partnerships, ${document.url}${paragraph === undefined ? '' : `#p-${paragraph}`}.`,
  ];
  return parts.filter(Boolean).join(' ');
}

export interface CitableAgreement {
  title: string;
  kindLabel: string;
  date?: string | undefined;
  /** Absolute URL of the agreement's page on this site. */
  url: string;
  /** The documents it is documented in, by short title. */
  sources: string[];
}

/** A plain-text citation of an agreement's page, naming the documents it rests on. */
export function formatAgreementCitation(agreement: CitableAgreement): string {
  const date = agreement.date ? `, ${formatPartialDate(agreement.date)}` : ', date not stated';
  return `“${agreement.title}” (${agreement.kindLabel.toLowerCase()}${date}). Smart-City Partnerships, ${agreement.url}. Sources: ${agreement.sources.join('; ')}.`;
}
