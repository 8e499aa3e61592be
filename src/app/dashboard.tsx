import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';

import { ErrorPanel } from '../components/error-panel';
import { hstfQueryOptions } from '../data/hstf-query';
import { useMessages } from '../i18n/i18n';
import { DashboardSkeleton } from './dashboard-skeleton';
import { DashboardView } from './dashboard-view';
import { datasetErrorText } from './dataset-error-text';
import { HeaderControls } from './header-controls';
import { revealLinkedView } from './linked-view';
import { PageShell } from './page-shell';

export function Dashboard() {
  const m = useMessages();
  const query = useQuery(hstfQueryOptions());
  useEffect(() => {
    // A failed load is shown whatever the link asked for (see linked-view.ts).
    if (query.isError) revealLinkedView();
  }, [query.isError]);

  if (query.isSuccess) return <DashboardView dataset={query.data} />;

  return (
    <PageShell reviewedOn={null} headerExtra={query.isError ? null : <HeaderControls />}>
      {query.isError ? (
        <ErrorPanel
          heading={m.errors.heading}
          {...datasetErrorText(query.error, m)}
          retryLabel={query.isFetching ? m.errors.retrying : m.errors.retry}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
        />
      ) : (
        <DashboardSkeleton />
      )}
    </PageShell>
  );
}
