import type { MouseEvent } from 'react';

import { useMessages } from '../i18n/i18n';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/language';
import { loadWholeLanguage } from '../i18n/section-messages';
import { useLocationSnapshot, useLocationStore } from '../view-state/location-store';
import { languageOf, searchWithLanguage } from '../view-state/view-state';

/** A plain click: not one that opens a new tab or window, which the browser handles itself. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * English · Español, as links: each is the same view in that language (every other
 * parameter kept), so it can be opened in a new tab or copied. A plain click loads the
 * language's text first, then changes the address with one history entry.
 */
export function LanguageSwitch() {
  const m = useMessages();
  const store = useLocationStore();
  const { search } = useLocationSnapshot();
  const current = languageOf(search);

  const onClick = (event: MouseEvent<HTMLAnchorElement>, language: Language) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    if (language === current) return;
    const go = () => store.navigate(searchWithLanguage(store.currentSearch(), language), { history: 'push' });
    loadWholeLanguage(language).then(go, go);
  };

  return (
    <nav aria-label={m.languageSwitch.label} className="text-sm print:hidden">
      <ul className="flex items-center gap-1">
        {LANGUAGES.map((language) => (
          <li key={language}>
            <a
              href={`./${searchWithLanguage(search, language)}`}
              lang={language}
              hrefLang={language}
              aria-current={language === current ? 'true' : undefined}
              onClick={(event) => onClick(event, language)}
              onPointerEnter={() => void loadWholeLanguage(language).catch(() => undefined)}
              onFocus={() => void loadWholeLanguage(language).catch(() => undefined)}
              className="rounded px-2 py-1 font-medium underline decoration-1 underline-offset-2 hover:decoration-2 aria-[current]:bg-slate-800 aria-[current]:text-white aria-[current]:no-underline dark:aria-[current]:bg-slate-100 dark:aria-[current]:text-slate-900"
            >
              {LANGUAGE_NAMES[language]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
