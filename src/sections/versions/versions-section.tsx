import { lazy, useEffect, useRef } from 'react';

import { ChartSlot } from '../../components/chart-slot';
import { SectionFrame } from '../../components/section-frame';
import { useSectionMessages } from '../../i18n/i18n';
import type { SectionProps } from '../shared/section-props';

// The archives and the diff load only when the panel nears the screen, never on first paint.
const VersionsPanel = lazy(() => import('./versions-panel'));

/** The data versions panel: every published version and what changed between them (`#versions`, `embed=versions`). */
export function VersionsSection({ dataset }: SectionProps) {
  const m = useSectionMessages();
  const ref = useRef<HTMLDivElement>(null);

  // The page renders after the data loads, too late for the browser's own jump to `#versions`.
  useEffect(() => {
    if (window.location.hash === '#versions') ref.current?.scrollIntoView();
  }, []);

  return (
    <div ref={ref}>
      <SectionFrame id="versions" heading={m.sectionHeadings.versions} intro={m.versions.intro}>
        <div className="mt-4">
          <ChartSlot height={160} loadingLabel={m.versions.loading}>
            <VersionsPanel shownVersion={dataset.version} />
          </ChartSlot>
        </div>
      </SectionFrame>
    </div>
  );
}
