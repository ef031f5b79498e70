/**
 * schema.org JSON-LD: the properties this site promises for each type it
 * declares, a check of that promise, and serialisation that is safe inside a
 * <script> element.
 */

export type JsonLd = Record<string, unknown> & { '@context': 'https://schema.org'; '@type': string };

/**
 * What every JSON-LD block of a type must carry. schema.org itself requires
 * nothing; these are the properties search engines and reference managers
 * need to use the block, and that the sources let the site state.
 */
export const REQUIRED_PROPERTIES: Record<string, readonly string[]> = {
  Article: ['headline', 'inLanguage', 'url', 'description'],
  NewsArticle: ['headline', 'inLanguage', 'url', 'description'],
  ScholarlyArticle: ['headline', 'inLanguage', 'url', 'description', 'author'],
  CreativeWork: ['name', 'url', 'description', 'isBasedOn'],
  Organization: ['name', 'url', 'isBasedOn'],
  GovernmentOrganization: ['name', 'url', 'isBasedOn'],
  EducationalOrganization: ['name', 'url', 'isBasedOn'],
  Person: ['name', 'url', 'isBasedOn'],
  Place: ['name', 'url', 'isBasedOn'],
  Country: ['name', 'url', 'isBasedOn'],
  City: ['name', 'url', 'isBasedOn'],
  Event: ['name', 'url', 'startDate', 'description', 'isBasedOn'],
};

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** What is wrong with a JSON-LD block: an unknown type, or a required property missing or empty. */
export function jsonLdProblems(block: Record<string, unknown>): string[] {
  if (block['@context'] !== 'https://schema.org') return [`@context is ${JSON.stringify(block['@context'])}, not "https://schema.org"`];
  const type = block['@type'];
  if (typeof type !== 'string' || !(type in REQUIRED_PROPERTIES)) return [`@type ${JSON.stringify(type)} is not one this site declares`];
  return REQUIRED_PROPERTIES[type]!.filter((property) => isEmpty(block[property])).map((property) => `${type} lacks ${property}`);
}

/**
 * JSON for a <script type="application/ld+json"> element. "<" is escaped so
 * no text from the data can close the element ("</script>") or open a
 * comment; the JSON means the same after JSON.parse.
 */
export function serializeJsonLd(block: JsonLd): string {
  const problems = jsonLdProblems(block);
  if (problems.length > 0) throw new Error(`JSON-LD for ${String(block['url'] ?? block['@type'])}: ${problems.join('; ')}`);
  return JSON.stringify(block).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
