import type { Language } from './language';
import type { ProblemText } from './problems';

/**
 * The wording is only needed when a dataset is broken, so each language's is a small chunk
 * of its own, fetched then (the first screen's script does not carry it).
 */
const loaders: Record<Language, () => Promise<ProblemText>> = {
  en: () => import('./en/problems').then((module) => module.problemText),
  es: () => import('./es/problems').then((module) => module.problemText),
};

export function loadProblemText(language: Language): Promise<ProblemText> {
  return loaders[language]();
}
