/** Reads the source texts in content/sources/ and numbers their blocks, once per file. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitBlocks, type SourceBlock } from './paragraphs.ts';

export const SOURCES_DIR = 'content/sources';

const cache = new Map<string, SourceBlock[]>();

export function readSourceText(file: string): string {
  return readFileSync(resolve(SOURCES_DIR, file), 'utf8');
}

export function readSourceBlocks(file: string): SourceBlock[] {
  let blocks = cache.get(file);
  if (!blocks) {
    blocks = splitBlocks(readSourceText(file));
    cache.set(file, blocks);
  }
  return blocks;
}
