/**
 * Mention finding, the work that grows with documents × names: every name of
 * every organisation, person and place looked for in every paragraph. Compares
 * the build's own index (`indexMentions`: one Aho–Corasick automaton over all
 * names, src/lib/mentions.ts) with the obvious alternative, one regular
 * expression per name run over each paragraph, on the five real documents
 * repeated to N and their real names. Prints a table; not a test.
 *
 *   npm run bench:mentions [-- --sizes 5,100,1000,10000]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { indexMentions, type IndexedDocument, type NamedEntity } from '../src/lib/archive-index.ts';
import { readSourceBlocks } from '../src/lib/sources.ts';
import { sizesOption } from './options.ts';

const SIZES = sizesOption('5,100,1000,10000');
/** Above this many documents the per-name scan is extrapolated from its rate, not run. */
const NAIVE_LIMIT = 1000;

const entities: NamedEntity[] = ['organizations', 'people', 'places'].flatMap((collection) =>
  readdirSync(`content/${collection}`)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({
      key: `${collection}/${file.replace(/\.yaml$/, '')}`,
      names: (parse(readFileSync(`content/${collection}/${file}`, 'utf8')) as NamedEntity).names,
    })),
);
const names = entities.flatMap((entity) => entity.names.map(({ text }) => text));
const sources = readdirSync('content/documents').map((file) => readSourceBlocks(/\n {2}file: (\S+)/.exec(readFileSync(`content/documents/${file}`, 'utf8'))![1]!));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One expression per name, whole words for Latin-script names, as a per-name scan would write them. */
const perName = names.map((name) => new RegExp(/^[\p{L}\p{N}]/u.test(name) && !/\p{Script=Han}/u.test(name) ? `(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}])` : escape(name), 'gu'));

function seconds(run: () => unknown): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

console.log(`${names.length} names, ${sources.flat().length} paragraphs in the five documents; Node ${process.version}\n`);
console.log('| Documents | Paragraphs | Single pass (s) | One expression per name (s) | Ratio |');
console.log('|---|---|---|---|---|');
let naiveRate = NaN;
for (const documents of SIZES) {
  const corpus: IndexedDocument[] = Array.from({ length: documents }, (_, index) => ({ id: `d${index}`, blocks: sources[index % sources.length]! }));
  const paragraphs = corpus.flatMap((document) => document.blocks.map((block) => block.text));
  const single = seconds(() => indexMentions(corpus, entities));
  const measured = documents <= NAIVE_LIMIT;
  if (measured) naiveRate = seconds(() => paragraphs.forEach((text) => perName.forEach((pattern) => text.match(pattern)))) / paragraphs.length;
  const naive = naiveRate * paragraphs.length;
  console.log(
    `| ${documents.toLocaleString('en')} | ${paragraphs.length.toLocaleString('en')} | ${single.toFixed(2)} | ${naive.toFixed(2)}${measured ? '' : ' (extrapolated)'} | ${(naive / single).toFixed(0)}× |`,
  );
}
