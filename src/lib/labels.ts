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

/** Singular and plural, for a page's label and an index's group heading. */
const ORGANIZATION_KIND_LABELS: Record<string, [string, string]> = {
  company: ['Company', 'Companies'],
  government: ['Government', 'Governments'],
  'government-body': ['Government body', 'Government bodies'],
  'party-body': ['Party body', 'Party bodies'],
  university: ['University', 'Universities'],
  'research-body': ['Research body', 'Research bodies'],
  association: ['Association', 'Associations and societies'],
  media: ['Media and publishing', 'Media and publishers'],
  military: ['Military body', 'Military bodies'],
  centre: ['Centre', 'Centres'],
};

const PLACE_KIND_LABELS: Record<string, string> = {
  country: 'Country',
  region: 'Region',
  province: 'Province',
  municipality: 'Municipality',
  city: 'City',
  district: 'District',
  town: 'Town',
  zone: 'Zone',
  park: 'Park',
  area: 'Area',
  river: 'River',
  infrastructure: 'Infrastructure',
  project: 'Project',
};

const AGREEMENT_KIND_LABELS: Record<string, string> = {
  'memorandum-of-understanding': 'Memorandum of understanding',
  'framework-agreement': 'Framework agreement',
  'cooperation-agreement': 'Cooperation agreement',
  signing: 'Signing',
  partnership: 'Partnership',
  'strategic-alliance': 'Strategic alliance',
  'joint-venture': 'Joint venture',
  'joint-initiative': 'Joint initiative',
};

const PART_LABELS: Record<string, string> = {
  signatory: 'Signed',
  witness: 'Witnessed the signing',
  present: 'Present',
};

/** Singular and plural. */
const EVENT_KIND_LABELS: Record<string, [string, string]> = {
  history: ['History', 'History'],
  institution: ['Institution', 'Institutions'],
  economy: ['Economy and figures', 'Economy and figures'],
  agreement: ['Agreement', 'Agreements'],
  ceremony: ['Ceremony or meeting', 'Ceremonies and meetings'],
  publication: ['Publication', 'Publications'],
  plan: ['Plan or forecast', 'Plans and forecasts'],
};

const COLLECTION_LABELS: Record<string, string> = {
  agreements: 'Agreement',
  organizations: 'Organisation',
  people: 'Person',
  places: 'Place',
  documents: 'Document',
  events: 'Event',
};

const NAME_ORIGIN_LABELS: Record<string, string> = {
  'site-translation': 'English name: this site’s translation',
  'site-romanization': 'Romanisation: this site’s (Hanyu Pinyin)',
};

function labelFrom<Label>(labels: Record<string, Label>, key: string): Label {
  const label = labels[key];
  if (!label) throw new Error(`no English label for "${key}"`);
  return label;
}

export const documentKindLabel = (kind: string) => labelFrom(DOCUMENT_KIND_LABELS, kind);
export const dateOfLabel = (of: string) => labelFrom(DATE_OF_LABELS, of);
export const cityLabel = (city: string) => labelFrom(CITY_LABELS, city);
export const organizationKindLabel = (kind: string) => labelFrom(ORGANIZATION_KIND_LABELS, kind)[0];
export const organizationKindPlural = (kind: string) => labelFrom(ORGANIZATION_KIND_LABELS, kind)[1];
export const placeKindLabel = (kind: string) => labelFrom(PLACE_KIND_LABELS, kind);
export const agreementKindLabel = (kind: string) => labelFrom(AGREEMENT_KIND_LABELS, kind);
export const participantPartLabel = (part: string) => labelFrom(PART_LABELS, part);
export const collectionLabel = (collection: string) => labelFrom(COLLECTION_LABELS, collection);
/** How a displayed name was obtained, when it is not a form the sources use; null when it is. */
export const nameOriginLabel = (origin: string) => NAME_ORIGIN_LABELS[origin] ?? null;
export const eventKindLabel = (kind: string) => labelFrom(EVENT_KIND_LABELS, kind)[0];
export const eventKindPlural = (kind: string) => labelFrom(EVENT_KIND_LABELS, kind)[1];
