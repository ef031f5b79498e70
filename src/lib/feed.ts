/** An Atom feed (RFC 4287), written by hand: a few fields, escaped once. */
import { escapeMarkup } from './markup.ts';

export interface FeedEntry {
  /** Absolute URL; doubles as the entry's permanent id. */
  url: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  summary: string;
  category: string;
}

export interface Feed {
  url: string;
  site: string;
  title: string;
  subtitle: string;
  entries: FeedEntry[];
}

/** The feed's own date is its newest entry's, so the same data always gives the same file. */
export function atomFeed(feed: Feed): string {
  const updated = feed.entries.map((entry) => entry.updated).sort().at(-1) ?? '1970-01-01T00:00:00Z';
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${escapeMarkup(entry.url)}</id>
    <title>${escapeMarkup(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeMarkup(entry.url)}"/>
    <updated>${entry.updated}</updated>
    <category term="${escapeMarkup(entry.category)}"/>
    <summary>${escapeMarkup(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${escapeMarkup(feed.url)}</id>
  <title>${escapeMarkup(feed.title)}</title>
  <subtitle>${escapeMarkup(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeMarkup(feed.url)}"/>
  <link rel="alternate" type="text/html" href="${escapeMarkup(feed.site)}"/>
  <author><name>${escapeMarkup(feed.title)}</name></author>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}
