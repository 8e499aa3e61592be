import { useSyncExternalStore } from 'react';

import type { Language } from '../i18n/language';
import { getServerSnapshot, getSnapshot, subscribe } from './location-store';
import { languageOf } from './view-state';

/** The language the address bar asks for (`lang=`), known before the dataset loads. */
export function useLanguage(): Language {
  const location = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  return languageOf(location.search);
}
