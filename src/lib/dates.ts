/**
 * Dates as precise as the sources state them, and no more.
 *
 * A partial date is written as
 *   day      2009-09-11
 *   month    2008-02
 *   year     2008
 *   decade   1950s
 *   century  20th century
 *   range    1999/2002            (any two of the above, start/end)
 *   before   before 2005          (the source gives only an upper bound)
 *   by       by 2010              (a deadline or target)
 * and parsed into the interval of days it covers, which is what ordering and
 * filtering use.
 */

export type Precision = 'day' | 'month' | 'year' | 'decade' | 'century' | 'range' | 'before' | 'by';

export interface PartialDate {
  /** The date as written in the data, e.g. "2008-02". */
  value: string;
  precision: Precision;
  /** First day the date can mean, as YYYY-MM-DD. */
  start: string;
  /** Last day the date can mean, as YYYY-MM-DD. */
  end: string;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

type Simple = Omit<PartialDate, 'value'>;

function parseSimple(value: string): Simple {
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    checkMonth(value, month);
    if (day < 1 || day > daysInMonth(year, month)) {
      throw new Error(`"${value}" is not a date: ${MONTHS[month - 1]} ${year} has no day ${day}`);
    }
    return { precision: 'day', start: value, end: value };
  }
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match) {
    const [year, month] = match.slice(1).map(Number) as [number, number];
    checkMonth(value, month);
    return {
      precision: 'month',
      start: `${value}-01`,
      end: `${value}-${pad(daysInMonth(year, month))}`,
    };
  }
  match = /^(\d{4})$/.exec(value);
  if (match) return { precision: 'year', start: `${value}-01-01`, end: `${value}-12-31` };
  match = /^(\d{3})0s$/.exec(value);
  if (match) return { precision: 'decade', start: `${match[1]}0-01-01`, end: `${match[1]}9-12-31` };
  match = /^(\d{1,2})(?:st|nd|rd|th) century$/.exec(value);
  if (match) {
    const century = Number(match[1]);
    return { precision: 'century', start: `${pad(century * 100 - 99, 4)}-01-01`, end: `${pad(century * 100, 4)}-12-31` };
  }
  throw new Error(
    `"${value}" is not a date: write YYYY-MM-DD, YYYY-MM, YYYY, a decade such as 1950s, a century such as 20th century, ` +
      'a range start/end, or "before …" / "by …"',
  );
}

function checkMonth(value: string, month: number) {
  if (month < 1 || month > 12) throw new Error(`"${value}" is not a date: month ${month} is not between 1 and 12`);
}

/** Parses a partial date; throws an Error whose message says what is wrong. */
export function parsePartialDate(value: string): PartialDate {
  const bound = /^(before|by) (.+)$/.exec(value);
  if (bound) {
    const upper = parseSimple(bound[2]!);
    return { value, precision: bound[1] as 'before' | 'by', start: upper.start, end: upper.end };
  }
  const parts = value.split('/');
  if (parts.length === 2) {
    const [from, to] = parts.map(parseSimple) as [Simple, Simple];
    if (from.start > to.end) throw new Error(`"${value}" is not a date range: it ends before it starts`);
    return { value, precision: 'range', start: from.start, end: to.end };
  }
  return { value, ...parseSimple(value) };
}

/** The error message for an invalid partial date, or null when it is valid. */
export function partialDateError(value: string): string | null {
  try {
    parsePartialDate(value);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

function formatSimple(value: string): string {
  const { precision } = parseSimple(value);
  const [year, month, day] = value.split('-');
  switch (precision) {
    case 'day':
      return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
    case 'month':
      return `${MONTHS[Number(month) - 1]} ${year}`;
    case 'decade':
    case 'century':
      return `the ${value}`;
    default:
      return value;
  }
}

/** An English rendering that keeps the precision: "11 September 2009", "February 2008", "the 1950s". */
export function formatPartialDate(value: string): string {
  const bound = /^(before|by) (.+)$/.exec(value);
  if (bound) return `${bound[1]} ${formatSimple(bound[2]!)}`;
  const parts = value.split('/');
  if (parts.length === 2) return parts.map(formatSimple).join(' – ');
  return formatSimple(value);
}

/** The machine-readable form for `<time datetime>`: valid HTML date strings only. */
export function machineDate(value: string): string | undefined {
  const date = parsePartialDate(value);
  if (date.precision === 'day' || date.precision === 'month' || date.precision === 'year') return value;
  return undefined;
}

/** The calendar year a date starts in. */
export function startYear(value: string): number {
  return Number(parsePartialDate(value).start.slice(0, 4));
}

const PRECISION_ORDER: Precision[] = ['century', 'decade', 'range', 'before', 'year', 'by', 'month', 'day'];

/**
 * Chronological order for dates of mixed precision, the same on every build:
 * by the first day each can mean ("2018" before "2018-04", which starts later);
 * at the same first day the broader date comes first ("2018" before
 * "2018-01-01"), then the one that ends first. "before 2005" and "by 2010"
 * give only a bound, and sort at that bound.
 */
export function compareDates(a: string, b: string): number {
  const left = parsePartialDate(a);
  const right = parsePartialDate(b);
  return (
    left.start.localeCompare(right.start) ||
    PRECISION_ORDER.indexOf(left.precision) - PRECISION_ORDER.indexOf(right.precision) ||
    left.end.localeCompare(right.end)
  );
}
