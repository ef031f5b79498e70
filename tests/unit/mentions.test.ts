import { describe, expect, test } from 'vitest';
import { MentionMatcher } from '../../src/lib/mentions.ts';

const matcher = new MentionMatcher([
  { text: 'Cisco', key: 'org/cisco' },
  { text: 'Cisco-Chongqing Green Technologies Innovation Center', key: 'org/green-center' },
  { text: 'Chongqing', key: 'place/chongqing' },
  { text: 'CHONGQING', key: 'place/chongqing' },
  { text: 'Chongqing New North Zone', key: 'place/cnnz' },
  { text: 'Born', key: 'org/born' },
  { text: '思科', key: 'org/cisco' },
  { text: '思科(广州)智慧城', key: 'place/cisco-smart-city' },
  { text: '萧洁云', key: 'person/xiao-jieyun' },
  { text: 'QingCloud', key: 'org/qingcloud' },
  { text: '青云', key: 'org/qingcloud' },
  { text: 'Siemens', key: 'org/siemens' },
  { text: 'Rahmenvereinbarung', key: 'term/framework' },
]);

const found = (text: string) => matcher.find(text).map((mention) => [mention.alias, mention.key]);

describe('English', () => {
  test('finds whole words, case-sensitively', () => {
    expect(found("CHONGQING, China - Cisco today signed; Cisco's partners were born in Chongqing.")).toEqual([
      ['CHONGQING', 'place/chongqing'],
      ['Cisco', 'org/cisco'],
      ['Cisco', 'org/cisco'],
      ['Chongqing', 'place/chongqing'],
    ]);
  });

  test('prefers the longest name at a position and does not match inside words', () => {
    expect(found('the Chongqing New North Zone and Chongqingese and CiscoSystems')).toEqual([
      ['Chongqing New North Zone', 'place/cnnz'],
    ]);
    expect(found('build the Cisco-Chongqing Green Technologies Innovation Center')).toEqual([
      ['Cisco-Chongqing Green Technologies Innovation Center', 'org/green-center'],
    ]);
  });

  test('lets a footnote or list number follow a name directly', () => {
    expect(found('Chongqing4 and Cisco17')).toEqual([
      ['Chongqing', 'place/chongqing'],
      ['Cisco', 'org/cisco'],
    ]);
  });

  test('gives offsets that slice the text', () => {
    const text = 'Hi Born.';
    const [mention] = matcher.find(text);
    expect(text.slice(mention!.start, mention!.end)).toBe('Born');
  });

  test('gives offsets that slice the text after characters outside the Basic Multilingual Plane', () => {
    // 𠀀 (U+20000) takes two UTF-16 units; a lone surrogate takes one.
    const text = '𠀀 Cisco \ud800 Siemens 𠀀思科';
    const slices = matcher.find(text).map((mention) => text.slice(mention.start, mention.end));
    expect(slices).toEqual(['Cisco', 'Siemens', '思科']);
  });
});

describe('Chinese, without spaces between words', () => {
  test('finds names inside running text', () => {
    expect(found('思科全球副总裁、大中华区首席执行官萧洁云致辞')).toEqual([
      ['思科', 'org/cisco'],
      ['萧洁云', 'person/xiao-jieyun'],
    ]);
  });

  test('prefers the longer name that starts at the same place', () => {
    expect(found('为推进思科(广州)智慧城项目,思科公司')).toEqual([
      ['思科(广州)智慧城', 'place/cisco-smart-city'],
      ['思科', 'org/cisco'],
    ]);
  });

  test('a Latin name needs no spaces around it when Chinese surrounds it', () => {
    expect(found('独角兽企业青云QingCloud签署了合作协议')).toEqual([
      ['青云', 'org/qingcloud'],
      ['QingCloud', 'org/qingcloud'],
    ]);
  });
});

describe('German', () => {
  test('finds names and terms, not parts of compounds', () => {
    expect(found('Siemens unterzeichnete eine Rahmenvereinbarung; Siemensianer; Rahmenvereinbarungen')).toEqual([
      ['Siemens', 'org/siemens'],
      ['Rahmenvereinbarung', 'term/framework'],
    ]);
  });

  test('treats umlauts as letters of the word', () => {
    const umlaut = new MentionMatcher([{ text: 'Stadt', key: 'x' }]);
    expect(umlaut.find('Städte Stadt Stadtä').map((mention) => mention.start)).toEqual([7]);
  });
});
