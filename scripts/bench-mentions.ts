/**
 * Mention finding, the work that grows with documents × names: every name of
 * every organisation, person and place looked for in every paragraph. Compares
 * the build's single pass (one Aho–Corasick automaton over all names,
 * src/lib/mentions.ts) with the obvious alternative it replaced in the plan,
 * one regular expression per name run over each paragraph, on the real
 * paragraphs and names repeated to N documents. Prints a table; not a test.
 *
 *   npm run bench:mentions [-- --sizes 5,100,1000,10000]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { MentionMatcher, type Alias } from '../src/lib/mentions.ts';
import { readSourceBlocks } from '../src/lib/sources.ts';

const option = (name: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const SIZES = (option('--sizes') ?? '5,100,1000,10000').split(',').map(Number);
/** Above this many documents the per-name scan is extrapolated from its rate, not run. */
const NAIVE_LIMIT = 1000;

const aliases: Alias[] = ['organizations', 'people', 'places'].flatMap((collection) =>
  readdirSync(`content/${collection}`)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => {
      const data = parse(readFileSync(`content/${collection}/${file}`, 'utf8')) as { names: Array<{ text: string }> };
      return data.names.map(({ text }) => ({ text, key: `${collection}/${file.replace(/\.yaml$/, '')}` }));
    }),
);
const paragraphs = readdirSync('content/documents').flatMap((file) => {
  const source = /\n {2}file: (\S+)/.exec(readFileSync(`content/documents/${file}`, 'utf8'))![1]!;
  return readSourceBlocks(source).map((block) => block.text);
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One expression per name, whole words for Latin-script names, as a per-name scan would write them. */
const perName = aliases.map((alias) => new RegExp(/^[\p{L}\p{N}]/u.test(alias.text) && !/\p{Script=Han}/u.test(alias.text) ? `(?<![\\p{L}\\p{N}])${escape(alias.text)}(?![\\p{L}])` : escape(alias.text), 'gu'));

function seconds(run: () => unknown): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

console.log(`${aliases.length} names, ${paragraphs.length} paragraphs in the five documents; Node ${process.version}\n`);
console.log('| Documents | Paragraphs | Single pass (s) | One expression per name (s) | Ratio |');
console.log('|---|---|---|---|---|');
let naiveRate = NaN;
for (const documents of SIZES) {
  const copies = Math.ceil(documents / 5);
  const corpus = Array.from({ length: copies }, () => paragraphs).flat().slice(0, Math.round((paragraphs.length * documents) / 5));
  const single = seconds(() => {
    const matcher = new MentionMatcher(aliases);
    for (const text of corpus) matcher.find(text);
  });
  const measured = documents <= NAIVE_LIMIT;
  if (measured) naiveRate = seconds(() => corpus.forEach((text) => perName.forEach((pattern) => text.match(pattern)))) / corpus.length;
  const naive = naiveRate * corpus.length;
  console.log(
    `| ${documents.toLocaleString('en')} | ${corpus.length.toLocaleString('en')} | ${single.toFixed(2)} | ${naive.toFixed(2)}${measured ? '' : ' (extrapolated)'} | ${(naive / single).toFixed(0)}× |`,
  );
}
