import { useSectionMessages } from '../i18n/i18n';

/** A verbatim quote in quotation marks; a paraphrase is labelled as such. */
export function Quote({ text, verbatim, lang }: { text: string; verbatim: boolean; lang?: string }) {
  const m = useSectionMessages();
  if (!verbatim) {
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        <span className="font-medium">{m.figureDetail.paraphrase}: </span>
        <span lang={lang}>{text}</span>
      </p>
    );
  }
  return (
    <blockquote className="border-l-2 border-slate-300 pl-2 text-sm text-slate-700 dark:border-slate-600 dark:text-slate-300">
      <q lang={lang}>{text}</q>
    </blockquote>
  );
}
