import { describe, expect, test } from 'vitest';
import { compareDates, formatPartialDate, machineDate, parsePartialDate, partialDateError } from '../../src/lib/dates.ts';

describe('parsePartialDate', () => {
  test.each([
    ['2009-09-11', 'day', '2009-09-11', '2009-09-11'],
    ['2008-02', 'month', '2008-02-01', '2008-02-29'],
    ['2018', 'year', '2018-01-01', '2018-12-31'],
    ['1950s', 'decade', '1950-01-01', '1959-12-31'],
    ['20th century', 'century', '1901-01-01', '2000-12-31'],
    ['1999/2002', 'range', '1999-01-01', '2002-12-31'],
    ['2015-09/2015-10-02', 'range', '2015-09-01', '2015-10-02'],
    ['before 2005', 'before', '2005-01-01', '2005-12-31'],
    ['by 2010', 'by', '2010-01-01', '2010-12-31'],
  ])('%s is a %s from %s to %s', (value, precision, start, end) => {
    expect(parsePartialDate(value)).toEqual({ value, precision, start, end });
  });

  test.each([
    ['2009-13-01', 'month 13 is not between 1 and 12'],
    ['2009-02-30', 'February 2009 has no day 30'],
    ['18981', 'is not a date'],
    ['1955s', 'is not a date'],
    ['2002/1999', 'ends before it starts'],
    ['', 'is not a date'],
  ])('rejects %j: %s', (value, message) => {
    expect(partialDateError(value)).toContain(message);
  });
});

describe('formatPartialDate', () => {
  test.each([
    ['2009-09-11', '11 September 2009'],
    ['2008-02', 'February 2008'],
    ['2018', '2018'],
    ['1950s', 'the 1950s'],
    ['20th century', 'the 20th century'],
    ['1999/2002', '1999 – 2002'],
    ['by 2010', 'by 2010'],
  ])('%s reads "%s"', (value, text) => {
    expect(formatPartialDate(value)).toBe(text);
  });

  test('gives a machine date only where HTML has one', () => {
    expect(machineDate('2008-02')).toBe('2008-02');
    expect(machineDate('1950s')).toBeUndefined();
  });
});

describe('compareDates', () => {
  test('orders by the first day a date can mean, broader first on a tie', () => {
    const dates = ['2018-04', '2018-08-28', '2018', '2016', '1950s', '2018-01-01', 'before 2018', '2017/2019', '20th century'];
    expect([...dates].sort(compareDates)).toEqual([
      '20th century',
      '1950s',
      '2016',
      '2017/2019',
      'before 2018',
      '2018',
      '2018-01-01',
      '2018-04',
      '2018-08-28',
    ]);
  });
});

test('a range that starts with a decade sorts with its decade, ends with its end', () => {
  expect(['1990s', '1994/1996', '1990', '1990s/2005'].sort(compareDates)).toEqual(['1990s', '1990s/2005', '1990', '1994/1996']);
});
