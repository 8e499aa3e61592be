import { lazy, Suspense } from 'react';

import { ThemeToggle } from '../components/theme-toggle';
import { LanguageSwitch } from '../view-controls/language-switch';
import { ShareButton, type ShareLinks } from '../view-controls/share-button';

// Shown only to a first-time reader whose browser prefers Spanish: a chunk of its own.
const SpanishOffer = lazy(() =>
  import('../view-controls/spanish-offer').then((module) => ({ default: module.SpanishOffer })),
);

/**
 * Made once: the theme does not depend on the address, so a filter change leaves the toggle
 * alone. Drawn again, React would set each radio's name and type anew, and the browser would
 * match the styles of the toggle's labels (`:has(:checked)`) again, on every change.
 */
const themeToggle = <ThemeToggle />;

/**
 * Shown while loading too, so the header keeps its height when the data arrives
 * and the reader can change theme or language before the figures are in.
 */
export function HeaderControls({ shareLinks }: { shareLinks?: ShareLinks }) {
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <div className="flex flex-wrap items-center gap-2">
        <ShareButton links={shareLinks} />
        <LanguageSwitch />
        {themeToggle}
      </div>
      <Suspense fallback={null}>
        <SpanishOffer />
      </Suspense>
    </div>
  );
}
