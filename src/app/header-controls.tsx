import { ThemeToggle } from '../components/theme-toggle';
import { ShareButton } from '../sections/controls/share-button';

/**
 * Shown while loading too, so the header keeps its height when the data arrives
 * (no layout shift).
 */
export function HeaderControls() {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ShareButton />
      <ThemeToggle />
    </div>
  );
}
