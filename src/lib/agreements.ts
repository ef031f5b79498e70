/** Ordering of agreements: dated ones by date, then undated ones by title. */
import { compareDates } from './dates.ts';

interface Sortable {
  title: string;
  date?: { value: string } | undefined;
}

export function compareAgreements(a: Sortable, b: Sortable): number {
  if (a.date && b.date) return compareDates(a.date.value, b.date.value) || a.title.localeCompare(b.title);
  if (a.date) return -1;
  if (b.date) return 1;
  return a.title.localeCompare(b.title);
}
