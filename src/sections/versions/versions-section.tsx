import { lazy, useEffect, useId, useRef, useState } from 'react';

import { ChartSlot } from '../../components/chart-slot';
import { DisclosureButton } from '../../components/disclosure';
import { SectionFrame } from '../../components/section-frame';
import { useSectionMessages } from '../../i18n/i18n';
import type { SectionProps } from '../shared/section-props';

// The archives and the diff load only when the panel is opened, never on first paint.
const VersionsPanel = lazy(() => import('./versions-panel'));

/**
 * The data versions panel: every published version and what changed between them. Closed
 * on the page (one line, so the page stays short); open in `embed=versions`, and opened by
 * the footer's and the sources' "Data versions" links or any address ending in `#versions`.
 */
export function VersionsSection({ dataset, view }: SectionProps) {
  const m = useSectionMessages();
  const ref = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const embedded = view.embed === 'versions';
  const [opened, setOpened] = useState(false);
  const open = embedded || opened;

  useEffect(() => {
    // The page renders after the data loads, too late for the browser's own jump to `#versions`.
    const openIfTargeted = () => {
      if (window.location.hash !== '#versions') return;
      setOpened(true);
      ref.current?.scrollIntoView();
    };
    openIfTargeted();
    window.addEventListener('hashchange', openIfTargeted);
    return () => window.removeEventListener('hashchange', openIfTargeted);
  }, []);

  return (
    <div ref={ref}>
      <SectionFrame
        id="versions"
        heading={m.sectionHeadings.versions}
        intro={open ? m.versions.intro : undefined}
      >
        {/* One line on a desk: the page is held to five screens' height there. */}
        <div className="mt-2 flex flex-wrap items-start gap-x-6 gap-y-1 text-sm">
          {embedded ? null : (
            <div className="min-w-0">
              <DisclosureButton
                open={open}
                onOpenChange={setOpened}
                controls={panelId}
                className="font-medium text-sky-800 dark:text-sky-300"
              >
                {m.versions.toggle(dataset.version)}
              </DisclosureButton>
            </div>
          )}
          {/* One entry per version with its computed changes (scripts/atom-feed.mjs), for feed readers. */}
          <a
            href="feed.atom"
            type="application/atom+xml"
            className="underline decoration-1 underline-offset-2 hover:decoration-2"
          >
            {m.versions.feedLink}
          </a>
        </div>
        <div id={panelId} hidden={!open} className="mt-4">
          {open ? (
            <ChartSlot height={160} loadingLabel={m.versions.loading}>
              <VersionsPanel shownVersion={dataset.version} />
            </ChartSlot>
          ) : null}
        </div>
      </SectionFrame>
    </div>
  );
}
