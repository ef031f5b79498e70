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

/** A reference in the shape BibTeX and RIS both need. */
export interface ReferenceRecord {
  /** Citation key, e.g. "cisco-chongqing-mou-release-2009". */
  key: string;
  kind: 'report' | 'press-release' | 'news' | 'agreement';
  title: string;
  titleEn?: string | undefined;
  authors: string[];
  /** Publisher, or the institution of a report. */
  publisher?: string | undefined;
  /** Series and number, e.g. "Working Paper 239". */
  series?: string | undefined;
  /** A partial date (see dates.ts). */
  date?: string | undefined;
  language: string;
  url: string;
  abstract: string;
  note?: string | undefined;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Year, month and day of a partial date where it has them; ranges and decades give none. */
function dateParts(date: string | undefined): { year?: string; month?: string; day?: string } {
  const match = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date) : null;
  if (!match) return {};
  return { year: match[1]!, ...(match[2] ? { month: match[2] } : {}), ...(match[3] ? { day: match[3] } : {}) };
}

/** Braces keep BibTeX from changing the case of titles; TeX's special characters are escaped. */
const bibtexText = (text: string) => text.replace(/[\\{}]/g, (character) => `\\${character}`).replace(/([&%$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');

export function toBibTeX(reference: ReferenceRecord): string {
  const { year, month, day } = dateParts(reference.date);
  const type = reference.kind === 'report' ? 'techreport' : 'misc';
  const fields: Array<[string, string | undefined]> = [
    ['title', `{${bibtexText(reference.title)}}`],
    ['titleaddon', reference.titleEn && `{[${bibtexText(reference.titleEn)}]}`],
    ['author', reference.authors.length > 0 ? `{${reference.authors.map(bibtexText).join(' and ')}}` : undefined],
    [reference.kind === 'report' ? 'institution' : 'publisher', reference.publisher && `{${bibtexText(reference.publisher)}}`],
    ['type', reference.kind === 'report' && reference.series ? `{${bibtexText(reference.series.replace(/\s*\d+$/, ''))}}` : undefined],
    ['number', reference.series?.match(/(\d+)$/)?.[1]],
    ['howpublished', reference.kind === 'press-release' ? '{Press release}' : reference.kind === 'news' ? '{News article}' : undefined],
    ['year', year],
    ['month', month && MONTH_NAMES[Number(month) - 1]],
    ['date', year && `{${[year, month, day].filter(Boolean).join('-')}}`],
    ['language', `{${reference.language}}`],
    ['url', `{${reference.url}}`],
    ['abstract', `{${bibtexText(reference.abstract)}}`],
    ['note', reference.note && `{${bibtexText(reference.note)}}`],
  ];
  const body = fields.flatMap(([name, value]) => (value ? [`  ${name} = ${value}`] : [])).join(',\n');
  return `@${type}{${reference.key},\n${body}\n}\n`;
}

const RIS_TYPES: Record<ReferenceRecord['kind'], string> = { report: 'RPRT', 'press-release': 'PRESS', news: 'NEWS', agreement: 'GEN' };

export function toRIS(reference: ReferenceRecord): string {
  const { year, month, day } = dateParts(reference.date);
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
  const lines: Array<[string, string | undefined]> = [
    ['TY', RIS_TYPES[reference.kind]],
    ['TI', oneLine(reference.title)],
    ['TT', reference.titleEn && oneLine(reference.titleEn)],
    ...reference.authors.map((author): [string, string] => ['AU', author]),
    ['PB', reference.publisher],
    ['T3', reference.series],
    ['PY', year],
    ['DA', year && `${year}/${month ?? ''}/${day ?? ''}/`],
    ['LA', reference.language],
    ['UR', reference.url],
    ['AB', oneLine(reference.abstract)],
    ['N1', reference.note && oneLine(reference.note)],
    ['ID', reference.key],
  ];
  return `${lines.flatMap(([tag, value]) => (value ? [`${tag}  - ${value}`] : [])).join('\r\n')}\r\nER  - \r\n`;
}
