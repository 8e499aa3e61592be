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
      <legend className="float-left mr-1 font-medium text-slate-800 dark:text-slate-200">
        {m.theme.label}
      </legend>
      <div className="inline-flex rounded-md border border-slate-400 dark:border-slate-500">
        {THEME_CHOICES.map((option) => (
          <label
            key={option}
            className="relative cursor-pointer border-l border-slate-400 px-3 py-1 text-slate-800 first:rounded-l-md first:border-l-0 last:rounded-r-md not-has-checked:hover:bg-slate-100 has-checked:bg-slate-800 has-checked:font-semibold has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-sky-600 dark:border-slate-500 dark:text-slate-200 dark:not-has-checked:hover:bg-slate-800 dark:has-checked:bg-slate-100 dark:has-checked:text-slate-900 dark:has-focus-visible:outline-sky-300"
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
