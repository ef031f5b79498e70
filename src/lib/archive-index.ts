/**
 * Indexes computed once per build over the whole archive and shared by every
 * page: where each entity is mentioned, which entries refer to which, and the
 * snippets shown for a mention.
 */
import { MentionMatcher, type Alias } from './mentions.ts';
import type { Paragraph } from './paragraphs.ts';
import { isReference, walk } from './walk.ts';

export interface IndexedDocument {
  id: string;
  blocks: readonly Paragraph[];
}

export interface NamedEntity {
  /** "collection/id" */
  key: string;
  names: ReadonlyArray<{ text: string }>;
}

/**
 * An entity's mentions in one paragraph: where the first of them is, and how many there are.
 * One record per paragraph rather than per mention, since a list of mentions shows each
 * paragraph once: a large archive names its cities hundreds of thousands of times.
 */
export interface ParagraphMentions {
  document: string;
  paragraph: number;
  /** Where the first mention starts and ends in the paragraph's text. */
  start: number;
  end: number;
  /** The name form of the first mention. */
  alias: string;
  /** Mentions of the entity in the paragraph, the first included. */
  count: number;
}

export interface MentionIndex {
  /** The matcher over every name of every entity, for finding mentions elsewhere (rendered pages). */
  matcher: MentionMatcher;
  /** Every paragraph that mentions an entity, in document and paragraph order. */
  byEntity: Map<string, ParagraphMentions[]>;
  /** For each document, how often each entity is mentioned in it. */
  byDocument: Map<string, Map<string, number>>;
}

export function indexMentions(documents: readonly IndexedDocument[], entities: readonly NamedEntity[]): MentionIndex {
  const aliases: Alias[] = entities.flatMap((entity) => entity.names.map(({ text }) => ({ text, key: entity.key })));
  const matcher = new MentionMatcher(aliases);
  const byEntity = new Map<string, ParagraphMentions[]>();
  const byDocument = new Map<string, Map<string, number>>();
  for (const document of documents) {
    const counts = new Map<string, number>();
    byDocument.set(document.id, counts);
    for (const block of document.blocks) {
      for (const mention of matcher.find(block.text)) {
        const list = byEntity.get(mention.key) ?? [];
        const last = list.at(-1);
        if (last?.document === document.id && last.paragraph === block.n) last.count += 1;
        else list.push({ document: document.id, paragraph: block.n, start: mention.start, end: mention.end, alias: mention.alias, count: 1 });
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
