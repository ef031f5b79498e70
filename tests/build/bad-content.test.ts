import { appendFileSync, cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { build, change, copyProject } from '../helpers/project.ts';

/**
 * Content that is wrong in one way stops the build with a message that names
 * the file, the entry and the field, and leaves no half-built site behind.
 * Each case builds a copy of the project with one thing broken.
 */
const DOCUMENT = 'content/documents/cisco-chongqing-mou-release-2009.mdx';

const CASES: Array<{ name: string; breakIt: (dir: string) => void; says: Array<string | RegExp> }> = [
  {
    name: 'a missing required field',
    breakIt: (dir) => change(dir, DOCUMENT, /^title: .*\n/m, ''),
    says: ['documents → cisco-chongqing-mou-release-2009', 'title', `${DOCUMENT}`],
  },
  {
    name: 'an invalid date',
    breakIt: (dir) => change(dir, DOCUMENT, 'value: "2009-09-11"', 'value: "2009-09-31"'),
    says: ['documents → cisco-chongqing-mou-release-2009', 'date.value', '"2009-09-31" is not a date: September 2009 has no day 31'],
  },
  {
    name: 'an unknown language',
    breakIt: (dir) => change(dir, DOCUMENT, 'language: en', 'language: xx'),
    says: ['documents → cisco-chongqing-mou-release-2009', 'language', 'unknown language "xx": use one of en, zh-CN, de'],
  },
  {
    name: 'a reference to a missing entry',
    breakIt: (dir) => change(dir, 'content/agreements/cisco-chongqing-mou-2009.yaml', 'organization: cisco\n', 'organization: cisco-systems\n'),
    says: ['agreements/cisco-chongqing-mou-2009 (content/agreements/cisco-chongqing-mou-2009.yaml) → parties.0.organization: refers to organizations/cisco-systems, which does not exist'],
  },
  {
    name: 'a citation quote that is not in its paragraph',
    breakIt: (dir) => change(dir, 'content/people/wang-hongju.yaml', 'quote: Wang Hongju, mayor of Chongqing', 'quote: Wang Hongju, governor of Chongqing'),
    says: ['people/wang-hongju (content/people/wang-hongju.yaml) → roles.0.cite.0.quote: the quote "Wang Hongju, governor of Chongqing" is not in paragraph 6'],
  },
  {
    name: 'two entries with one slug',
    breakIt: (dir) => cpSync(join(dir, 'content/organizations/qualcomm.yaml'), join(dir, 'content/organizations/chongqing.yaml')),
    says: [/→ id: the slug "chongqing" is also used by/, 'organizations/chongqing (content/organizations/chongqing.yaml)', 'places/chongqing (content/places/chongqing.yaml)'],
  },
  {
    name: 'a source whose checksum changed',
    breakIt: (dir) => appendFileSync(join(dir, 'content/sources/000_59c04de7f492df14.txt'), '\n'),
    says: ['documents → cisco-chongqing-mou-release-2009', /source\.sha256.*content\/sources\/000_59c04de7f492df14\.txt has SHA-256 [0-9a-f]{64}, not the recorded 99358588ff89d468/],
  },
  {
    name: 'malformed MDX',
    breakIt: (dir) => change(dir, DOCUMENT, '<Passage n={1}>News Release</Passage>', '<Passage n={1}>News Release'),
    says: ['cisco-chongqing-mou-release-2009.mdx', /Passage/],
  },
];

describe('bad content', () => {
  for (const { name, breakIt, says } of CASES) {
    test(name, () => {
      const dir = copyProject();
      onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
      breakIt(dir);
      const { status, output } = build(dir);
      expect(status, output.slice(-2000)).not.toBe(0);
      for (const words of says) {
        if (typeof words === 'string') expect(output).toContain(words);
        else expect(output).toMatch(words);
      }
      expect(existsSync(join(dir, 'dist')), 'a failed build must leave no dist/').toBe(false);
      expect(existsSync(join(dir, 'dist.next')), 'nor its staging folder').toBe(false);
    }, 120_000);
  }
});
