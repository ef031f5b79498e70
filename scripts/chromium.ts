/**
 * Which Chromium the browser tests drive: Playwright's own when it is
 * installed, else a system Chromium. `undefined` means Playwright's own.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export type ChromiumChoice = { found: true; executablePath: string | undefined } | { found: false };

export function findChromium(): ChromiumChoice {
  if (existsSync(chromium.executablePath())) return { found: true, executablePath: undefined };
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  return system ? { found: true, executablePath: system } : { found: false };
}
