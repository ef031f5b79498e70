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
    new module.default({
      highlightParam: HIGHLIGHT,
      addStyles: false,
      markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
    });
  });
}
