import { useQueries, useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';

import { hstfQueryOptions } from '../../data/hstf-query';
import type { Dataset } from '../../data/schema';
import { archiveQueryOptions, versionsQueryOptions, type DataVersion } from '../../data/versions';
import { useSectionMessages } from '../../i18n/i18n';
import type { Messages } from '../../i18n/messages';
import { formatLongDay } from '../../lib/format';
import { useDatasetLocaliser, useVersionSummary } from '../shared/use-localiser';
import { versionChangelog } from '../shared/version-change-text';

/** Loaded lazily by `versions-section.tsx`: the list of versions and, for each, the changes from the one before. */
export default function VersionsPanel({ shownVersion }: { shownVersion: string }) {
  const m = useSectionMessages();
  const versionsQuery = useQuery(versionsQueryOptions());
  const list = versionsQuery.data ?? [];
  const datasets = useQueries({
    queries: list.map((v, i) => (i === list.length - 1 ? hstfQueryOptions() : archiveQueryOptions(v.id))),
  });
  // Every version in the reader's language, compared text for text (see `useDatasetLocaliser`).
  const localise = useDatasetLocaliser();
  const summaryOf = useVersionSummary();

  if (versionsQuery.isError || datasets.some((q) => q.isError)) {
    return <p className="text-sm">{m.versions.failed}</p>;
  }
  if (!versionsQuery.isSuccess || datasets.some((q) => !q.isSuccess)) {
    return (
      <p className="text-sm" role="status">
        {m.versions.loading}
      </p>
    );
  }
  const loaded = datasets.map((q) => localise(q.data as Dataset));
  const newestFirst = list.map((version, i) => ({ version, i })).reverse();
  return (
    <ol className="space-y-4" aria-label={m.sectionHeadings.versions}>
      {newestFirst.map(({ version, i }) => (
        <VersionEntry
          key={version.id}
          version={version}
          latest={i === list.length - 1}
          shown={version.id === shownVersion}
          previous={i > 0 ? { version: list[i - 1] as DataVersion, data: loaded[i - 1] as Dataset } : null}
          data={loaded[i] as Dataset}
          summary={summaryOf(version)}
          m={m}
        />
      ))}
    </ol>
  );
}

function VersionEntry({
  version,
  latest,
  shown,
  previous,
  data,
  summary,
  m,
}: {
  version: DataVersion;
  latest: boolean;
  shown: boolean;
  previous: { version: DataVersion; data: Dataset } | null;
  data: Dataset;
  summary: string;
  m: Messages;
}) {
  const headingId = `version-${version.id}-heading`;
  const changelog = previous ? versionChangelog(previous.data, data, m) : null;
  const marks = [m.versions.reviewed(formatLongDay(version.reviewedOn, m.locale))];
  if (latest) marks.push(m.versions.latest);
  if (shown) marks.push(m.versions.shown);
  return (
    <li>
      <article
        aria-labelledby={headingId}
        className="rounded-lg border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
      >
        <h3 id={headingId} className="font-semibold">
          {m.dataVersion.label(version.id)}
        </h3>
        <p className="text-sm text-slate-700 dark:text-slate-300">{marks.join(' · ')}</p>
        <p className="mt-1 text-sm">{summary}</p>
        {changelog && previous ? (
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer font-medium">
              {m.versions.changesSince(previous.version.id)}: {changelog.summary}
            </summary>
            {changelog.groups.map((group) => (
              <Fragment key={group.collection}>
                <h4 className="mt-3 font-semibold">{group.heading}</h4>
                <ul className="mt-1 list-disc space-y-1 pl-5 break-words">
                  {group.items.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ul>
              </Fragment>
            ))}
          </details>
        ) : (
          <p className="mt-2 text-sm">{m.versions.first}</p>
        )}
      </article>
    </li>
  );
}
