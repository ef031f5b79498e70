/**
 * The timeline's instant filter: shows the events that match the chosen city,
 * kind and organisation, hides empty years, and keeps the choice in the URL so
 * a filtered timeline can be linked and reloaded.
 */
const FIELDS = ['city', 'kind', 'organization'] as const;

export function enhanceTimelineFilter(controls: HTMLElement): void {
  const events = [...document.querySelectorAll<HTMLElement>('[data-event]')];
  const years = [...document.querySelectorAll<HTMLElement>('[data-year]')];
  const count = controls.querySelector<HTMLElement>('[data-count]');
  const empty = document.querySelector<HTMLElement>('[data-empty]');
  const select = (name: string) => controls.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;

  const params = new URLSearchParams(location.search);
  for (const field of FIELDS) select(field).value = params.get(field) ?? '';

  const apply = () => {
    const chosen = Object.fromEntries(FIELDS.map((field) => [field, select(field).value]));
    let shown = 0;
    for (const event of events) {
      const matches =
        (!chosen['city'] || event.dataset['city'] === chosen['city']) &&
        (!chosen['kind'] || event.dataset['kind'] === chosen['kind']) &&
        (!chosen['organization'] || (event.dataset['organizations'] ?? '').split(' ').includes(chosen['organization']));
      event.hidden = !matches;
      if (matches) shown += 1;
    }
    for (const year of years) {
      year.hidden = !year.querySelector('[data-event]:not([hidden])');
      for (const plans of year.querySelectorAll<HTMLElement>('[data-plans]')) {
        plans.hidden = !plans.querySelector('[data-event]:not([hidden])');
      }
    }
    if (empty) empty.hidden = shown > 0;
    if (count) count.textContent = `${shown} of ${events.length} events`;
    const query = new URLSearchParams(Object.entries(chosen).filter(([, value]) => value));
    history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}${location.hash}`);
  };

  controls.addEventListener('change', apply);
  controls.hidden = false;
  apply();
}
