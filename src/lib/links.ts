/**
 * Site-relative links that survive deployment under a sub-path (Astro's `base`).
 * Every internal href on the site goes through `link`.
 */
const BASE = import.meta.env.BASE_URL ?? '/';

export function link(path: string): string {
  if (!path.startsWith('/')) throw new Error(`link() takes a site path starting with "/", got "${path}"`);
  return `${BASE.replace(/\/$/, '')}${path}`;
}

export const documentLink = (slug: string, paragraph?: number) =>
  link(`/documents/${slug}/${paragraph === undefined ? '' : `#p-${paragraph}`}`);

/** A site path as an absolute URL on the address the site is built for: permanent links, feeds, data files. */
export const absoluteLink = (path: string, site: URL | undefined) => new URL(path, site).href;

/** An entity's page: /organizations/<id>/, /people/<id>/, /places/<id>/, /agreements/<id>/. */
export const entityLink = (collection: string, id: string) => link(`/${collection}/${id}/`);
