/**
 * Scaffolds the MDX transcription of a new source: copies nothing, changes no
 * word, and writes one numbered block per source block so that the editor only
 * adds structure (figures, footnotes, editorial notes, translations).
 *
 *   npm run new-document -- content/sources/<file>.txt <slug> <language>
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { splitBlocks, type SourceBlock } from '../src/lib/paragraphs.ts';

const [sourcePath, slug, language = 'en'] = process.argv.slice(2);
if (!sourcePath || !slug) {
  console.error('usage: npm run new-document -- content/sources/<file>.txt <slug> [language]');
  process.exit(2);
}
const target = `content/documents/${slug}.mdx`;
if (existsSync(target)) {
  console.error(`${target} exists already; not overwriting it.`);
  process.exit(1);
}

const bytes = readFileSync(sourcePath);
const translated = language !== 'en';

/** Source Markdown that MDX reads differently: autolinks, hard breaks, braces. */
function toMdxInline(raw: string): string {
  return raw
    .replace(/[{}]/g, (brace) => `{'${brace}'}`)
    .replace(/<((?:https?:|mailto:)[^>\s]+)>/g, '[$1]($1)')
    .replace(/[ \t]{2,}\n/g, '<br />');
}

function blockToMdx(block: SourceBlock): string {
  const text = toMdxInline(block.raw.trim());
  if (block.kind === 'heading') return `${text} {#p-${block.n}}`;
  if (block.kind === 'list-item') {
    return `<Passage n={${block.n}} as="li">${text.replace(/^[-+*]\s+/, '')}</Passage>`;
  }
  return `<Passage n={${block.n}}>${text}</Passage>`;
}

function withTranslation(block: SourceBlock, mdx: string): string {
  if (!translated) return mdx;
  return `<Aligned>\n${mdx}\n\n<Translation n={${block.n}}></Translation>\n</Aligned>`;
}

const body: string[] = [];
let openList = false;
for (const block of splitBlocks(bytes.toString('utf8'))) {
  const isItem = block.kind === 'list-item';
  if (isItem && !openList) body.push('<ul>');
  if (!isItem && openList) body.push('</ul>');
  openList = isItem;
  body.push(withTranslation(block, blockToMdx(block)));
}
if (openList) body.push('</ul>');

const frontmatter = `---
title: ""
shortTitle: ""
language: ${language}
kind: press-release
publisher: null
authors: []
date: { value: "", of: published, paragraph: 1, quote: "" }
place: null
cities: []
summary: ""
source:
  file: ${basename(sourcePath)}
  sha256: ${createHash('sha256').update(bytes).digest('hex')}
---
`;
writeFileSync(target, `${frontmatter}\n${body.join('\n\n')}\n`);
console.log(`wrote ${target}: fill in the frontmatter, then add structure and editorial notes.`);
