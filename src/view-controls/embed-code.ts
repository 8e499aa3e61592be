import { addressWith } from '../view-state/pinned-link';
import type { PanelId } from '../view-state/view-state';

/**
 * A height for each panel's iframe, in CSS pixels, about what the panel needs at a desk's
 * width; the reader of the code can change it. Wider than tall panels scroll inside.
 */
export const EMBED_HEIGHTS: Record<PanelId, number> = {
  kpis: 720,
  outcomes: 1200,
  timeline: 900,
  people: 900,
  sources: 900,
  versions: 600,
};

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The `<iframe>` code of one panel of a view: `permanentUrl` (the view's permanent address,
 * absolute) with `embed=<panel>` put in its canonical place, and without its `#fragment`.
 */
export function embedCode(permanentUrl: string, panel: PanelId, title: string): string {
  const src = addressWith(permanentUrl.split('#')[0] ?? '', 'embed', panel);
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" ` +
    `height="${EMBED_HEIGHTS[panel]}" loading="lazy" style="border:0"></iframe>`
  );
}
