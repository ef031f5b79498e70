// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  // Permanent URLs and canonical links use SITE_URL; BASE_PATH deploys the site under a sub-path.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  // scripts/build.ts builds into a staging folder and moves it into place only when the build succeeds.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: {
    // Pages rendered at a time: one page renders while others wait on the disk. Measured at 1,000
    // documents (5,491 pages, 2 cores): 30.6 s with one, 27.5 s with two, 25.4 s with four, 25.0 with eight.
    concurrency: 4,
  },
  // Astro's cache inside the project, not in node_modules/.astro, which copies of the project may share.
  cacheDir: './.astro/cache',
  // The search index is built after Astro, by scripts/build.ts (npm run build). The MDX integration renders the
  // transcriptions, which the documents' pages compile themselves (src/lib/transcription-mdx.ts).
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') })],
  security: {
    // A strict policy in a <meta> element on every page: Astro adds the hashes of its inline scripts.
    // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; nothing else runs but the
    // site's own scripts. frame-ancestors cannot be set in a <meta> element: public/_headers sets it.
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "manifest-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
