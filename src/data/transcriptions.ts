/**
 * A document's transcription, compiled from its MDX file as its page renders
 * (src/lib/transcription-mdx.ts) and rendered by Astro as it renders MDX
 * content: the component is tagged for the MDX integration's renderer.
 */
import { readFileSync } from 'node:fs';
import type { CollectionEntry } from 'astro:content';
import type { Loader } from 'astro/loaders';
import * as runtime from 'astro/jsx-runtime';
import { Renderer } from 'astro/runtime/server/index.js';
import { compileTranscription, type TranscriptionHeading } from '../lib/transcription-mdx.ts';

type Props = Record<string, unknown> & { components?: Record<string, unknown> };

export interface Transcription {
  Content: (props?: Props) => unknown;
  headings: TranscriptionHeading[];
}

export function renderTranscription(document: CollectionEntry<'documents'>): Transcription {
  const file = document.filePath!;
  const { code, headings } = compileTranscription(readFileSync(file, 'utf8'), file);
  const { default: MDXContent } = new Function(code)(runtime) as { default: (props: Props) => unknown };
  // As the MDX integration's module does (vite-plugin-mdx-postprocess): its Fragment, then the page's components.
  const Content = (props: Props = {}) => MDXContent({ ...props, components: { Fragment: runtime.Fragment, ...props.components } });
  // Rendered by the MDX integration's renderer, as its own modules' content is (their __astro_tag_component__).
  Object.defineProperty(Content, Renderer, { value: 'astro:jsx' });
  Object.assign(Content, { [Symbol.for('mdx-component')]: true, moduleId: file });
  return { Content, headings };
}

/**
 * The documents' loader without the modules Astro would make of them: an entry marked
 * `deferredRender` has its MDX compiled into a module of the build, for `render()`; these
 * are rendered by renderTranscription instead.
 */
export function withoutContentModules(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        store: {
          ...context.store,
          set: ({ deferredRender: _, ...entry }) => context.store.set(entry),
          // Called for an entry unchanged since the last build, whose MDX the cached store may still list.
          addModuleImport: () => undefined,
        },
      }),
  };
}
