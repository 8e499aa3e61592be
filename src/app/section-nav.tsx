import { useMessages } from '../i18n/i18n';
import { PANEL_IDS } from '../view-state/view-state';

/** Jump links to each section; sections carry the same ids as the embed panels. */
export function SectionNav() {
  const m = useMessages();
  return (
    <nav aria-label={m.app.sectionsNav} className="print:hidden">
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {PANEL_IDS.map((panel) => (
          <li key={panel}>
            <a
              href={`#${panel}`}
              className="text-slate-700 underline decoration-slate-400 decoration-1 underline-offset-4 hover:text-sky-800 hover:decoration-sky-800 dark:text-slate-300 dark:hover:text-sky-300 dark:hover:decoration-sky-300"
            >
              {m.panels[panel]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
