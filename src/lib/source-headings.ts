/**
 * A Sätteri HAST plugin for the transcriptions' Markdown headings.
 *
 * The page title is the page's only h1, so a source heading sits one level
 * below what the source wrote (`#` becomes h2). Each heading keeps the id its
 * Markdown gives it (`{#p-12}`) and gets a visible link to itself, placed beside
 * the heading rather than inside it so the table of contents reads the heading
 * text alone.
 */
import type { Element } from 'hast';

interface HeadingContext {
  replaceNode(node: Readonly<Element>, replacement: Element): void;
}

const LEVELS = ['h1', 'h2', 'h3', 'h4', 'h5'];

export const sourceHeadings = {
  name: 'source-headings',
  element: {
    filter: LEVELS,
    visit(node: Readonly<Element>, context: HeadingContext) {
      const level = Number(node.tagName.slice(1));
      const id = node.properties?.['id'];
      if (typeof id !== 'string') {
        throw new Error(`a transcription heading has no {#p-n} id: "${JSON.stringify(node.children)}"`);
      }
      const number = id.replace(/^p-/, '');
      context.replaceNode(node, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['source-heading'] },
        children: [
          { ...node, tagName: `h${level + 1}` },
          {
            type: 'element',
            tagName: 'a',
            properties: {
              href: `#${id}`,
              className: ['block-link'],
              ariaLabel: `Link to heading ${number}`,
              dataApparatus: '',
              dataPagefindIgnore: '',
            },
            children: [{ type: 'text', value: number }],
          },
        ],
      });
    },
  },
};
