import { describe, expect, test } from 'vitest';
import { agreementGraph, layoutGraph, neighbourhood } from '../../src/lib/network.ts';

const graph = agreementGraph(
  [
    {
      key: 'agreements/mou',
      parties: ['organizations/cisco', 'organizations/chongqing-government'],
      participants: [{ key: 'people/huang-qifan', part: 'witness' }],
      place: 'places/chongqing',
      cities: ['places/chongqing'],
    },
    { key: 'agreements/framework', parties: ['organizations/siemens-china', 'organizations/chongqing-government'], participants: [], cities: ['places/chongqing'] },
    { key: 'agreements/alone', parties: ['organizations/qualcomm'], participants: [], cities: [] },
  ],
  (key) => ({ label: key.split('/')[1]!, href: `/${key}/` }),
);

describe('the relationship graph', () => {
  test('joins each agreement to its parties, participants and places, each pair once', () => {
    expect(graph.edges.filter((edge) => edge.agreement === 'agreements/mou')).toEqual([
      { agreement: 'agreements/mou', entity: 'organizations/cisco', relation: 'party' },
      { agreement: 'agreements/mou', entity: 'organizations/chongqing-government', relation: 'party' },
      { agreement: 'agreements/mou', entity: 'people/huang-qifan', relation: 'witness' },
      { agreement: 'agreements/mou', entity: 'places/chongqing', relation: 'signed at' },
    ]);
    expect(graph.nodes.map((node) => node.key)).toContain('organizations/qualcomm');
  });

  test('a neighbourhood holds the agreements of an entity and what they join, and nothing else', () => {
    const local = neighbourhood(graph, 'organizations/siemens-china');
    expect(local.nodes.map((node) => node.key).sort()).toEqual(['agreements/framework', 'organizations/chongqing-government', 'organizations/siemens-china', 'places/chongqing']);
  });

  test('the layout is the same on every run and stays inside its frame', () => {
    const first = layoutGraph(graph, 600, 400);
    expect(layoutGraph(graph, 600, 400)).toEqual(first);
    for (const node of first) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(600);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(400);
    }
    expect(first.find((node) => node.key === 'organizations/chongqing-government')!.degree).toBe(2);
  });
});
