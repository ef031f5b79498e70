/**
 * Run by `npm test` before the browser tests: finds a Chromium, installs
 * Debian's where it can (root on Debian or Ubuntu), or says in one line what
 * to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.ts';

if (!findChromium().found) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian’s chromium package…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  }
  if (!findChromium().found) {
    console.error(
      'npm test needs Chromium for its browser tests: run `npx playwright install chromium`, or install your system’s chromium package.',
    );
    process.exit(1);
  }
}
