import { describe, expect, test } from 'vitest';
import { compareEvents, groupByPeriod, layoutChart, type TimelineEvent } from '../../src/lib/timeline.ts';

const event = (id: string, date: string | undefined, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  title: id,
  kind: 'history',
  date,
  cities: ['chongqing'],
  agreement: false,
  ...extra,
});

describe('compareEvents', () => {
  test('orders mixed precisions by start, broader first, then by title; undated events last', () => {
    const events = [
      event('b', '2018-04'),
      event('undated', undefined),
      event('a', '2018'),
      event('c', '2018-01-01'),
      event('d', '1950s'),
      event('e', '2018-04'),
    ];
    expect([...events].sort(compareEvents).map((e) => e.id)).toEqual(['d', 'a', 'c', 'b', 'e', 'undated']);
  });

  test('is the same whatever order the events come in', () => {
    const events = [event('x', '2009'), event('y', '2009'), event('z', '2009-09-11')];
    const once = [...events].sort(compareEvents).map((e) => e.id);
    const reversed = [...events].reverse().sort(compareEvents).map((e) => e.id);
    expect(reversed).toEqual(once);
  });
});

describe('groupByPeriod', () => {
  test('groups by start year, or by decade and century, and keeps plans apart from what happened', () => {
    const { periods, undated } = groupByPeriod([
      event('target', 'by 2010', { kind: 'plan' }),
      event('report', '2010'),
      event('zone', '2001-04-25'),
      event('port', undefined),
      event('investment', '1950s'),
      event('capital', '20th century'),
      event('ranking', '1950'),
    ]);
    expect(periods.map((group) => [group.id, group.label, group.happened.map((e) => e.id), group.planned.map((e) => e.id)])).toEqual([
      ['y20th-century', 'The 20th century', ['capital'], []],
      ['y1950s', 'The 1950s', ['investment'], []],
      ['y1950', '1950', ['ranking'], []],
      ['y2001', '2001', ['zone'], []],
      ['y2010', '2010', ['report'], ['target']],
    ]);
    expect(undated.map((e) => e.id)).toEqual(['port']);
  });
});

describe('layoutChart', () => {
  const lanes = [
    { id: 'chongqing', label: 'Chongqing' },
    { id: 'guangzhou', label: 'Guangzhou' },
    { id: 'international', label: 'National and international' },
  ];
  const layout = layoutChart(
    [
      event('mou', '2009-09-11', { agreement: true }),
      event('release', '2009-09-11'),
      event('framework', '2016', { cities: ['guangzhou'], agreement: true }),
      event('expo', '2015', { cities: [] }),
      event('investment', '1950s'),
      event('capital', '20th century'),
      event('plan', 'by 2022-12', { cities: ['guangzhou'], kind: 'plan' }),
    ],
    lanes,
  );

  test('spans the years of the events, starting at the earliest narrower than a century', () => {
    expect([layout.axisStart, layout.axisEnd]).toEqual([1950, 2025]);
  });

  test('puts one mark per lane and year, counting agreements and plans', () => {
    expect(layout.marks.map((m) => [m.lane, m.year, m.count, m.agreements, m.plans])).toEqual([
      ['chongqing', 2009, 2, 1, 0],
      ['international', 2015, 1, 0, 0],
      ['guangzhou', 2016, 1, 1, 0],
      ['guangzhou', 2022, 1, 0, 1],
    ]);
  });

  test('draws decades and centuries as spans, cut at the start of the axis', () => {
    expect(layout.spans.map((s) => [s.id, s.clipped])).toEqual([
      ['capital', true],
      ['investment', false],
    ]);
    const capital = layout.spans[0]!;
    expect(capital.x1).toBe(layout.ticks[0]!.x);
  });

  test('compresses the sparse early years when events cluster later', () => {
    const clustered = layoutChart(
      [event('a', '1950s'), ...[1991, 1995, 1998, 2000, 2001, 2003, 2004, 2005, 2009, 2010, 2016, 2018].map((year) => event(String(year), String(year)))],
      lanes,
    );
    expect(clustered.axisBreak?.year).toBe(1990);
    const x = (year: number) => clustered.ticks.find((tick) => tick.year === year)!.x;
    expect(x(1990) - x(1950)).toBeLessThan(x(2030 - 10) - x(1990));
    expect(clustered.ticks.map((tick) => tick.year)).toEqual([1950, 1960, 1970, 1980, 1990, 1995, 2000, 2005, 2010, 2015, 2020]);
  });

  test('places later years further right, lanes one below the other', () => {
    const [a, b] = [layout.marks[0]!, layout.marks[2]!];
    expect(b.x).toBeGreaterThan(a.x);
    expect(layout.lanes.map((lane) => lane.y)).toEqual([...layout.lanes.map((lane) => lane.y)].sort((x, y) => x - y));
  });
});
