import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/chromium.ts';

const chromium = findChromium();
const port = 4321;

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
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node scripts/serve.ts ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env['CI'],
  },
});
