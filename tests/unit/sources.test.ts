import { describe, expect, test } from 'vitest';
import { readCheckedParagraphs, readSourceBlocks } from '../../src/lib/sources.ts';
import { readDocumentEntries } from '../helpers/content.ts';

const [entry] = readDocumentEntries();
const { file, sha256 } = entry!.data['source'] as { file: string; sha256: string };

describe('readCheckedParagraphs', () => {
  test('reads the blocks of a source that matches its checksum, number and text only', () => {
    const { paragraphs, checksumProblem } = readCheckedParagraphs(file, sha256);
    expect(checksumProblem).toBeNull();
    expect(paragraphs).toEqual(readSourceBlocks(file).map(({ n, text }) => ({ n, text })));
  });

  test('reports a source whose bytes differ from the recorded checksum', () => {
    const { paragraphs, checksumProblem } = readCheckedParagraphs(file, '0'.repeat(64));
    expect(checksumProblem).toBe(`content/sources/${file} has SHA-256 ${sha256}, not the recorded ${'0'.repeat(64)}: a source changed`);
    expect(paragraphs.length).toBeGreaterThan(0);
  });

  test('reports a source that does not exist, with no blocks', () => {
    expect(readCheckedParagraphs('missing.txt', sha256)).toEqual({ paragraphs: [], checksumProblem: 'content/sources/missing.txt does not exist' });
  });
});
