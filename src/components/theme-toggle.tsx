import { useEffect, useId, useSyncExternalStore } from 'react';

import { useMessages } from '../i18n/i18n';
import {
  chooseTheme,
  getServerThemeSnapshot,
  getThemeSnapshot,
  loadStoredTheme,
  subscribeTheme,
  THEME_CHOICES,
} from '../lib/theme';

/**
 * System / Light / Dark, as a group of native radio buttons (arrow keys move between them).
 * The choice is remembered in this browser, not in the URL. Renders the same on a server
 * as on first paint (System checked), then shows the remembered choice once mounted.
 */
export function ThemeToggle() {
  const m = useMessages();
  const name = useId();
  const choice = useSyncExternalStore(subscribeTheme, getThemeSnapshot, getServerThemeSnapshot);

  useEffect(() => {
    loadStoredTheme();
  }, []);

  return (
    <fieldset className="no-print flex flex-wrap items-center gap-2 text-sm">
      <legend className="sr-only">{m.theme.label}</legend>
      <div className="inline-flex rounded-md border border-slate-300 dark:border-slate-600">
        {THEME_CHOICES.map((option) => (
          <label
            key={option}
            className="relative flex min-h-8 cursor-pointer items-center border-l border-slate-300 px-2.5 text-sm text-slate-700 first:rounded-l-md first:border-l-0 last:rounded-r-md not-has-checked:hover:bg-slate-100 has-checked:bg-slate-800 has-checked:font-medium has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-sky-600 dark:border-slate-600 dark:text-slate-300 dark:not-has-checked:hover:bg-slate-800 dark:has-checked:bg-slate-100 dark:has-checked:text-slate-900 dark:has-focus-visible:outline-sky-300"
          >
            <input
              type="radio"
              name={name}
              value={option}
              checked={choice === option}
              onChange={() => chooseTheme(option)}
              className="sr-only"
            />
            {m.theme[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
