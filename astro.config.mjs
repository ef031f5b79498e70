// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { sourceHeadings } from './src/lib/source-headings.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  // Permanent URLs and canonical links use SITE_URL; BASE_PATH deploys the site under a sub-path.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  // A second build (the tests' sub-path deployment) can go elsewhere than dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  integrations: [mdx(), searchIndex()],
  markdown: {
    processor: satteri({
      features: { headingAttributes: true, smartPunctuation: false },
      hastPlugins: [sourceHeadings],
    }),
  },
  vite: { plugins: [tailwindcss()] },
});
