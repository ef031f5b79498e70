/**
 * The only script on most pages, and a small one: "/" focuses the search
 * field, and a page reached from a search result highlights the searched
 * terms, loading Pagefind's highlighter only then.
 */
const HIGHLIGHT = 'highlight';

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey) return;
  const target = event.target as HTMLElement;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
  const field = document.querySelector<HTMLInputElement>('[data-search-field]');
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});

if (new URLSearchParams(location.search).has(HIGHLIGHT)) {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const url = `${base}pagefind/pagefind-highlight.js`;
  import(/* @vite-ignore */ url).then((module: { default: new (options: object) => unknown }) => {
    // Styles come from the site's stylesheet: Pagefind's own would be an inline style, which the CSP forbids.
    // What search does not index is not highlighted either, except the transcription: the page's own
    // record leaves it out because the search step indexes it by section.
    const ignored = '[data-pagefind-ignore]:not(.transcription)';
    new module.default({
      highlightParam: HIGHLIGHT,
      addStyles: false,
      markOptions: { className: 'search-highlight', exclude: [ignored, `${ignored} *`] },
    });
  });
}
