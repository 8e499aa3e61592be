import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';

import { ErrorPanel } from '../components/error-panel';
import { datasetTextsQueryOptions } from '../data/dataset-texts-query';
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
  // Spanish dataset text is fetched alongside the dataset, only for a Spanish view.
  const translated = m.lang === 'es';
  const texts = useQuery({ ...datasetTextsQueryOptions('es'), enabled: translated });
  const dataset = useMemo(
    () => (query.data && translated && texts.data ? texts.data.localise(query.data) : query.data),
    [query.data, translated, texts.data],
  );
  const textsSettled = !translated || texts.isSuccess || texts.isError;
  useEffect(() => {
    // A failed load is shown whatever the link asked for (see linked-view.ts).
    if (query.isError) revealLinkedView();
  }, [query.isError]);

  // Untranslated dataset text is never mixed into a Spanish page unannounced: the page
  // waits for the texts, and if they fail it says the dataset's text is in English.
  if (query.isSuccess && dataset && textsSettled)
    return <DashboardView dataset={dataset} datasetTextsFailed={translated && texts.isError} />;

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
