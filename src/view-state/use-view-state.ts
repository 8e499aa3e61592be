import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';

import {
  canonicalise,
  dismissIgnored,
  getServerSnapshot,
  getSnapshot,
  navigate,
  subscribe,
  type NavigateMode,
} from './location-store';
import {
  parseViewState,
  serialiseViewState,
  type IgnoredInput,
  type ViewState,
  type Vocabulary,
} from './view-state';

export interface ViewStateApi {
  state: ViewState;
  /** What the link contained that could not be used; shown in a dismissible notice. */
  ignored: readonly IgnoredInput[];
  dismissIgnored: () => void;
  /** Apply a change; by default one history entry per change. */
  update: (change: (state: ViewState) => ViewState, mode?: NavigateMode) => void;
  /** The canonical query string of a state (`''` for the default view). */
  searchOf: (state: ViewState) => string;
}

export function useViewState(vocabulary: Vocabulary): ViewStateApi {
  const location = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const parsed = useMemo(() => parseViewState(location.search, vocabulary), [location.search, vocabulary]);
  const canonical = useMemo(() => serialiseViewState(parsed.state, vocabulary), [parsed.state, vocabulary]);

  useEffect(() => {
    if (canonical !== location.search || parsed.ignored.length > 0) canonicalise(canonical, parsed.ignored);
  }, [canonical, location.search, parsed.ignored]);

  const update = useCallback(
    (change: (state: ViewState) => ViewState, mode: NavigateMode = { history: 'push' }) => {
      navigate(serialiseViewState(change(parsed.state), vocabulary), mode);
    },
    [parsed.state, vocabulary],
  );
  const searchOf = useCallback((state: ViewState) => serialiseViewState(state, vocabulary), [vocabulary]);

  return { state: parsed.state, ignored: location.ignored, dismissIgnored, update, searchOf };
}
