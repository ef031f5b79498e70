/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    // tests/dist/ reads the built site: `npm test` builds it first.
    include: ['tests/unit/**/*.test.ts', 'tests/dist/**/*.test.ts'],
  },
});
