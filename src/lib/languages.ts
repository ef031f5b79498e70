/**
 * The languages the sources are written in, as BCP 47 tags. A document in any
 * other language needs an entry here first: fonts, search and labels depend on it.
 */
export const LANGUAGES = {
  // `locale` is the Open Graph form; the site's own English is British.
  en: { name: 'English', nativeName: 'English', locale: 'en_GB' },
  'zh-CN': { name: 'Chinese (Simplified)', nativeName: '简体中文', locale: 'zh_CN' },
  de: { name: 'German', nativeName: 'Deutsch', locale: 'de_DE' },
} as const;

export type Language = keyof typeof LANGUAGES;

export const LANGUAGE_TAGS = Object.keys(LANGUAGES) as [Language, ...Language[]];

export function isLanguage(tag: string): tag is Language {
  return Object.hasOwn(LANGUAGES, tag);
}

export function languageName(tag: Language): string {
  return LANGUAGES[tag].name;
}
