/** The archive's relationship graph, built and laid out once per build. */
import { agreementGraph, layoutGraph, neighbourhood, type Graph, type PositionedNode } from '../lib/network.ts';
import { entityLink } from '../lib/links.ts';
import { once } from '../lib/once.ts';
import { getArchive, type Archive, type Entity } from './archive.ts';
import { entityName } from './views.ts';

export interface DrawnGraph extends Graph {
  positioned: PositionedNode[];
  width: number;
  height: number;
}

function archiveGraph(archive: Archive): Graph {
  return agreementGraph(
    archive.agreements.map((agreement) => ({
      key: `agreements/${agreement.id}`,
      parties: agreement.data.parties.flatMap((party) => (party.organization ? [`organizations/${party.organization.id}`] : [])),
      participants: agreement.data.participants.map((participant) => ({ key: `people/${participant.person.id}`, part: participant.part })),
      place: agreement.data.place && `places/${agreement.data.place.place.id}`,
      cities: agreement.data.cities.map((city) => `places/${city}`),
    })),
    (key) => {
      const [collection, id] = key.split('/') as [string, string];
      return { label: entityName(archive.entry(key) as Entity), href: entityLink(collection, id) };
    },
  );
}

const draw = (graph: Graph, width: number, height: number, spread?: number): DrawnGraph => ({
  ...graph,
  positioned: layoutGraph(graph, width, height, spread),
  width,
  height,
});

/** Beyond this many links a neighbourhood is no longer legible as a drawing, and its page would grow with the archive. */
export const MAX_DRAWN_LINKS = 150;

/** Beyond this many links (six times today's) the whole graph is a tangle, not a picture, and its page would grow with the archive. */
export const MAX_NETWORK_LINKS = 600;

const wholeGraph = once(async () => {
  const graph = archiveGraph(await getArchive());
  return { graph, drawn: graph.edges.length > MAX_NETWORK_LINKS ? undefined : draw(graph, 1000, 760) };
});

/** The whole graph, and its layout for /network/ while it is small enough to draw. */
export const getNetwork = wholeGraph;

/**
 * An entity's own neighbourhood: the graph, and its drawing when it is small
 * enough to read; undefined when the entity is in no agreement.
 */
export async function getNeighbourhood(key: string): Promise<{ graph: Graph; drawn?: DrawnGraph } | undefined> {
  const { graph } = await wholeGraph();
  const local = neighbourhood(graph, key);
  if (local.edges.length === 0) return undefined;
  if (local.edges.length > MAX_DRAWN_LINKS) return { graph: local };
  // Taller for larger neighbourhoods, so labels keep their room.
  return { graph: local, drawn: draw(local, 760, Math.min(Math.max(300, local.nodes.length * 20), 720), 1.7) };
}
