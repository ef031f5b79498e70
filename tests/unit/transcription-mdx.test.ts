import { expect, test } from 'vitest';
import { compileTranscription } from '../../src/lib/transcription-mdx.ts';

const FILE = '/archive/content/documents/a-document.mdx';

interface Node {
  type: unknown;
  props: { children?: unknown; [name: string]: unknown };
}

/** Evaluates the compiled MDX with a runtime that builds plain nodes, components named by their name. */
function evaluate(mdx: string): Node {
  const { code } = compileTranscription(mdx, FILE);
  const element = (type: unknown, props: Node['props']): Node => ({ type, props });
  const { default: Content } = new Function(code)({ jsx: element, jsxs: element, Fragment: 'Fragment' }) as { default: (props: object) => Node };
  const components = Object.fromEntries(['Passage', 'Translation', 'Aligned', 'EditorialNote'].map((name) => [name, name]));
  return Content({ components });
}

/** The text of a node tree, as a reader would see it. */
function text(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(text).join('');
  if (node && typeof node === 'object' && 'props' in node) return text((node as Node).props.children);
  return '';
}

/** Every node of a type. */
function find(node: unknown, type: string): Node[] {
  if (Array.isArray(node)) return node.flatMap((child) => find(child, type));
  if (!node || typeof node !== 'object' || !('props' in node)) return [];
  const { props } = node as Node;
  return [...((node as Node).type === type ? [node as Node] : []), ...find(props.children, type)];
}

test('a transcription compiles to its components with their props, the text untouched', () => {
  const tree = evaluate('---\ntitle: A document\n---\n\n<Passage n={5}>CHONGQING -- Cisco\'s "Smart+Connected" MoU...</Passage>\n');
  const [passage] = find(tree, 'Passage');
  expect(passage?.props.n).toBe(5);
  // Smart punctuation is off: a source's quotes, dashes and dots stay as it wrote them.
  expect(text(passage)).toBe('CHONGQING -- Cisco\'s "Smart+Connected" MoU...');
  expect(text(tree)).not.toContain('title: A document');
});

test("a source heading keeps its id, moves a level down beside its link, and is listed for the table of contents", () => {
  const mdx = '# Innovative City {#p-2}\n\n<Passage n={3}>Text</Passage>\n\n## Introduction {#p-4}\n';
  const { headings } = compileTranscription(mdx, FILE);
  expect(headings).toEqual([
    { depth: 2, slug: 'p-2', text: 'Innovative City' },
    { depth: 3, slug: 'p-4', text: 'Introduction' },
  ]);
  const tree = evaluate(mdx);
  expect(find(tree, 'h2').map((heading) => heading.props['id'])).toEqual(['p-2']);
  expect(find(tree, 'a').map((link) => link.props['href'])).toEqual(['#p-2', '#p-4']);
});

test('a heading without its {#p-n} id, MDX that does not parse, and an image stop the compile, naming the file', () => {
  expect(() => compileTranscription('# A heading\n', FILE)).toThrow(`${FILE}: a transcription heading has no {#p-n} id`);
  expect(() => compileTranscription('<Passage n={1}>News Release\n', FILE)).toThrow(new RegExp(`^${FILE}: .*Passage`));
  expect(() => compileTranscription('![A figure](figure.png)\n', FILE)).toThrow(`${FILE}: <img> is not rendered in a transcription`);
  expect(() => compileTranscription('```\ncode\n```\n', FILE)).toThrow(`${FILE}: <pre> is not rendered in a transcription`);
});
