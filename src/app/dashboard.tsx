import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

import { ErrorPanel } from '../components/error-panel';
import { hstfQueryOptions } from '../data/hstf-query';
import { archiveQueryOptions, requestedArchive, versionsQueryOptions } from '../data/versions';
import { useMessages } from '../i18n/i18n';
import { getServerSnapshot, getSnapshot, subscribe } from '../view-state/location-store';
import { DashboardSkeleton } from './dashboard-skeleton';
import { DashboardView } from './dashboard-view';
import { datasetErrorText } from './dataset-error-text';
import { HeaderControls } from './header-controls';
import { PageShell } from './page-shell';

/** The data version a link asks for (`v=`), read before the data loads: it decides which file to load. */
function useRequestedVersion(): string | null {
  const { search } = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const raw = new URLSearchParams(search).get('v');
  return raw === null ? null : raw.trim().toLowerCase();
}

export function Dashboard() {
  const m = useMessages();
  const requested = useRequestedVersion();
  // Only a pinned link needs the list of versions; the default view loads hstf.json alone.
  const versions = useQuery({ ...versionsQueryOptions(), enabled: requested !== null });
  const archive = versions.data ? requestedArchive(requested, versions.data) : null;
  const waitingForVersions = requested !== null && !versions.isSuccess;
  const query = useQuery({
    ...(archive ? archiveQueryOptions(archive) : hstfQueryOptions()),
    enabled: !waitingForVersions,
  });

  if (query.isSuccess && !waitingForVersions) {
    return <DashboardView dataset={query.data} versions={versions.data ?? null} />;
  }

  const failed = versions.isError ? versions : query.isError ? query : null;
  return (
    <PageShell dataVersion={null} reviewedOn={null} headerExtra={failed ? null : <HeaderControls />}>
      {failed ? (
        <ErrorPanel
          heading={m.errors.heading}
          {...datasetErrorText(failed.error, m)}
          retryLabel={failed.isFetching ? m.errors.retrying : m.errors.retry}
          retrying={failed.isFetching}
          onRetry={() => void failed.refetch()}
        />
      ) : (
        <DashboardSkeleton />
      )}
    </PageShell>
  );
}
