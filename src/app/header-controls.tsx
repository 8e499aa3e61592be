import { ThemeToggle } from '../components/theme-toggle';
import { ShareButton, type ShareLinks } from '../sections/controls/share-button';
import { SectionNav } from './section-nav';

/**
 * Shown while loading too, so the header keeps its height when the data arrives
 * (no layout shift).
 */
export function HeaderControls({ shareLinks }: { shareLinks?: ShareLinks }) {
  return (
    <div className="mt-3 space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <ShareButton links={shareLinks} />
        <ThemeToggle />
      </div>
      <SectionNav />
    </div>
  );
}
