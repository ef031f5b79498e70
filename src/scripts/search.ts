/**
 * The search page: loads Pagefind only here, searches as the reader types,
 * keeps the query and filters in the URL, and renders each result with what
 * it is, its language and date, an excerpt with the match marked, and links
 * to the paragraph or heading where the match is. A cold search shows the
 * catalogue's results first and then, with the full text merged in, every
 * result (src/lib/search-bundles.ts). Every string from the query or the
 * index is inserted as text, never as markup.
 */
import { BUNDLE_LIST, type BundleList } from '../lib/search-bundles.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  locations: number[];
  anchors: Array<{ id: string; location: number; element: string; text: string }>;
  sub_results: Array<{ title: string; url: string; excerpt: string; locations: number[] }>;
}

interface SearchResponse {
  results: Array<{ id: string; data(): Promise<PagefindResultData> }>;
}

interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: object): Promise<void>;
  search(query: string | null, options?: object): Promise<SearchResponse>;
}

const FILTERS = ['type', 'city', 'language', 'year', 'organisation'] as const;
/** Longer queries are cut here before searching; the page says so. */
export const MAX_QUERY = 200;
/** Wait this long after the last keystroke: short enough to feel instant, long enough to skip words half typed. */
const DEBOUNCE_MS = 40;
const PAGE_SIZE = 5;
const PASSAGE_ID = /^p-\d+(-en)?$/;

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const bundle = `${base}pagefind/`;
const pagefindOptions = { baseUrl: base, noWorker: true, highlightParam: 'highlight', excerptLength: 24 };

/** Pagefind with the catalogue's bundles, and the full text's bundles still to merge (src/lib/search-bundles.ts). */
let catalogue: Promise<{ engine: Pagefind; fullText: string[] }> | undefined;
/** Settles once the full text is merged in: from then on a search is complete. */
let fullText: Promise<void> | undefined;
let fullTextMerged = false;

function loadCatalogue() {
  catalogue ??= (async () => {
    const [engine, list] = await Promise.all([
      import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
      fetch(`${bundle}${BUNDLE_LIST}`).then((response) => (response.ok ? (response.json() as Promise<BundleList>) : { catalogue: [], fullText: [] })),
    ]);
    await engine.options({ basePath: bundle, ...pagefindOptions });
    await engine.init();
    // Every bundle shares the first one's WebAssembly.
    await Promise.all(list.catalogue.map((folder) => engine.mergeIndex(`${bundle}${folder}`, pagefindOptions)));
    return { engine, fullText: list.fullText };
  })();
  return catalogue;
}

function loadFullText(engine: Pagefind, folders: string[]) {
  fullText ??= Promise.all(folders.map((folder) => engine.mergeIndex(`${bundle}${folder}`, pagefindOptions))).then(() => {
    fullTextMerged = true;
  });
  return fullText;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Appends Pagefind's excerpt, whose only markup is <mark>, as text and <mark> elements. */
function appendExcerpt(parent: HTMLElement, excerpt: string) {
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>';
      continue;
    }
    const text = document.createTextNode(part.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]!));
    if (marked) {
      const mark = document.createElement('mark');
      mark.append(text);
      parent.append(mark);
    } else {
      parent.append(text);
    }
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The paragraph (p-n) or heading that holds the most matches (the first of them on a
 * tie), as a link into the page: a section holds several paragraphs, and the first
 * match may be a passing mention.
 */
function passageOf(data: PagefindResultData): { id: string; label: string } | undefined {
  const passages = data.anchors.filter((anchor) => PASSAGE_ID.test(anchor.id)).sort((a, b) => a.location - b.location);
  const matchesIn = (index: number) =>
    data.locations.filter((location) => location >= passages[index]!.location && location < (passages[index + 1]?.location ?? Infinity)).length;
  const counts = passages.map((_, index) => matchesIn(index));
  const best = counts.indexOf(Math.max(0, ...counts));
  const anchor = counts[best] ? passages[best] : undefined;
  if (!anchor) return undefined;
  const [, number, translation] = /^p-(\d+)(-en)?$/.exec(anchor.id)!;
  return { id: anchor.id, label: translation ? `Translation of paragraph ${number}` : `Paragraph ${number}` };
}

const withFragment = (url: string, id: string) => `${url.split('#')[0]}#${id}`;

/** The words to search for: "+" joins words in names (Smart+Connected), which the index keeps as separate words. */
export const searchTerms = (text: string) => text.slice(0, MAX_QUERY).replace(/\+/g, ' ');

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'search-result');
  const meta = element('p', 'search-result-meta');
  meta.append(element('span', 'search-type', data.meta['type'] ?? 'Page'));
  for (const value of [data.meta['language'], data.meta['date']]) {
    if (value) meta.append(element('span', undefined, value));
  }
  const heading = element('h2', 'search-result-title');
  const link = element('a', undefined, data.meta['title'] ?? data.url);
  link.href = data.url;
  heading.append(link);
  const excerpt = element('p', 'search-result-excerpt');
  appendExcerpt(excerpt, data.excerpt);
  item.append(meta, heading, excerpt);

  const places = element('ul', 'search-result-places');
  const passage = passageOf(data);
  const passageUrl = passage && withFragment(data.url, passage.id);
  if (passage && passageUrl) {
    const entry = element('li');
    const to = element('a', undefined, passage.label);
    to.href = passageUrl;
    entry.append(to);
    places.append(entry);
  }
  for (const sub of data.sub_results.filter((sub) => sub.url.includes('#') && sub.url !== data.url && sub.url !== passageUrl).slice(0, 3)) {
    const entry = element('li');
    const to = element('a', undefined, sub.title);
    to.href = sub.url;
    const context = element('span', 'search-sub-excerpt');
    appendExcerpt(context, ` — ${sub.excerpt}`);
    entry.append(to, context);
    places.append(entry);
  }
  if (places.childElementCount > 0) item.append(places);
  return item;
}

export function startSearch(form: HTMLFormElement): void {
  const query = form.elements.namedItem('q') as HTMLInputElement;
  const selects = FILTERS.map((name) => form.elements.namedItem(name) as HTMLSelectElement);
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;

  const params = new URLSearchParams(location.search);
  query.value = params.get('q') ?? '';
  for (const select of selects) select.value = params.get(select.name) ?? '';

  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const run = async () => {
    const current = ++generation;
    const text = query.value.trim();
    const chosen = Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.name, select.value]));
    const url = new URLSearchParams({ ...(text ? { q: text } : {}), ...chosen });
    history.replaceState(null, '', `${location.pathname}${url.size ? `?${url}` : ''}`);
    if (!text && Object.keys(chosen).length === 0) {
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      status.textContent = '';
      return;
    }
    const { engine, fullText: folders } = await loadCatalogue();
    const search = () => engine.search(text ? searchTerms(text) : null, { filters: chosen });
    if (!fullTextMerged && folders.length > 0) {
      // A cold search answers from the catalogue while the full text loads.
      await show(current, text, await search(), false);
      await loadFullText(engine, folders);
      if (current !== generation) return;
    }
    await show(current, text, await search(), true);
  };

  /** Renders a search's first results, unless a newer search has begun; until it is `complete`, the list says it is being filled. */
  const show = async (current: number, text: string, search: SearchResponse, complete: boolean) => {
    const shown = await Promise.all(search.results.slice(0, PAGE_SIZE).map((result) => result.data()));
    if (current !== generation) return;
    const cut = text.length > MAX_QUERY ? ` (only the first ${MAX_QUERY} characters were searched)` : '';
    const what = `${text ? ` for “${text}”` : ''}${cut}`;
    const count = search.results.length;
    const counted = `${count} ${count === 1 ? 'result' : 'results'}`;
    if (complete) {
      list.removeAttribute('aria-busy');
      status.textContent = count === 0 ? `No results${what}.` : `${counted}${what}.`;
    } else {
      list.setAttribute('aria-busy', 'true');
      status.textContent = count === 0 ? `Searching the full text${what}…` : `${counted} so far${what}; searching the full text…`;
    }
    list.replaceChildren(...shown.map(renderResult));
    if (complete && count > PAGE_SIZE) {
      const more = element('li', 'search-more');
      const button = element('button', undefined, `Show ${count - PAGE_SIZE} more`);
      button.type = 'button';
      button.addEventListener('click', async () => {
        const rest = await Promise.all(search.results.slice(PAGE_SIZE).map((result) => result.data()));
        more.replaceWith(...rest.map(renderResult));
      });
      more.append(button);
      list.append(more);
    }
  };

  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  };

  query.addEventListener('input', soon);
  query.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    query.value = '';
    void run();
  });
  form.addEventListener('change', (event) => {
    if (event.target !== query) void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  void run();
}
