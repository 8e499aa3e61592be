/**
 * The interface languages. English is the default and ships in the initial bundle;
 * every other language is its own chunk, loaded only when a reader asks for it.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE = 'en' satisfies Language;

export function isLanguage(text: string): text is Language {
  return (LANGUAGES as readonly string[]).includes(text);
}

/**
 * True when the browser's preferred languages put Spanish before English (or list
 * Spanish and no English): such a first-time reader is offered the Spanish view. Never
 * used to switch by itself, so a link always opens in the language it names.
 */
export function prefersSpanish(preferred: readonly string[]): boolean {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'es') return true;
    if (primary === 'en') return false;
  }
  return false;
}

/**
 * Each language's name in that language, the same whatever the interface language
 * (a reader looks for their own language's name), so these are not translated.
 */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

/** The offer to a reader whose browser prefers Spanish: always in Spanish, marked `lang="es"`. */
export const SPANISH_OFFER = {
  text: 'Ver en español',
  dismiss: 'Cerrar',
  dismissLabel: 'Cerrar el aviso “Ver en español”',
} as const;
