import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * True while rendering the prerendered page at build time and while hydrating it in the
 * browser (React reads the server snapshot then); false in every client render after that.
 * What the prerendered page holds for readers without JavaScript can differ from a fresh
 * client render this way, without a hydration mismatch.
 */
export function usePrerendered(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
}
