/** A throw-away copy of the project, to build with content changed in one way. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export { copyProject } from '../../scripts/project-copy.ts';

/** Replaces `from` (which must occur) with `to` in a file of the copy. */
export function change(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(path, changed);
}

/** Runs the build as `npm run build` does; returns its exit code and its output without colours. */
export function build(dir: string, ...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}
