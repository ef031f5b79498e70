import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { builtHtmlFiles, sitePathOf } from '../helpers/dist.ts';

/** Every built page is valid HTML by html-validate's recommended rules, with two reasoned exceptions. */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // The MDX compiler writes void elements self-closed (<br/>); both forms are valid HTML
    // (https://html.spec.whatwg.org/multipage/syntax.html#start-tags): a matter of style only.
    'void-style': 'off',
    // A search-engine heuristic, not validity: the titles are the documents' own, some long
    // (https://html-validate.org/rules/long-title.html).
    'long-title': 'off',
  },
});

const files = builtHtmlFiles('dist');

test('every built page is valid HTML', async () => {
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(`dist/${file}`, 'utf8'), file);
    for (const message of report.results.flatMap((result) => result.messages)) {
      problems.push(`${sitePathOf(file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
}, 120_000);

test('no page has an inline event handler', () => {
  const handlers = files.filter((file) => /<[^>]+\son[a-z]+\s*=/i.test(readFileSync(`dist/${file}`, 'utf8')));
  expect(handlers).toEqual([]);
});
