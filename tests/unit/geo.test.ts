import { describe, expect, test } from 'vitest';
import { drawMap, drawnAt, gazetteerPosition, indexGazetteer, type MarkerInput } from '../../src/lib/geo.ts';

const gazetteer = indexGazetteer([
  { name: 'Chongqing', lat: '29.56026', lng: '106.55771', country: 'CN', admin1: '33' },
  { name: 'Nanping', lat: '29.08639', lng: '106.98722', country: 'CN', admin1: '33' },
  { name: 'Nanping', lat: '29.54111', lng: '106.58778', country: 'CN', admin1: '33' },
  { name: 'Washington', lat: '54.9', lng: '-1.51667', country: 'GB', admin1: 'ENG' },
  { name: 'Washington', lat: '38.89511', lng: '-77.03637', country: 'US', admin1: 'DC' },
]);

describe('a place is positioned by one gazetteer record, never by a guess', () => {
  test('name, country and division pick the record', () => {
    expect(gazetteerPosition(gazetteer, { name: 'Washington', country: 'US', admin1: 'DC' })).toEqual([-77.03637, 38.89511]);
    expect(gazetteerPosition(gazetteer, { name: 'Chongqing', country: 'CN' })).toEqual([106.55771, 29.56026]);
  });
  test('a query matching no record is an error', () => {
    expect(() => gazetteerPosition(gazetteer, { name: 'Chongqing', country: 'US' })).toThrow(/no gazetteer record is called Chongqing \(US\)/);
  });
  test('a query matching several records is an error, not the first of them', () => {
    expect(() => gazetteerPosition(gazetteer, { name: 'Nanping', country: 'CN', admin1: '33' })).toThrow(/2 gazetteer records/);
  });
});

describe('a place without a position is drawn at the nearest place it lies in', () => {
  const places = [
    { id: 'china' },
    { id: 'chongqing', parent: 'china' },
    { id: 'cetz', parent: 'chongqing' },
    { id: 'cetz-north', parent: 'cetz' },
    { id: 'yangtze-river' },
    { id: 'loop-a', parent: 'loop-b' },
    { id: 'loop-b', parent: 'loop-a' },
  ];
  const at = drawnAt(places, new Set(['chongqing', 'china']));
  test('itself when it has a position', () => expect(at.get('chongqing')).toBe('chongqing'));
  test('two levels up when it must', () => expect(at.get('cetz-north')).toBe('chongqing'));
  test('nowhere when nothing it lies in has one', () => expect(at.get('yangtze-river')).toBeUndefined());
  test('a cycle in the data ends the search instead of hanging', () => expect(at.get('loop-a')).toBeUndefined());
});

describe('drawing a map', () => {
  const marker = (id: string, position: [number, number]): MarkerInput => ({ id, label: id, href: `/places/${id}/`, description: id, position });
  const markers = [marker('chongqing', [106.55771, 29.56026]), marker('lijia', [106.49312, 29.67878]), marker('yuanyang', [106.55749, 29.66572]), marker('fuling', [107.39391, 29.70997])];
  const input = { width: 800, height: 480, projection: 'mercator' as const, countries: [], markers };

  test('every marker lies inside the picture', () => {
    for (const drawn of drawMap(input).markers) {
      expect(drawn.x).toBeGreaterThanOrEqual(0);
      expect(drawn.x).toBeLessThanOrEqual(800);
      expect(drawn.y).toBeGreaterThanOrEqual(0);
      expect(drawn.y).toBeLessThanOrEqual(480);
    }
  });

  test('labels of nearby markers are moved apart rather than drawn over each other', () => {
    const boxes = drawMap(input).markers.map((drawn) => {
      const width = drawn.label.length * 7;
      const left = drawn.labelAnchor === 'start' ? drawn.labelX : drawn.labelAnchor === 'end' ? drawn.labelX - width : drawn.labelX - width / 2;
      return { left, right: left + width, top: drawn.labelY - 11, bottom: drawn.labelY + 3 };
    });
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
      }
    }
  });

  test('the same data gives the same picture', () => {
    expect(drawMap(input)).toEqual(drawMap({ ...input, markers: [...markers].reverse() }));
  });
});
