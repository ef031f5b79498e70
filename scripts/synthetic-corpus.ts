/**
 * A synthetic archive of N documents (N a multiple of 5) for the scale
 * benchmark, written into a copy of the project. Copy c of the archive holds
 * the five real transcriptions under new ids ("<slug>-c<c>"), each source file
 * extended by one paragraph recombined from real sentences of its language, so
 * the search index sees new text; every agreement and event is copied with its
 * citations pointed at that copy. Organisations, people and places stay as they
 * are, so they gather mentions and agreements from every copy, as a growing
 * archive's entities do. All checks of the real build apply to the result.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { splitBlocks } from '../src/lib/paragraphs.ts';

const COLLECTIONS_COPIED = ['agreements', 'events'] as const;

/** A small deterministic generator (mulberry32), so the same N always gives the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Template {
  slug: string;
  language: string;
  frontmatter: string;
  body: string;
  source: string;
  blockCount: number;
}

function readTemplates(project: string): Template[] {
  return readdirSync(join(project, 'content/documents'))
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(project, 'content/documents', file), 'utf8');
      const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
      const sourceFile = /file: (\S+)/.exec(frontmatter!)![1]!;
      const source = readFileSync(join(project, 'content/sources', sourceFile), 'utf8');
      return { slug: file.replace(/\.mdx$/, ''), language: /^language: (\S+)/m.exec(frontmatter!)![1]!, frontmatter: frontmatter!, body: body!, source, blockCount: splitBlocks(source).length };
    });
}

/** Sentences of the sources in each language that MDX can carry as plain text. */
function sentencesByLanguage(templates: Template[]): Map<string, string[]> {
  const byLanguage = new Map<string, string[]>();
  for (const template of templates) {
    const splitter = template.language.startsWith('zh') ? /(?<=。)/ : /(?<=\.)\s+/;
    const sentences = template.source
      .split('\n')
      .flatMap((line) => line.split(splitter))
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.length > 30 && sentence.length < 400 && !/[<>{}[\]*_#|`\\]/.test(sentence));
    byLanguage.set(template.language, [...(byLanguage.get(template.language) ?? []), ...sentences]);
  }
  return byLanguage;
}

/**
 * An entry of copy `suffix`: every `document` and `agreement` reference points
 * into that copy, and related agreements the copy lacks are left out. The YAML
 * is edited as a document, so every other value keeps its exact form.
 */
function copyEntry(text: string, suffix: string, hasAgreement: (id: string) => boolean): string {
  const document = parseDocument(text);
  const related = document.get('related');
  if (isSeq(related)) related.items = related.items.filter((item) => isMap(item) && hasAgreement(String(item.get('agreement'))));
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && (pair.key.value === 'document' || pair.key.value === 'agreement') && isScalar(pair.value)) {
        pair.value.value = `${String(pair.value.value)}${suffix}`;
      }
    },
  });
  return document.toString();
}

/** Replaces the project's documents, sources, agreements and events with a corpus of `count` documents. */
export function writeSyntheticCorpus(project: string, count: number): void {
  if (count % 5 !== 0) throw new Error('the corpus size must be a multiple of 5');
  const templates = readTemplates(project);
  const sentences = sentencesByLanguage(templates);
  const entries = Object.fromEntries(
    COLLECTIONS_COPIED.map((collection) => {
      const dir = join(project, 'content', collection);
      return [collection, readdirSync(dir).filter((file) => file.endsWith('.yaml')).sort().map((file) => ({ id: file.replace(/\.yaml$/, ''), text: readFileSync(join(dir, file), 'utf8') }))];
    }),
  );
  for (const folder of ['documents', 'sources', ...COLLECTIONS_COPIED]) {
    rmSync(join(project, 'content', folder), { recursive: true, force: true });
    mkdirSync(join(project, 'content', folder), { recursive: true });
  }

  // Later copies keep about one agreement and two events per document, as the real archive has
  // (19 agreements, 105 events, but most events from the one long working paper).
  const agreementsOf = (copy: number) => new Set(entries['agreements']!.filter((_, index) => index % 5 === copy % 5).map((agreement) => agreement.id));
  const agreementOfEvent = (text: string) => /^agreement: (\S+)$/m.exec(text)?.[1];
  const inCopy = (collection: (typeof COLLECTIONS_COPIED)[number], copy: number) => {
    const agreements = agreementsOf(copy);
    return entries[collection]!.filter((entry, index) => {
      if (copy === 0) return true;
      if (collection === 'agreements') return agreements.has(entry.id);
      const agreement = agreementOfEvent(entry.text);
      return index % 10 === copy % 10 && (agreement === undefined || agreements.has(agreement));
    }).map((entry) => ({ ...entry, hasAgreement: (id: string) => copy === 0 || agreements.has(id) }));
  };
  const next = random(count);
  for (let copy = 0; copy < count / 5; copy += 1) {
    const suffix = copy === 0 ? '' : `-c${copy}`;
    for (const template of templates) {
      const slug = `${template.slug}${suffix}`;
      const pool = sentences.get(template.language)!;
      const added = Array.from({ length: 4 }, () => pool[Math.floor(next() * pool.length)]!).join(template.language.startsWith('zh') ? '' : ' ');
      const n = template.blockCount + 1;
      const source = copy === 0 ? template.source : `${template.source}${template.source.endsWith('\n') ? '' : '\n'}\n${added}\n`;
      const sourceFile = `${slug}.txt`;
      writeFileSync(join(project, 'content/sources', sourceFile), source);
      const sha256 = createHash('sha256').update(source).digest('hex');
      const frontmatter = template.frontmatter
        .replace(/^shortTitle: .*$/m, `shortTitle: "${slug.slice(0, 36)}"`)
        .replace(/file: \S+/, `file: ${sourceFile}`)
        .replace(/sha256: \S+/, `sha256: ${sha256}`);
      const passage = `<Passage n={${n}}>${added}</Passage>`;
      const appended =
        copy === 0
          ? ''
          : template.language === 'en'
            ? `\n${passage}\n`
            : `\n<Aligned>\n${passage}\n\n<Translation n={${n}}>[Benchmark placeholder for the translation of a synthetic paragraph.]</Translation>\n</Aligned>\n`;
      writeFileSync(join(project, 'content/documents', `${slug}.mdx`), `---\n${frontmatter}\n---\n${template.body}${appended}`);
    }
    for (const collection of COLLECTIONS_COPIED) {
      for (const entry of inCopy(collection, copy)) {
        writeFileSync(join(project, 'content', collection, `${entry.id}${suffix}.yaml`), copy === 0 ? entry.text : copyEntry(entry.text, suffix, entry.hasAgreement));
      }
    }
  }
}
