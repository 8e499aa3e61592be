import { ThemeToggle } from '../components/theme-toggle';
import { LanguageSwitch } from '../sections/controls/language-switch';
import { ShareButton, type ShareLinks } from '../sections/controls/share-button';
import { SpanishOffer } from '../sections/controls/spanish-offer';
import { SectionNav } from './section-nav';

/**
 * Shown while loading too, so the header keeps its height when the data arrives
 * (no layout shift).
 */
export function HeaderControls({ shareLinks }: { shareLinks?: ShareLinks }) {
  return (
    <div className="mt-3 space-y-3">
      <SpanishOffer />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <ShareButton links={shareLinks} />
        <div className="flex flex-wrap items-center gap-3">
          <LanguageSwitch />
          <ThemeToggle />
        </div>
      </div>
      <SectionNav />
    </div>
  );
}
