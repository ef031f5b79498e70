/** The events of the archive as the timeline pages use them: all, or sliced by city, kind, organisation or entity. */
import type { CollectionEntry } from 'astro:content';
import { CITIES, EVENT_KINDS } from '../content.config.ts';
import { compareEvents, laneOf, type TimelineEvent } from '../lib/timeline.ts';
import type { Archive } from './archive.ts';

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
