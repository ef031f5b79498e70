/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    // tests/dist/ reads the built site (`npm test` builds it first); tests/build/ builds copies of the project.
    include: ['tests/unit/**/*.test.ts', 'tests/dist/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Tests over every built page read a few hundred files; on a busy 2-core machine that passes 5 s.
    testTimeout: 60_000,
  },
});
