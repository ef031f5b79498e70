/** A throw-away copy of the project, for builds with changed content (tests, benchmarks). */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PARTS = ['content', 'src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export function copyProject(prefix = 'smart-city-build-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const part of PARTS) cpSync(part, join(dir, part), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
