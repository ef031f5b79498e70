import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { documentSchema } from '../../src/content.config.ts';
import { citationProblem } from '../../src/lib/provenance.ts';
import { readSourceBlocks, SOURCES_DIR } from '../../src/lib/sources.ts';
import { issueLines, readDocumentEntries } from '../helpers/content.ts';

const entries = readDocumentEntries();

describe('document entries', () => {
  test('there is one document per source file', () => {
    const sourceFiles = readdirSync(SOURCES_DIR).filter((file) => file.endsWith('.txt')).sort();
    expect(sourceFiles).toHaveLength(5);
    const transcribed = entries.map((entry) => (entry.data['source'] as { file: string }).file).sort();
    expect(transcribed).toEqual(sourceFiles);
  });

  test.each(entries.map((entry) => [entry.slug, entry] as const))('%s matches the schema', (_slug, entry) => {
    const result = documentSchema.safeParse(entry.data);
    expect(result.success ? [] : issueLines(result.error)).toEqual([]);
  });

  test.each(entries.map((entry) => [entry.slug, entry] as const))(
    '%s records the SHA-256 of its source, byte for byte',
    (_slug, entry) => {
      const { file, sha256 } = entry.data['source'] as { file: string; sha256: string };
      const bytes = readFileSync(`${SOURCES_DIR}/${file}`);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
    },
  );

  test.each(entries.map((entry) => [entry.slug, entry] as const))(
    '%s cites the passage that states its date',
    (_slug, entry) => {
      const data = documentSchema.parse(entry.data);
      expect(citationProblem(readSourceBlocks(data.source.file), data.date)).toBeNull();
    },
  );
});

describe('the document schema rejects bad frontmatter, naming the field', () => {
  const valid = entries[0]!.data;
  const errorsFor = (changes: Record<string, unknown>) => {
    const result = documentSchema.safeParse({ ...valid, ...changes });
    return result.success ? [] : issueLines(result.error);
  };

  test('a missing title', () => {
    expect(errorsFor({ title: undefined })).toEqual([expect.stringMatching(/^title: /)]);
  });

  test('an impossible date', () => {
    expect(errorsFor({ date: { ...(valid['date'] as object), value: '2009-13-45' } })).toEqual([
      'date.value: "2009-13-45" is not a date: month 13 is not between 1 and 12',
    ]);
  });

  test('an unknown language', () => {
    expect(errorsFor({ language: 'xx' })).toEqual(['language: unknown language "xx": use one of en, zh-CN, de']);
  });

  test('a document not in English without an English title', () => {
    expect(errorsFor({ language: 'de', titleEn: undefined })).toEqual([
      'titleEn: an English title is required for a document in de',
    ]);
  });

  test('a source whose checksum no longer matches', () => {
    const source = valid['source'] as { file: string };
    expect(errorsFor({ source: { file: source.file, sha256: '0'.repeat(64) } })).toEqual([
      expect.stringMatching(/^source\.sha256: content\/sources\/.+ has SHA-256 [0-9a-f]{64}, not the recorded 0{64}: a source changed$/),
    ]);
  });

  test('a source file that does not exist', () => {
    expect(errorsFor({ source: { file: 'missing.txt', sha256: '0'.repeat(64) } })).toEqual([
      'source.file: content/sources/missing.txt does not exist',
    ]);
  });
});
