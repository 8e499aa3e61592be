import type { Dataset } from '../../data/schema';
import type { NavigateMode } from '../../view-state/location-store';
import type { ViewState } from '../../view-state/view-state';

/**
 * How a piece of the page changes the view: the little every link and control needs,
 * rather than a whole section's props.
 */
export interface NavContext {
  /** Change the view: one history entry per change unless `mode` says otherwise. */
  onViewChange: (change: (state: ViewState) => ViewState, mode?: NavigateMode) => void;
  /**
   * The address of the view a change would give (`./?focus=…`), for real links that can
   * be opened in a new tab or copied; canonical, like every address the app writes.
   */
  hrefOf: (change: (state: ViewState) => ViewState) => string;
  /** Rendered alone for an iframe (`embed=<panel>`): compact, no cross-section links. */
  embedded: boolean;
}

/** What every dashboard section receives from the app. Sections keep no filter state of their own. */
export interface SectionProps {
  dataset: Dataset;
  /** The current view, parsed from the address bar. */
  view: ViewState;
  nav: NavContext;
}
