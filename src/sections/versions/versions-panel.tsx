import { useQueries, useQuery } from '@tanstack/react-query';

import { hstfQueryOptions } from '../../data/hstf-query';
import type { Dataset } from '../../data/schema';
import {
  ATTRIBUTION_FIELDS,
  changeCount,
  diffDatasets,
  DIFF_COLLECTIONS,
  type DatasetDiff,
  type DiffCollection,
  type ItemChange,
} from '../../data/version-diff';
import { archiveQueryOptions, versionsQueryOptions, type DataVersion } from '../../data/versions';
import { useSectionMessages } from '../../i18n/i18n';
import type { Messages } from '../../i18n/messages';
import { formatLongDay } from '../../lib/format';
import { useDatasetLocaliser, useVersionSummary } from '../shared/use-localiser';
import { attributionChanges, figureLabel, figureValueText } from '../shared/version-change-text';

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
  const diff = previous ? diffDatasets(previous.data, data) : null;
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
        {previous && diff ? (
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer font-medium">
              {m.versions.changesSince(previous.version.id)}:{' '}
              {changeCount(diff) === 0
                ? m.versions.noChanges
                : DIFF_COLLECTIONS.filter((c) => diff[c].length > 0)
                    .map((c) => m.versions.count(diff[c].length, m.versions.collections[c]))
                    .join('; ')}
            </summary>
            {DIFF_COLLECTIONS.filter((c) => diff[c].length > 0).map((c) => (
              <ChangeList key={c} collection={c} diff={diff} datasets={[data, previous.data]} m={m} />
            ))}
          </details>
        ) : (
          <p className="mt-2 text-sm">{m.versions.first}</p>
        )}
      </article>
    </li>
  );
}

function ChangeList({
  collection,
  diff,
  datasets,
  m,
}: {
  collection: DiffCollection;
  diff: DatasetDiff;
  datasets: readonly Dataset[];
  m: Messages;
}) {
  const changes = diff[collection] as ItemChange<{ id: string }>[];
  return (
    <>
      <h4 className="mt-3 font-semibold">
        {m.versions.count(changes.length, m.versions.collections[collection])}
      </h4>
      <ul className="mt-1 list-disc space-y-1 pl-5 break-words">
        {changes.map((change) => (
          <li key={`${change.kind}-${change.id}`}>{changeText(collection, change, datasets, m)}</li>
        ))}
      </ul>
    </>
  );
}

type AnyRecord = Record<string, unknown> & { id: string };

function labelOf(collection: DiffCollection, record: AnyRecord, datasets: readonly Dataset[]): string {
  switch (collection) {
    case 'figures':
      return figureLabel(record as unknown as Dataset['figures'][number], datasets);
    case 'events':
      return String(record.title);
    case 'people':
      return String(record.name);
    case 'sources':
      return `${String(record.publisher)}: ${String(record.title)}`;
  }
}

/** Fields whose old and new text a reader wants side by side; the rest are named. */
const SHOWN_FIELDS: Record<DiffCollection, string[]> = {
  figures: ['support'],
  events: ['date', 'title'],
  people: ['role'],
  sources: ['url'],
};
const FIGURE_VALUE_FIELDS = ['value', 'unit', 'qualifier', 'statedAs'];

function changeText(
  collection: DiffCollection,
  change: ItemChange<{ id: string }>,
  datasets: readonly Dataset[],
  m: Messages,
): string {
  if (change.kind !== 'changed') {
    const record = (change.kind === 'added' ? change.after : change.before) as AnyRecord;
    const word = change.kind === 'added' ? m.versions.added : m.versions.removed;
    const value = collection === 'figures' ? `, ${figureValueText(record as never, m)}` : '';
    return `${word}: ${labelOf(collection, record, datasets)}${value}`;
  }
  const before = change.before as AnyRecord;
  const after = change.after as AnyRecord;
  const parts: string[] = [];
  const rest: string[] = [];
  for (const field of change.fields) {
    if (field === 'id') parts.push(m.versions.renamed(change.previousId, change.id));
    else if (collection === 'figures' && FIGURE_VALUE_FIELDS.includes(field)) {
      const text = m.versions.arrow(figureValueText(before as never, m), figureValueText(after as never, m));
      if (!parts.includes(text)) parts.push(text);
    } else if (collection === 'figures' && ATTRIBUTION_FIELDS.includes(field)) {
      // Who a figure is attributed to (as its maker, or as the outlet that reported it) and its
      // caveat, read as the reader sees them: "who said it: Fox News (…) → Reported by Fox News".
      for (const text of attributionChanges(before as never, after as never, m)) {
        if (!parts.includes(text)) parts.push(text);
      }
    } else if (collection === 'figures' && field === 'support') {
      parts.push(
        m.versions.supportChange(
          m.support[before.support as keyof Messages['support']],
          m.support[after.support as keyof Messages['support']],
        ),
      );
    } else if (SHOWN_FIELDS[collection].includes(field)) {
      parts.push(
        `${m.versions.fields[field] ?? field}: ${m.versions.arrow(text(before[field]), text(after[field]))}`,
      );
    } else rest.push(m.versions.fields[field] ?? field);
  }
  if (rest.length > 0) parts.push(m.versions.fieldsChanged(rest.join(', ')));
  return `${m.versions.changed}: ${labelOf(collection, after, datasets)}. ${parts.join('; ')}`;
}

function text(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
