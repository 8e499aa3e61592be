export interface ShareLinks {
  /** Query string of this view on whatever data is latest when the link is opened (no `v`). */
  latest: string;
  /** Query string of this view pinned to the data version on screen (`v=`). */
  permanent: string;
  /** The data version the permanent link pins. */
  version: string;
}

/** A press of "Cite or embed": the view's permanent address and the access date, read then. */
export interface CiteRequest {
  url: string;
  accessed: Date;
  /** Set when the reader closes the dialog; the next press makes a new request. */
  closed?: boolean;
}

/**
 * The absolute address of a view's query string on this page, as the copy buttons copy it
 * and the citation names it. Reads the address bar: call it in a handler or an effect.
 */
export function addressOf(search: string): string {
  const { origin, pathname, hash } = window.location;
  return `${origin}${pathname}${search}${hash}`;
}
