/** Reads the source texts in content/sources/ and numbers their blocks. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitBlocks, type Paragraph, type SourceBlock } from './paragraphs.ts';
import { detached } from './strings.ts';

export const SOURCES_DIR = 'content/sources';

export function readSourceText(file: string): string {
  return readFileSync(resolve(SOURCES_DIR, file), 'utf8');
}

/** A source file's bytes, or undefined if it does not exist. */
function readSourceBytes(file: string): Buffer | undefined {
  try {
    return readFileSync(resolve(SOURCES_DIR, file));
  } catch {
    return undefined;
  }
}

/** What is wrong with a source file's bytes against its recorded SHA-256, or null when they match. */
function mismatch(file: string, bytes: Buffer | undefined, sha256: string): string | null {
  if (!bytes) return `${SOURCES_DIR}/${file} does not exist`;
  const actual = createHash('sha256').update(bytes).digest('hex');
  return actual === sha256 ? null : `${SOURCES_DIR}/${file} has SHA-256 ${actual}, not the recorded ${sha256}: a source changed`;
}

/** What is wrong with a source file against its recorded SHA-256, or null when it matches. */
export function checksumProblem(file: string, sha256: string): string | null {
  return mismatch(file, readSourceBytes(file), sha256);
}

export function readSourceBlocks(file: string): SourceBlock[] {
  return splitBlocks(readSourceText(file));
}

/**
 * A source's blocks as the build keeps them for every page (number and text only, each text a string
 * of its own), and what is wrong with the file against its recorded SHA-256: one reading for both.
 */
export function readCheckedParagraphs(file: string, sha256: string): { paragraphs: Paragraph[]; checksumProblem: string | null } {
  const bytes = readSourceBytes(file);
  return {
    paragraphs: bytes ? splitBlocks(bytes.toString('utf8')).map(({ n, text }) => ({ n, text: detached(text) })) : [],
    checksumProblem: mismatch(file, bytes, sha256),
  };
}
