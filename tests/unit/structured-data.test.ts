import { describe, expect, test } from 'vitest';
import { jsonLdProblems, serializeJsonLd, type JsonLd } from '../../src/lib/structured-data.ts';

const organization: JsonLd = {
  '@context': 'https://schema.org',
  '@type': 'Organization',
  name: 'Cisco </script><script>alert(1)</script> <!--',
  url: 'https://example.org/organizations/cisco/',
  isBasedOn: ['https://example.org/documents/x/'],
};

describe('JSON-LD', () => {
  test('text from the data can never close the script element', () => {
    const json = serializeJsonLd(organization);
    expect(json).not.toContain('</script');
    expect(json).not.toContain('<!--');
    expect(JSON.parse(json)).toEqual(organization);
  });

  test('a block lacking a property its type promises is refused', () => {
    const { isBasedOn: _omitted, ...withoutSources } = organization;
    expect(jsonLdProblems(withoutSources)).toEqual(['Organization lacks isBasedOn']);
    expect(() => serializeJsonLd(withoutSources as JsonLd)).toThrow(/lacks isBasedOn/);
    expect(jsonLdProblems({ ...organization, isBasedOn: [] })).toEqual(['Organization lacks isBasedOn']);
  });

  test('an undeclared type or another context is refused', () => {
    expect(jsonLdProblems({ ...organization, '@type': 'Thing' })[0]).toMatch(/not one this site declares/);
    expect(jsonLdProblems({ ...organization, '@context': 'http://schema.org' })[0]).toMatch(/@context/);
  });
});
