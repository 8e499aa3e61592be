import { useCallback, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';

import { LocationStoreContext, type NavigateMode } from './location-store';
import {
  parseViewState,
  serialiseViewState,
  type IgnoredInput,
  type ViewState,
  type Vocabulary,
} from './view-state';

interface ViewStateApi {
  state: ViewState;
  /** What the link contained that could not be used; shown in a dismissible notice. */
  ignored: readonly IgnoredInput[];
  dismissIgnored: () => void;
  /** Apply a change to the current address; by default one history entry per change. */
  update: (change: (state: ViewState) => ViewState, mode?: NavigateMode) => void;
  /** The canonical query string of a state (`''` for the default view). */
  searchOf: (state: ViewState) => string;
}

export function useViewState(vocabulary: Vocabulary): ViewStateApi {
  const store = useContext(LocationStoreContext);
  if (store === null) throw new Error('useViewState needs the LocationStoreContext that App provides.');
  const location = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const parsed = useMemo(() => parseViewState(location.search, vocabulary), [location.search, vocabulary]);
  const canonical = useMemo(() => serialiseViewState(parsed.state, vocabulary), [parsed.state, vocabulary]);

  useEffect(() => {
    if (canonical !== location.search || parsed.ignored.length > 0) {
      store.canonicalise(canonical, parsed.ignored);
    }
  }, [store, canonical, location.search, parsed.ignored]);

  const update = useCallback(
    (change: (state: ViewState) => ViewState, mode: NavigateMode = { history: 'push' }) => {
      // Read the address now: two changes before the next render must both apply,
      // the second on top of the first rather than on the state the last render saw.
      const current = parseViewState(store.currentSearch(), vocabulary).state;
      store.navigate(serialiseViewState(change(current), vocabulary), mode);
    },
    [store, vocabulary],
  );
  const searchOf = useCallback((state: ViewState) => serialiseViewState(state, vocabulary), [vocabulary]);

  return {
    state: parsed.state,
    ignored: location.ignored,
    dismissIgnored: store.dismissIgnored,
    update,
    searchOf,
  };
}
