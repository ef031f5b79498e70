/** The events of the archive as the timeline pages use them: all, or sliced by city, kind, organisation or entity. */
import type { CollectionEntry } from 'astro:content';
import { CITIES, EVENT_KINDS } from '../content.config.ts';
import { link } from '../lib/links.ts';
import { pagePath, paginate, type Page } from '../lib/pagination.ts';
import { cityLabel } from '../lib/labels.ts';
import { compareEvents, laneOf, layoutChart, periodOf, type ChartLayout, type TimelineEvent } from '../lib/timeline.ts';
import type { Archive } from './archive.ts';
import { PAGE_SIZE } from './site.ts';

export type EventEntry = CollectionEntry<'events'>;

export const asTimelineEvent = (event: EventEntry): TimelineEvent & { entry: EventEntry } => ({
  id: event.id,
  title: event.data.title,
  kind: event.data.kind,
  date: event.data.date.value,
  cities: event.data.cities,
  agreement: Boolean(event.data.agreement),
  entry: event,
});

/** The overview chart's lanes: one per city, one for national or international events. */
export const CHART_LANES = [
  ...CITIES.map((city) => ({ id: city, label: cityLabel(city) })),
  { id: 'international', label: 'National and international' },
];

/** The lane an event is drawn in, and the city filter it answers to: a city of the archive, or "international". */
export const cityOf = (event: EventEntry) => laneOf(asTimelineEvent(event), CITIES);

export const sortEvents = (events: readonly EventEntry[]) =>
  events
    .map(asTimelineEvent)
    .sort(compareEvents)
    .map((event) => event.entry);

/** The filters a reader can apply, each a page of its own and a choice in the instant filter. */
export const CITY_FILTERS = [...CITIES, 'international'] as const;
export const KIND_FILTERS = EVENT_KINDS;

export interface TimelineFilter {
  city?: string | undefined;
  kind?: string | undefined;
  organization?: string | undefined;
}

/** Whether a filter leaves the whole timeline. */
export const isWholeTimeline = (filter: TimelineFilter) => !filter.city && !filter.kind && !filter.organization;

/** Where a timeline, whole or filtered, begins: /timeline/, /timeline/chongqing/, /timeline/kind/plan/, /timeline/organization/cisco/. */
export function timelinePath(filter: TimelineFilter): string {
  if (filter.city) return `/timeline/${filter.city}/`;
  if (filter.kind) return `/timeline/kind/${filter.kind}/`;
  if (filter.organization) return `/timeline/organization/${filter.organization}/`;
  return '/timeline/';
}

/** The chronology's anchor for an event: its year, decade or century ("y2009"), or "undated". */
const periodIdOf = (event: EventEntry) => {
  const { date } = asTimelineEvent(event);
  return date ? periodOf(date).id : 'undated';
};

/** One page of a timeline, with what the overview chart, drawn on every page, needs of the others. */
export interface TimelinePage extends Page<EventEntry> {
  /** The overview chart of every event of the timeline (none if none is dated), laid out once for all its pages. */
  chart: ChartLayout | undefined;
  /** The page each year (decade, century) begins on, by its anchor. */
  periodPage: ReadonlyMap<string, number>;
}

/** A timeline's events in chronological order, in pages of a fixed size. */
export function timelinePages(events: readonly EventEntry[]): TimelinePage[] {
  const all = sortEvents(events);
  const pages = paginate(all, PAGE_SIZE.events);
  const periodPage = new Map<string, number>();
  for (const page of pages) {
    for (const event of page.items) {
      const id = periodIdOf(event);
      if (!periodPage.has(id)) periodPage.set(id, page.number);
    }
  }
  const timeline = all.map(asTimelineEvent);
  const chart = timeline.some((event) => event.date) ? layoutChart(timeline, CHART_LANES) : undefined;
  return pages.map((page) => ({ ...page, chart, periodPage }));
}

/** Where the chart's mark for a year leads: the year's anchor on this page, or on the page where the year begins. */
export function periodLink(page: TimelinePage, first: string): (periodId: string) => string {
  const onThisPage = new Set(page.items.map(periodIdOf));
  return (periodId) => (onThisPage.has(periodId) ? `#${periodId}` : `${link(pagePath(first, page.periodPage.get(periodId) ?? 1))}#${periodId}`);
}

export function filterEvents(events: readonly EventEntry[], filter: TimelineFilter): EventEntry[] {
  return events.filter(
    (event) =>
      (!filter.city || cityOf(event) === filter.city) &&
      (!filter.kind || event.data.kind === filter.kind) &&
      (!filter.organization || event.data.organizations.some((organization) => organization.id === filter.organization)),
  );
}

/** Organisations that take part in at least one event, for the organisation filter. */
export function organizationsWithEvents(archive: Archive): CollectionEntry<'organizations'>[] {
  const ids = new Set(archive.events.flatMap((event) => event.data.organizations.map((organization) => organization.id)));
  return archive.organizations.filter((organization) => ids.has(organization.id));
}

/** The events that involve an entity, record an agreement, or cite a document: its slice of the timeline. */
export function eventsAbout(archive: Archive, key: string): EventEntry[] {
  // From the reference index, not a scan of all events: one lookup per page, however large the archive.
  const keys = new Set(archive.referredBy(key).flatMap((reference) => (reference.from.startsWith('events/') ? [reference.from] : [])));
  return sortEvents([...keys].map((eventKey) => archive.entry(eventKey) as EventEntry));
}
