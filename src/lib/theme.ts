/**
 * The reader's colour theme. The stylesheet follows the system setting with no script at
 * all; a reader who picks Light or Dark gets a `.light` or `.dark` class on <html>, which
 * overrides it (see `@custom-variant dark` in src/index.css). The choice is kept in
 * localStorage, never in the URL: it is a preference of the reader, not part of the view.
 *
 * Nothing here touches `window`, `document` or `localStorage` at import time, and the
 * snapshot read during render is a plain variable, so rendering stays pure (and can run
 * on a server). Storage is read in `loadStoredTheme`, which the toggle calls in an effect.
 */

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
type ThemeChoice = (typeof THEME_CHOICES)[number];

export const THEME_STORAGE_KEY = 'hstf-theme';

function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

/** Puts the class for `choice` on `root` (none for `system`, so the media query decides). */
function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  root.classList.remove('light', 'dark');
  if (choice !== 'system') root.classList.add(choice);
}

function readStorage(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
    return isThemeChoice(stored) ? stored : 'system';
  } catch {
    // Storage can be disabled (privacy settings, sandboxed iframes): follow the system.
    return 'system';
  }
}

function writeStorage(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not remembered, but still applied for this page.
  }
}

let current: ThemeChoice = 'system';
const listeners = new Set<() => void>();

function set(choice: ThemeChoice): void {
  applyTheme(choice);
  if (choice === current) return;
  current = choice;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: also follows changes made in other tabs. */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_STORAGE_KEY || event.key === null) set(readStorage());
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function getThemeSnapshot(): ThemeChoice {
  return current;
}

/** What a server (or the first client render) shows: the system setting. */
export function getServerThemeSnapshot(): ThemeChoice {
  return 'system';
}

/** Reads the remembered choice and applies it. Call from an effect, not during render. */
export function loadStoredTheme(): ThemeChoice {
  const stored = readStorage();
  set(stored);
  return stored;
}

/** The reader picked a theme: apply it and remember it in this browser. */
export function chooseTheme(choice: ThemeChoice): void {
  writeStorage(choice);
  set(choice);
}
