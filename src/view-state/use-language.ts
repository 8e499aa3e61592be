import type { Language } from '../i18n/language';
import { useLocationSnapshot } from './location-store';
import { languageOf } from './view-state';

/** The language the address bar asks for (`lang=`), known before the dataset loads. */
export function useLanguage(): Language {
  return languageOf(useLocationSnapshot().search);
}
