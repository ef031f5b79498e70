import { expect, test } from 'vitest';
import { linkFirstMentions } from '../../src/lib/mention-links.ts';
import { MentionMatcher } from '../../src/lib/mentions.ts';

const matcher = new MentionMatcher([
  { text: 'Cisco', key: 'organizations/cisco' },
  { text: 'Chongqing', key: 'places/chongqing' },
  { text: 'S&T Commission', key: 'organizations/st' },
  { text: '思科', key: 'organizations/cisco' },
]);
const target = (key: string) => ({ href: `/${key}/`, label: key });
const link = (html: string) => linkFirstMentions(html, matcher, target);

test('links the first mention of each entity, once', () => {
  expect(link('<p>Cisco and Chongqing; Cisco again in Chongqing.</p>')).toBe(
    '<p><a href="/organizations/cisco/" class="mention-link" title="organizations/cisco">Cisco</a> and ' +
      '<a href="/places/chongqing/" class="mention-link" title="places/chongqing">Chongqing</a>; Cisco again in Chongqing.</p>',
  );
});

test('never links inside links, headings, superscripts or the site’s apparatus', () => {
  const html =
    '<h2 id="p-1">Cisco</h2><p><a href="#p-2">Cisco</a><span data-apparatus><button>Chongqing</button><span>Cisco</span></span>' +
    '<sup>Chongqing</sup> then Cisco</p>';
  expect(link(html)).toBe(
    '<h2 id="p-1">Cisco</h2><p><a href="#p-2">Cisco</a><span data-apparatus><button>Chongqing</button><span>Cisco</span></span>' +
      '<sup>Chongqing</sup> then <a href="/organizations/cisco/" class="mention-link" title="organizations/cisco">Cisco</a></p>',
  );
});

test('keeps every character, escaped as it was', () => {
  expect(link('<p>the S&amp;T Commission &lt;here&gt;</p>')).toBe(
    '<p>the <a href="/organizations/st/" class="mention-link" title="organizations/st">S&amp;T Commission</a> &lt;here&gt;</p>',
  );
});

test('works in Chinese text and skips entities without a page', () => {
  const only = (key: string) => (key === 'organizations/cisco' ? target(key) : undefined);
  expect(linkFirstMentions('<p>重庆思科</p><br><p>Chongqing</p>', matcher, only)).toBe(
    '<p>重庆<a href="/organizations/cisco/" class="mention-link" title="organizations/cisco">思科</a></p><br><p>Chongqing</p>',
  );
});
