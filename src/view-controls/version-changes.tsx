import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { hstfQueryOptions } from '../data/hstf-query';
import type { Dataset } from '../data/schema';
import { changeCount, diffDatasets, figureHighlights } from '../data/version-diff';
import { useSectionMessages } from '../i18n/i18n';
import { useDatasetLocaliser } from '../sections/shared/use-localiser';
import { highlightText } from '../sections/shared/version-change-text';

/** How many headline changes the notice names; the versions panel lists them all. */
const SHOWN_HIGHLIGHTS = 4;

/** Loaded lazily by the version notice: the figures that changed between the data shown and the latest. */
export default function VersionChanges({ shown }: { shown: Dataset }) {
  const m = useSectionMessages();
  const latest = useQuery(hstfQueryOptions());
  // `shown` is in the reader's language; the latest data must be too, or every translated text would count as changed.
  const localise = useDatasetLocaliser();
  const latestData = useMemo(() => (latest.data ? localise(latest.data) : null), [latest.data, localise]);
  if (latest.isError) return null;
  if (!latestData) {
    return (
      <p className="text-sm" role="status">
        {m.versions.notice.comparing}
      </p>
    );
  }
  const diff = diffDatasets(shown, latestData);
  const highlights = figureHighlights(diff, latestData).slice(0, SHOWN_HIGHLIGHTS);
  const datasets = [latestData, shown];
  return (
    <>
      <p className="mt-1 text-sm">
        {m.versions.notice.changedSince(changeCount(diff, 'figures'), highlights.length > 0)}
      </p>
      {highlights.length > 0 ? (
        <ul className="mt-1 list-disc pl-5 text-sm break-words">
          {highlights.map((h) => (
            <li key={(h.after ?? h.before)?.id}>{highlightText(h, datasets, m)}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
