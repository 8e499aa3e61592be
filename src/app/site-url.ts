import { createContext } from 'react';

/**
 * The site's public address (`HSTF_SITE_URL` at build, named by an item page's
 * `<meta name="hstf-site">`), for the citation on item pages; `null` when the build had none.
 */
export const SiteUrlContext = createContext<string | null>(null);
