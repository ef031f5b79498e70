/**
 * Visits every object inside an entry's data with its field path ("parties.0.cite.1"),
 * so checks and indexes can find citations and references wherever a schema puts them.
 */
export type Visitor = (value: Record<string, unknown>, path: string) => void;

export function walk(value: unknown, visit: Visitor, path = ''): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, visit, path ? `${path}.${index}` : String(index)));
  } else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>, path);
    for (const [key, child] of Object.entries(value)) walk(child, visit, path ? `${path}.${key}` : key);
  }
}

/** A reference after schema parsing: `{ collection, id }` and nothing else. */
export function isReference(value: Record<string, unknown>): value is { collection: string; id: string } {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof value['collection'] === 'string' && typeof value['id'] === 'string';
}

/** A citation: a document reference, a paragraph and a quote. */
export function isCitation(
  value: Record<string, unknown>,
): value is { document: { id: string }; paragraph: number; quote: string; translation?: string } {
  return 'document' in value && 'paragraph' in value && 'quote' in value;
}

export interface FoundCitation {
  /** Where in the entry the citation is, e.g. "date.cite.0". */
  field: string;
  document: string;
  paragraph: number;
  quote: string;
  translation?: string | undefined;
}

/** Every citation in an entry, with the field it supports, in the order they appear. */
export function citationsIn(data: unknown): FoundCitation[] {
  const found: FoundCitation[] = [];
  walk(data, (value, path) => {
    if (isCitation(value)) {
      found.push({ field: path, document: value.document.id, paragraph: value.paragraph, quote: value.quote, translation: value.translation });
    }
  });
  return found;
}

/** Every passage an entry cites, as document id and paragraph, in the order they appear. */
export const citedPassages = (data: unknown): Array<{ document: string; paragraph: number }> =>
  citationsIn(data).map(({ document, paragraph }) => ({ document, paragraph }));
