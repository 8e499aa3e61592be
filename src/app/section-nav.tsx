import { useMessages } from '../i18n/i18n';
import { PANEL_IDS } from '../view-state/view-state';

/** Jump links to each section; sections carry the same ids as the embed panels. */
export function SectionNav() {
  const m = useMessages();
  return (
    <nav aria-label={m.app.sectionsNav} className="print:hidden">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {PANEL_IDS.map((panel) => (
          <li key={panel}>
            <a href={`#${panel}`} className="underline decoration-1 underline-offset-2 hover:decoration-2">
              {m.panels[panel]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
