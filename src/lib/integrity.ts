/**
 * The checks the build and the tests run over the whole archive. Astro checks
 * each entry against its schema; this checks what no single schema can see:
 * that every quote is in the paragraph it cites, that every reference points
 * at an entry that exists (Astro only logs those), and that no two entries
 * share a slug or a name form. Each problem names the entry, its file and the
 * field.
 */
import { normalizeWhitespace, type Paragraph } from './paragraphs.ts';
import { citationProblem } from './provenance.ts';
import { isCitation, isReference, walk } from './walk.ts';

export interface ArchiveEntry {
  collection: string;
  id: string;
  /** The file the entry was read from, for error messages. */
  file?: string | undefined;
  /** The entry's data after schema parsing (references as `{ collection, id }`). */
  data: unknown;
}

export interface ArchiveDocument {
  id: string;
  language: string;
  blocks: readonly Paragraph[];
  /** The file the document was read from, for error messages. */
  file?: string | undefined;
  /** What is wrong with its source file's checksum, if anything. */
  checksumProblem?: string | null | undefined;
}

/** The collections whose entries are entities with pages of their own. */
export const ENTITY_COLLECTIONS = ['agreements', 'organizations', 'people', 'places'] as const;

export function checkArchive(entries: readonly ArchiveEntry[], documents: readonly ArchiveDocument[]): string[] {
  const problems: string[] = [];
  const documentsById = new Map(documents.map((document) => [document.id, document]));
  const ids = new Set([
    ...documents.map((document) => `documents/${document.id}`),
    ...entries.map((entry) => `${entry.collection}/${entry.id}`),
  ]);
  const label = (entry: ArchiveEntry) => `${entry.collection}/${entry.id}${entry.file ? ` (${entry.file})` : ''}`;

  for (const document of documents) {
    if (document.checksumProblem) {
      problems.push(`documents/${document.id}${document.file ? ` (${document.file})` : ''} → source.sha256: ${document.checksumProblem}`);
    }
  }

  for (const entry of entries) {
    const report = (path: string, problem: string) => problems.push(`${label(entry)} → ${path}: ${problem}`);
    walk(entry.data, (value, path) => {
      if (isReference(value)) {
        if (!ids.has(`${value.collection}/${value.id}`)) {
          report(path, `refers to ${value.collection}/${value.id}, which does not exist`);
        }
        return;
      }
      if (!isCitation(value)) return;
      const document = documentsById.get(value.document.id);
      if (!document) return; // reported as a missing reference
      const problem = citationProblem(document.blocks, value);
      if (problem) report(`${path}.quote`, `${problem} of documents/${document.id}`);
      if (document.language !== 'en' && !value['translation']) {
        report(`${path}.translation`, `a quote from a document in ${document.language} needs this site's English translation`);
      }
      if (document.language === 'en' && value['translation']) {
        report(`${path}.translation`, 'a quote from an English document needs no translation');
      }
    });
  }

  for (const entry of entries.filter((candidate) => candidate.collection === 'events')) {
    const { date, cite } = entry.data as { date: { text: string }; cite: Array<{ quote: string }> };
    const written = normalizeWhitespace(date.text);
    if (!cite.some((citation) => normalizeWhitespace(citation.quote).includes(written))) {
      problems.push(`${label(entry)} → date.text: "${date.text}" is not in any of the event's quotes`);
    }
  }

  const bySlug = new Map<string, ArchiveEntry>();
  const byName = new Map<string, ArchiveEntry>();
  for (const entry of entries) {
    if (!(ENTITY_COLLECTIONS as readonly string[]).includes(entry.collection)) continue;
    const twin = bySlug.get(entry.id);
    if (twin) problems.push(`${label(entry)} → id: the slug "${entry.id}" is also used by ${label(twin)}`);
    else bySlug.set(entry.id, entry);

    const names = (entry.data as { names?: Array<{ text: string }> }).names ?? [];
    names.forEach(({ text }, index) => {
      const owner = byName.get(text);
      if (owner && owner !== entry) {
        problems.push(`${label(entry)} → names.${index}.text: "${text}" is also a name of ${label(owner)}`);
      } else {
        byName.set(text, entry);
      }
      const written = normalizeWhitespace(text);
      const used = documents.some((document) => document.blocks.some((block) => block.text.includes(written)));
      if (!used) problems.push(`${label(entry)} → names.${index}.text: "${text}" does not occur in any source`);
    });
  }
  return problems;
}
