/**
 * This site's paragraph translations, read from a transcription's MDX, where
 * each is written as `<Translation n={N}>plain text</Translation>`. Read from
 * the file because the content store does not keep MDX bodies (`retainBody` in
 * content.config.ts).
 */
import { readFileSync } from 'node:fs';
import { detached } from './strings.ts';

const TRANSLATION = /<Translation n=\{(\d+)\}>([^<]*)<\/Translation>/g;

export function readTranslations(mdxFile: string): Map<number, string> {
  const mdx = readFileSync(mdxFile, 'utf8');
  return new Map([...mdx.matchAll(TRANSLATION)].map((match) => [Number(match[1]), detached(match[2]!.trim())]));
}
