/**
 * This site's paragraph translations, read from a transcription's MDX, where
 * each is written as `<Translation n={N}>plain text</Translation>`.
 */
const TRANSLATION = /<Translation n=\{(\d+)\}>([^<]*)<\/Translation>/g;

export function extractTranslations(mdx: string): Map<number, string> {
  return new Map([...mdx.matchAll(TRANSLATION)].map((match) => [Number(match[1]), match[2]!.trim()]));
}
