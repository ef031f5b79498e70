import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { partialDateError } from './lib/dates.ts';
import { LANGUAGE_TAGS } from './lib/languages.ts';
import { SOURCES_DIR } from './lib/sources.ts';

/** A date as precise as the source states it (see src/lib/dates.ts for the forms). */
const partialDate = z.string().superRefine((value, context) => {
  const problem = partialDateError(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

/** The cities this archive is about; other places are entities of their own. */
export const CITIES = ['chongqing', 'guangzhou'] as const;

const language = z.enum(LANGUAGE_TAGS, {
  error: (issue) => `unknown language ${JSON.stringify(issue.input)}: use one of ${LANGUAGE_TAGS.join(', ')}`,
});

/** The source file a document transcribes, pinned by its checksum. */
const sourceFile = z
  .object({
    /** File name in content/sources/, e.g. "000_59c04de7f492df14.txt". */
    file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in content/sources/'),
    /** SHA-256 of the file's bytes, lower-case hex; the build fails when the file no longer matches. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
  })
  .superRefine(({ file, sha256 }, context) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(SOURCES_DIR, file));
    } catch {
      context.addIssue({ code: 'custom', path: ['file'], message: `${SOURCES_DIR}/${file} does not exist` });
      return;
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== sha256) {
      context.addIssue({
        code: 'custom',
        path: ['sha256'],
        message: `${SOURCES_DIR}/${file} has SHA-256 ${actual}, not the recorded ${sha256}: a source changed`,
      });
    }
  });

/** What a document is. */
export const DOCUMENT_KINDS = ['press-release', 'news-article', 'news-report', 'working-paper'] as const;

export const documentSchema = z
  .object({
    /** Title in the original language and script, exactly as the source gives it. */
    title: z.string().min(1),
    /** True when the source has no headline and the title is supplied by this site from the text; shown in square brackets. */
    titleSupplied: z.boolean().default(false),
    /** English title: the site's translation for documents not in English. */
    titleEn: z.string().min(1).optional(),
    /** Language of the source text, as a BCP 47 tag. */
    language,
    /** What kind of document the source is. */
    kind: z.enum(DOCUMENT_KINDS),
    /** Series and number as the source prints them, e.g. "Working Paper 239". */
    series: z.string().min(1).optional(),
    /** Who issued the document, with the words of the text that show it; null when the text does not say. */
    publisher: z
      .object({
        /** The publisher's name as the text gives it. */
        name: z.string().min(1),
        /** Where the text shows who issued it, quoted. */
        evidence: z.string().min(1),
      })
      .nullable(),
    /** Authors named by the document; empty when it names none. */
    authors: z.array(z.string().min(1)),
    /** The document's own date, the passage that states it, and what it is the date of. */
    date: z.object({
      /** The date at the precision the source gives (see src/lib/dates.ts). */
      value: partialDate,
      /** What happened on that date: the document was published, an agreement signed, an event held. */
      of: z.enum(['published', 'signed', 'event']),
      /** Block of this document (the n of p-n) that states the date. */
      paragraph: z.number().int().positive(),
      /** The words of that block that state it, verbatim. */
      quote: z.string().min(1),
    }),
    /** Where the document is datelined or its event took place, as the source names it; null when it does not say. */
    place: z.string().min(1).nullable(),
    /** The cities of this archive that the document concerns. */
    cities: z.array(z.enum(CITIES)),
    /** A short English summary written by this site from the text alone. */
    summary: z.string().min(40),
    /** The source text this document transcribes. */
    source: sourceFile,
  })
  .superRefine((data, context) => {
    if (data.language !== 'en' && !data.titleEn) {
      context.addIssue({
        code: 'custom',
        path: ['titleEn'],
        message: `an English title is required for a document in ${data.language}`,
      });
    }
  });

export type DocumentData = z.infer<typeof documentSchema>;

const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/documents' }),
  schema: documentSchema,
});

export const collections = { documents };
