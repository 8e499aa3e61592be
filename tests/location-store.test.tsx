import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';

import { createLocationStore, LocationStoreContext } from '../src/view-state/location-store';
import { useViewState } from '../src/view-state/use-view-state';
import type { Vocabulary } from '../src/view-state/view-state';

const vocabulary: Vocabulary = {
  categories: ['arrests', 'drugs', 'firearms'],
  agencies: ['dhs', 'doj'],
  metrics: ['arrests'],
  focusIds: new Set(['pam-bondi']),
  agencyParents: new Map(),
  aliases: new Map(),
  versions: [],
};

function renderViewState(search: string, store = createLocationStore()) {
  window.history.replaceState(null, '', `/${search}`);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <LocationStoreContext value={store}>{children}</LocationStoreContext>
  );
  return renderHook(() => useViewState(vocabulary), { wrapper });
}

describe('the location store', () => {
  it('applies each change to the current address, not to what the last render saw', () => {
    const { result } = renderViewState('?agency=doj');
    const update = result.current.update;
    act(() => {
      // Two changes before React renders again: the second must keep the first.
      update((s) => ({ ...s, category: ['drugs'] }));
      update((s) => ({ ...s, q: 'cartel' }));
    });
    expect(window.location.search).toBe('?category=drugs&agency=doj&q=cartel');
    expect(result.current.state.category).toEqual(['drugs']);
    expect(result.current.state.q).toBe('cartel');
  });

  it('keeps what a link ignored to its own app: a new app starts with no notice', () => {
    const first = renderViewState('?utm_source=spam');
    expect(first.result.current.ignored).toEqual([
      { key: 'utm_source', value: 'spam', reason: 'unknown-parameter' },
    ]);
    first.unmount();
    const second = renderViewState('?category=drugs');
    expect(second.result.current.ignored).toEqual([]);
  });

  it('groups keystrokes by its own clock, one history entry per burst', () => {
    let now = 0;
    const store = createLocationStore({ now: () => now });
    const { result } = renderViewState('', store);
    const before = window.history.length;
    const type = (q: string) =>
      act(() => result.current.update((s) => ({ ...s, q }), { history: 'coalesce', key: 'q' }));
    type('c');
    now += 100;
    type('ca');
    expect(window.history.length).toBe(before + 1);
    now += 10_000;
    type('cat');
    expect(window.history.length).toBe(before + 2);
    expect(window.location.search).toBe('?q=cat');
  });

  it('says plainly when used outside the app', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useViewState(vocabulary))).toThrow(/LocationStoreContext/);
    vi.mocked(console.error).mockRestore();
  });
});
