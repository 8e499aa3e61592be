import { addressWith } from '../view-state/pinned-link';
import type { PanelId } from '../view-state/view-state';

/**
 * A height for each panel's iframe, in CSS pixels: about what the panel takes in a frame 800
 * pixels wide with the default view (measured in Chromium, December 2026), at most 1,200, as
 * a taller frame is rarely wanted in an article; the panel scrolls inside. Whoever pastes the
 * code can change it.
 */
export const EMBED_HEIGHTS: Record<PanelId, number> = {
  kpis: 860,
  outcomes: 1200,
  timeline: 1000,
  people: 1000,
  sources: 720,
  versions: 800,
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
