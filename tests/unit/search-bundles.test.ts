import { describe, expect, test } from 'vitest';
import { bundleFolder, searchPartOf } from '../../src/lib/search-bundles.ts';

describe('the two parts of the search index', () => {
  test('events and timelines belong to the full text, which a cold search does not wait for', () => {
    expect(searchPartOf('/events/2009-cisco-chongqing-mou/')).toBe('fullText');
    expect(searchPartOf('/timeline/')).toBe('fullText');
    expect(searchPartOf('/timeline/organization/qingcloud/')).toBe('fullText');
  });

  test('documents, agreements, entities and the site’s own pages belong to the catalogue', () => {
    for (const path of ['/', '/documents/cisco-chongqing-mou-release-2009/', '/agreements/cisco-chongqing-mou-2009/', '/people/wim-elfrink/', '/places/panyu/', '/organizations/siemens/', '/about/']) {
      expect(searchPartOf(path), path).toBe('catalogue');
    }
  });

  test('a page whose name merely begins like a full-text folder stays in the catalogue', () => {
    expect(searchPartOf('/organizations/events-company/')).toBe('catalogue');
  });

  test('the first bundle is the index folder itself, the others folders beneath it', () => {
    expect(bundleFolder(1)).toBe('');
    expect(bundleFolder(2)).toBe('bundle-2/');
  });
});
