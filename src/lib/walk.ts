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

/** Every passage an entry cites, as document id and paragraph, in the order they appear. */
export function citedPassages(data: unknown): Array<{ document: string; paragraph: number }> {
  const passages: Array<{ document: string; paragraph: number }> = [];
  walk(data, (value) => {
    if (isCitation(value)) passages.push({ document: value.document.id, paragraph: value.paragraph });
  });
  return passages;
}
