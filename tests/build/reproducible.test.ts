import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { build, copyProject } from '../helpers/project.ts';

/** Two clean builds of the same sources give the same site, byte for byte. */
function files(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(root, join(dir, entry.name)) : [relative(root, join(dir, entry.name))],
  );
}

test('a clean build gives byte-identical output to the build under test', () => {
  const dir = copyProject();
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const { status, output } = build(dir);
  expect(status, output.slice(-2000)).toBe(0);
  const ours = files('dist').sort();
  const theirs = files(join(dir, 'dist')).sort();
  expect(theirs).toEqual(ours);
  const differing = ours.filter((file) => !readFileSync(join('dist', file)).equals(readFileSync(join(dir, 'dist', file))));
  expect(differing).toEqual([]);
}, 180_000);
