/** Reads content entries straight from disk, as the tests need them without a build. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';

export interface RawEntry {
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

export function readDocumentEntries(): RawEntry[] {
  const dir = 'content/documents';
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file} has no frontmatter`);
      return { slug: basename(file, '.mdx'), data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
    });
}

/** Zod issues as "path: message" lines, the form the build prints them in. */
export function issueLines(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string[] {
  return error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

/** The YAML entries of a data collection, as `{ id, file, data }` before schema parsing. */
export function readDataEntries(collection: string): Array<{ id: string; file: string; data: unknown }> {
  const dir = `content/${collection}`;
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({ id: basename(file, '.yaml'), file: `${dir}/${file}`, data: parse(readFileSync(`${dir}/${file}`, 'utf8')) }));
}
