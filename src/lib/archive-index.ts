/**
 * Indexes computed once per build over the whole archive and shared by every
 * page: where each entity is mentioned, which entries refer to which, and the
 * snippets shown for a mention.
 */
import { MentionMatcher, type Alias } from './mentions.ts';
import type { SourceBlock } from './paragraphs.ts';
import { isReference, walk } from './walk.ts';

export interface IndexedDocument {
  id: string;
  blocks: readonly SourceBlock[];
}

export interface NamedEntity {
  /** "collection/id" */
  key: string;
  names: ReadonlyArray<{ text: string }>;
}

export interface MentionRef {
  document: string;
  paragraph: number;
  start: number;
  end: number;
  alias: string;
}

export interface MentionIndex {
  /** The matcher over every name of every entity, for finding mentions elsewhere (rendered pages). */
  matcher: MentionMatcher;
  /** Every mention of an entity, in document and paragraph order. */
  byEntity: Map<string, MentionRef[]>;
  /** For each document, how often each entity is mentioned in it. */
  byDocument: Map<string, Map<string, number>>;
}

export function indexMentions(documents: readonly IndexedDocument[], entities: readonly NamedEntity[]): MentionIndex {
  const aliases: Alias[] = entities.flatMap((entity) => entity.names.map(({ text }) => ({ text, key: entity.key })));
  const matcher = new MentionMatcher(aliases);
  const byEntity = new Map<string, MentionRef[]>();
  const byDocument = new Map<string, Map<string, number>>();
  for (const document of documents) {
    const counts = new Map<string, number>();
    byDocument.set(document.id, counts);
    for (const block of document.blocks) {
      for (const mention of matcher.find(block.text)) {
        const list = byEntity.get(mention.key) ?? [];
        list.push({ document: document.id, paragraph: block.n, start: mention.start, end: mention.end, alias: mention.alias });
        byEntity.set(mention.key, list);
        counts.set(mention.key, (counts.get(mention.key) ?? 0) + 1);
      }
    }
  }
  return { matcher, byEntity, byDocument };
}

export interface Reference {
  /** The referring entry, "collection/id". */
  from: string;
  /** Where in its data, e.g. "parties.0.organization". */
  path: string;
}

/** Which entries refer to each entry, found by walking every entry's data once. */
export function indexReferences(entries: ReadonlyArray<{ key: string; data: unknown }>): Map<string, Reference[]> {
  const referredBy = new Map<string, Reference[]>();
  for (const entry of entries) {
    walk(entry.data, (value, path) => {
      if (!isReference(value)) return;
      const target = `${value.collection}/${value.id}`;
      const list = referredBy.get(target) ?? [];
      list.push({ from: entry.key, path });
      referredBy.set(target, list);
    });
  }
  return referredBy;
}

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** The words around a mention, cut at spaces where the script has them. */
export function snippet(text: string, start: number, end: number, radius = 80): Snippet {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, start)}`,
    match: text.slice(start, end),
    after: `${text.slice(end, to)}${to < text.length ? '…' : ''}`,
  };
}
