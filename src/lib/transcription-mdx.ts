/**
 * Compiles a transcription's MDX into the body of a function, the way Astro's
 * MDX integration compiles it into a module (same compiler, Sätteri; same
 * options and plugins), so that a document's page can render its transcription
 * without the bundler compiling every document into a module of the build: at
 * 10,000 documents those modules took Astro's build past 8 GB, and an ES module,
 * once loaded, is never freed. The function is evaluated and dropped with the
 * page (src/data/transcriptions.ts).
 */
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { sourceHeadings } from './source-headings.ts';

/** Headings carry their ids (`{#p-2}`); a source's quotes and dashes stay as it wrote them. */
const MARKDOWN_FEATURES = { headingAttributes: true, smartPunctuation: false, gfm: true } as const;

/** A heading of the transcription, as Astro's `render()` gives them: for the table of contents. */
export interface TranscriptionHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface CompiledTranscription {
  /** The body of a function that takes the JSX runtime and returns the module's exports, `default` the content. */
  code: string;
  headings: TranscriptionHeading[];
}

/**
 * Elements that Astro's MDX pipeline turns into something of its own (images into optimised
 * images, code into highlighted code, scripts and styles into bundled ones); no transcription
 * holds one, and this compile does not do the same, so it refuses them.
 */
const UNSUPPORTED = ['img', 'pre', 'script', 'style'];

/** Compiles the MDX `mdx`, read from `file`, which errors name. */
export function compileTranscription(mdx: string, file: string): CompiledTranscription {
  const headings: TranscriptionHeading[] = [];
  const collectHeadings = {
    name: 'transcription-headings',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node: { tagName: string; properties?: Record<string, unknown> }, context: { textContent(node: unknown): string }) {
        const id = node.properties?.['id'];
        if (typeof id !== 'string') throw new Error('a heading without an id');
        headings.push({ depth: Number(node.tagName[1]), slug: id, text: context.textContent(node) });
      },
    },
  };
  const refuseUnsupported = {
    name: 'transcription-unsupported',
    element: {
      filter: UNSUPPORTED,
      visit(node: { tagName: string }) {
        throw new Error(`<${node.tagName}> is not rendered in a transcription`);
      },
    },
  };
  try {
    const { code } = mdxToJs(mdx, {
      hastPlugins: [sourceHeadings, refuseUnsupported, collectHeadings],
      features: MARKDOWN_FEATURES,
      fileURL: pathToFileURL(file),
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
      outputFormat: 'function-body',
    });
    return { code, headings };
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
