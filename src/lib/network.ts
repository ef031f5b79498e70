/**
 * The relationship graph: agreements joined to the organisations that are
 * parties, the people who took part, and the places where they were signed or
 * that they concern. Laid out at build time by a force simulation that starts
 * from fixed positions and runs a fixed number of steps, so the same data
 * always gives the same picture.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';

export type NodeKind = 'agreements' | 'organizations' | 'people' | 'places';

export interface GraphNode {
  /** "collection/id". */
  key: string;
  kind: NodeKind;
  label: string;
  href: string;
}

/** An agreement joined to an entity, and how. */
export interface GraphEdge {
  agreement: string;
  entity: string;
  relation: 'party' | 'signatory' | 'witness' | 'present' | 'signed at' | 'concerns';
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface AgreementLinks {
  key: string;
  parties: string[];
  participants: Array<{ key: string; part: 'signatory' | 'witness' | 'present' }>;
  place?: string | undefined;
  cities: string[];
}

/** The graph of some agreements; `describe` names and links any node by key. */
export function agreementGraph(agreements: readonly AgreementLinks[], describe: (key: string) => Omit<GraphNode, 'key' | 'kind'>): Graph {
  const edges: GraphEdge[] = [];
  // The pairs joined so far, so that each pair is looked up once rather than among every edge before it.
  const joined = new Set<string>();
  const add = (agreement: string, entity: string, relation: GraphEdge['relation']) => {
    const pair = `${agreement} ${entity}`;
    if (joined.has(pair)) return;
    joined.add(pair);
    edges.push({ agreement, entity, relation });
  };
  for (const agreement of agreements) {
    for (const party of agreement.parties) add(agreement.key, party, 'party');
    for (const participant of agreement.participants) add(agreement.key, participant.key, participant.part);
    if (agreement.place) add(agreement.key, agreement.place, 'signed at');
    for (const city of agreement.cities) add(agreement.key, city, 'concerns');
  }
  const keys = [...new Set([...agreements.map((agreement) => agreement.key), ...edges.map((edge) => edge.entity)])].sort();
  const nodes = keys.map((key) => ({ key, kind: key.split('/')[0] as NodeKind, ...describe(key) }));
  return { nodes, edges };
}

/** An entity, the agreements it is in, and everything else those agreements join. */
export function neighbourhood(graph: Graph, key: string): Graph {
  const agreements = new Set(graph.edges.filter((edge) => edge.entity === key || edge.agreement === key).map((edge) => edge.agreement));
  const edges = graph.edges.filter((edge) => agreements.has(edge.agreement));
  const keys = new Set([key, ...edges.flatMap((edge) => [edge.agreement, edge.entity])]);
  return { nodes: graph.nodes.filter((node) => keys.has(node.key)), edges };
}

export interface PositionedNode extends GraphNode {
  x: number;
  y: number;
  /** How many edges meet here: drawn as the node's size. */
  degree: number;
}

type SimNode = SimulationNodeDatum & { key: string };

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Positions every node inside width × height; `spread` pushes nodes further
 * apart, for small dense graphs whose labels would collide. d3-force places nodes without a
 * position on a fixed spiral in array order and draws its jitter from a seeded
 * generator, so sorted input gives identical output on every build.
 */
export function layoutGraph(graph: Graph, width: number, height: number, spread = 1, iterations = 400): PositionedNode[] {
  const simNodes: SimNode[] = graph.nodes.map((node) => ({ key: node.key }));
  const links: SimulationLinkDatum<SimNode>[] = graph.edges.map((edge) => ({ source: edge.agreement, target: edge.entity }));
  const spacing = Math.sqrt((width * height) / Math.max(graph.nodes.length, 1));
  forceSimulation(simNodes)
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(links).id((node) => node.key).distance(spacing * 0.6))
    .force('charge', forceManyBody().strength(-spacing * 1.2 * spread))
    .force('collide', forceCollide(spacing * 0.25 * spread))
    .force('x', forceX(0).strength(0.06 * (height / width)))
    .force('y', forceY(0).strength(0.06))
    .stop()
    .tick(iterations);
  const xs = simNodes.map((node) => node.x!);
  const ys = simNodes.map((node) => node.y!);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Labels are centred under their nodes: leave room for half a label at the sides.
  const [marginX, marginY] = [90, 30];
  const scale = Math.min((width - 2 * marginX) / Math.max(maxX - minX, 1), (height - 2 * marginY) / Math.max(maxY - minY, 1));
  const offsetX = (width - (maxX - minX) * scale) / 2;
  const offsetY = (height - (maxY - minY) * scale) / 2;
  const degree = (key: string) => graph.edges.filter((edge) => edge.agreement === key || edge.entity === key).length;
  return graph.nodes.map((node, index) => ({
    ...node,
    x: round(offsetX + (simNodes[index]!.x! - minX) * scale),
    y: round(offsetY + (simNodes[index]!.y! - minY) * scale),
    degree: degree(node.key),
  }));
}
