/**
 * Building the chronology: events in a stable order, grouped by year, sliced
 * by city, kind or entity, and laid out for the overview chart drawn at build
 * time. Everything here is plain data in, plain data out.
 */
import { compareDates, parsePartialDate, startYear } from './dates.ts';

export interface TimelineEvent {
  id: string;
  title: string;
  kind: string;
  /** Absent when the source's date is impossible or missing. */
  date?: string | undefined;
  cities: readonly string[];
  /** Whether it records the making of an agreement. */
  agreement: boolean;
}

/** The kind that holds plans, targets and forecasts, kept apart from what happened. */
export const PLAN_KIND = 'plan';

/** Chronological order (see compareDates), then title and id so that every build orders ties alike. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.date && b.date) return compareDates(a.date, b.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
  if (a.date) return -1;
  if (b.date) return 1;
  return a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

export interface PeriodGroup<E> {
  /** The anchor of the group: "y2009", or "y1950s" and "y20th-century" for events known only to a decade or century. */
  id: string;
  /** Its heading: "2009", "The 1950s", "The 20th century". */
  label: string;
  happened: E[];
  planned: E[];
}

/** The group an event's date files it under: its start year, or its decade or century when that is all the source gives. */
export function periodOf(date: string): { id: string; label: string } {
  const { precision } = parsePartialDate(date);
  if (precision === 'decade' || precision === 'century') {
    return { id: `y${date.replace(' ', '-')}`, label: `The ${date}` };
  }
  const year = startYear(date);
  return { id: `y${year}`, label: String(year) };
}

/**
 * Dated events in chronological order, grouped under the year they start in
 * (or their decade or century), what happened apart from what was planned;
 * events without a usable date are returned separately.
 */
export function groupByPeriod<E extends TimelineEvent>(events: readonly E[]): { periods: PeriodGroup<E>[]; undated: E[] } {
  const sorted = [...events].sort(compareEvents);
  const periods: PeriodGroup<E>[] = [];
  for (const event of sorted) {
    if (!event.date) continue;
    const period = periodOf(event.date);
    let group = periods.at(-1);
    if (!group || group.id !== period.id) {
      group = { ...period, happened: [], planned: [] };
      periods.push(group);
    }
    (event.kind === PLAN_KIND ? group.planned : group.happened).push(event);
  }
  return { periods, undated: sorted.filter((event) => !event.date) };
}

export interface Lane {
  id: string;
  label: string;
}

/** One lane per city and one for national or international events. */
export function laneOf(event: TimelineEvent, cityLanes: readonly string[]): string {
  return cityLanes.find((city) => event.cities.includes(city)) ?? 'international';
}

export interface ChartMark {
  lane: string;
  year: number;
  x: number;
  y: number;
  count: number;
  agreements: number;
  plans: number;
}

export interface ChartSpan {
  lane: string;
  id: string;
  title: string;
  x1: number;
  x2: number;
  y: number;
  /** The span starts before the axis and is cut there. */
  clipped: boolean;
}

export interface ChartLayout {
  width: number;
  height: number;
  axisStart: number;
  axisEnd: number;
  /** Where the axis changes scale: years before it are drawn compressed; absent when the axis is linear. */
  axisBreak?: { year: number; x: number } | undefined;
  ticks: Array<{ year: number; x: number; major: boolean }>;
  lanes: Array<Lane & { y: number }>;
  marks: ChartMark[];
  spans: ChartSpan[];
}

export interface ChartOptions {
  width?: number;
  laneHeight?: number;
  labelWidth?: number;
  /** The first year of the axis; earlier spans are cut at it. */
  axisStart?: number;
}

const BROAD = new Set(['century', 'decade']);

/** Share of the plot the sparse early years get when the axis is compressed before its break. */
const COMPRESSED_SHARE = 0.2;

/** The year from which events are dense: the axis is compressed before it when that leaves 20 or more sparse years. */
function breakYear(years: number[], axisStart: number): number | undefined {
  const sorted = [...years].sort((a, b) => a - b);
  const dense = Math.floor(sorted[Math.floor(sorted.length * 0.1)]! / 10) * 10;
  return dense - axisStart >= 20 ? dense : undefined;
}

/**
 * Positions for the overview chart: a year axis, one lane per city and one
 * for the rest, a mark per lane and year (with its number of events,
 * agreements and plans), and bars for events known only to a decade or century.
 */
export function layoutChart(events: readonly TimelineEvent[], lanes: readonly Lane[], options: ChartOptions = {}): ChartLayout {
  const { width = 1000, laneHeight = 56, labelWidth = 200 } = options;
  const dated = events.filter((event): event is TimelineEvent & { date: string } => Boolean(event.date));
  // A century would stretch the axis over decades without events: it starts with the earliest narrower date.
  const narrower = dated.filter((event) => parsePartialDate(event.date).precision !== 'century');
  const narrow = narrower.length > 0 ? narrower : dated;
  if (narrow.length === 0) throw new Error('layoutChart needs at least one dated event');
  const axisStart = options.axisStart ?? Math.floor(Math.min(...narrow.map((event) => startYear(event.date))) / 5) * 5;
  const lastYear = Math.max(...dated.map((event) => Number(parsePartialDate(event.date).end.slice(0, 4))));
  const axisEnd = Math.ceil((lastYear + 1) / 5) * 5;
  const plotLeft = labelWidth;
  const plotWidth = width - labelWidth - 20;
  const pivot = breakYear(narrow.map((event) => startYear(event.date)), axisStart);
  const xOf = (value: number) => {
    const year = Math.max(value, axisStart);
    if (pivot === undefined) return plotLeft + ((year - axisStart) / (axisEnd - axisStart)) * plotWidth;
    const early = plotWidth * COMPRESSED_SHARE;
    if (year < pivot) return plotLeft + ((year - axisStart) / (pivot - axisStart)) * early;
    return plotLeft + early + ((year - pivot) / (axisEnd - pivot)) * (plotWidth - early);
  };
  const top = 28;
  const laneRows = lanes.map((lane, index) => ({ ...lane, y: top + laneHeight * index + laneHeight / 2 }));
  const laneY = new Map(laneRows.map((lane) => [lane.id, lane.y]));
  const laneIds = lanes.map((lane) => lane.id).filter((id) => id !== 'international');

  const marks = new Map<string, ChartMark>();
  const spans: ChartSpan[] = [];
  for (const event of [...dated].sort(compareEvents)) {
    const lane = laneOf(event, laneIds);
    const date = parsePartialDate(event.date);
    const y = laneY.get(lane)!;
    if (BROAD.has(date.precision)) {
      const start = Number(date.start.slice(0, 4));
      spans.push({
        lane,
        id: event.id,
        title: event.title,
        x1: xOf(start),
        x2: xOf(Math.min(Number(date.end.slice(0, 4)) + 1, axisEnd)),
        y: y + 14,
        clipped: start < axisStart,
      });
      continue;
    }
    const year = startYear(event.date);
    const key = `${lane}/${year}`;
    const mark = marks.get(key) ?? { lane, year, x: xOf(year + 0.5), y, count: 0, agreements: 0, plans: 0 };
    mark.count += 1;
    if (event.agreement) mark.agreements += 1;
    if (event.kind === PLAN_KIND) mark.plans += 1;
    marks.set(key, mark);
  }

  const ticks = [];
  for (let year = axisStart; year <= axisEnd; year += 5) {
    // Before the break only every decade is drawn, and labelled: the compressed years have no room for more.
    const compressed = pivot !== undefined && year < pivot;
    if (compressed && year % 10 !== 0) continue;
    ticks.push({ year, x: xOf(year), major: year % 10 === 0 });
  }
  return {
    width,
    height: top + laneHeight * lanes.length + 24,
    axisStart,
    axisEnd,
    axisBreak: pivot === undefined ? undefined : { year: pivot, x: xOf(pivot) },
    ticks,
    lanes: laneRows,
    marks: [...marks.values()],
    spans,
  };
}
