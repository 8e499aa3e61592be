import type { Language } from '../i18n/language';
import { useLocationSnapshot } from './location-store';
import { languageOf } from './url-contract';

/** The language the address bar asks for (`lang=`), known before the dataset loads. */
export function useLanguage(): Language {
  return languageOf(useLocationSnapshot().search);
}
