/** English labels for the controlled vocabularies of the content schemas. */

const DOCUMENT_KIND_LABELS: Record<string, string> = {
  'press-release': 'Press release',
  'news-article': 'News article',
  'news-report': 'News report',
  'working-paper': 'Working paper',
};

const DATE_OF_LABELS: Record<string, string> = {
  published: 'Published',
  signed: 'Signed',
  event: 'Event held',
};

const CITY_LABELS: Record<string, string> = {
  chongqing: 'Chongqing',
  guangzhou: 'Guangzhou',
};

function labelFrom(labels: Record<string, string>, key: string): string {
  const label = labels[key];
  if (!label) throw new Error(`no English label for "${key}"`);
  return label;
}

export const documentKindLabel = (kind: string) => labelFrom(DOCUMENT_KIND_LABELS, kind);
export const dateOfLabel = (of: string) => labelFrom(DATE_OF_LABELS, of);
export const cityLabel = (city: string) => labelFrom(CITY_LABELS, city);
