import { lazy, type ComponentType } from 'react';

/**
 * A lazily loaded component that renders at once when its code has already arrived.
 * React.lazy suspends at least once, even for a loaded module, unless the thenable it gets
 * settles synchronously; this one does, once the module is in. `preload` starts the
 * download early (at boot, after the first paint) so the reader rarely waits.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export function lazyWithPreload<C extends ComponentType<any>>(load: () => Promise<C>) {
  let loaded: C | null = null;
  const preload = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Component = lazy(() => {
    if (loaded) {
      const module = { default: loaded };
      return { then: (resolve: (value: typeof module) => void) => resolve(module) } as Promise<typeof module>;
    }
    return preload().then((component) => ({ default: component }));
  });
  return { Component, preload };
}
