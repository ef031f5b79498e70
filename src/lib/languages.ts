/**
 * The languages the sources are written in, as BCP 47 tags. A document in any
 * other language needs an entry here first: fonts, search and labels depend on it.
 */
export const LANGUAGES = {
  en: { name: 'English', nativeName: 'English' },
  'zh-CN': { name: 'Chinese (Simplified)', nativeName: '简体中文' },
  de: { name: 'German', nativeName: 'Deutsch' },
} as const;

export type Language = keyof typeof LANGUAGES;

export const LANGUAGE_TAGS = Object.keys(LANGUAGES) as [Language, ...Language[]];

export function isLanguage(tag: string): tag is Language {
  return Object.hasOwn(LANGUAGES, tag);
}

export function languageName(tag: Language): string {
  return LANGUAGES[tag].name;
}
