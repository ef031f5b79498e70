import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/chromium.ts';

const chromium = findChromium();
const port = 4321;
/** The sub-path deployment the tests also build and serve: the same site under /archive/. */
const subPath = { port: 4322, base: '/archive/', dir: 'dist-archive' };

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  forbidOnly: Boolean(process.env['CI']),
  fullyParallel: true,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      ...(chromium.found && chromium.executablePath ? { executablePath: chromium.executablePath } : {}),
      // Keep Chromium from calling home: the tests also assert that pages request nothing from other origins.
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: /sub-path\.spec\.ts/ },
    {
      name: 'sub-path',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${subPath.port}${subPath.base}` },
      testMatch: /sub-path\.spec\.ts/,
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.ts ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env['CI'],
    },
    {
      // `npm test` builds dist-archive before Playwright starts, as it builds dist.
      command: `node scripts/serve.ts ${subPath.port} ${subPath.base} ${subPath.dir}`,
      url: `http://localhost:${subPath.port}${subPath.base}`,
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
