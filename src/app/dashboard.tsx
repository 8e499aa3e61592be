import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';

import { ErrorPanel } from '../components/error-panel';
import { datasetTextsQueryOptions } from '../data/dataset-texts-query';
import { hstfQueryOptions } from '../data/hstf-query';
import { archiveQueryOptions, requestedArchive, versionsQueryOptions } from '../data/versions';
import { useMessages } from '../i18n/i18n';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/language';
import { useLocationSnapshot } from '../view-state/location-store';
import { DashboardSkeleton } from './dashboard-skeleton';
import { DashboardView } from './dashboard-view';
import { datasetErrorText, listsInvalidPaths } from './dataset-error-text';
import { HeaderControls } from './header-controls';
import { revealLinkedView } from '../boot/page-marks';
import { PageShell } from './page-shell';

/** The data version a link asks for (`v=`), read before the data loads: it decides which file to load. */
function useRequestedVersion(): string | null {
  const { search } = useLocationSnapshot();
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
  // Spanish dataset text is fetched alongside the dataset, only for a Spanish view.
  const translated = m.lang === 'es';
  const texts = useQuery({ ...datasetTextsQueryOptions('es'), enabled: translated });
  const dataset = useMemo(
    () => (query.data && translated && texts.data ? texts.data.localise(query.data) : query.data),
    [query.data, translated, texts.data],
  );
  const textsSettled = !translated || texts.isSuccess || texts.isError;
  const failed = versions.isError ? versions : query.isError ? query : null;
  // An invalid dataset's paths are described in the reader's language, by a chunk fetched then.
  const language = isLanguage(m.lang) ? m.lang : DEFAULT_LANGUAGE;
  const problems = useQuery({
    queryKey: ['problem-text', language],
    queryFn: async () => {
      const { loadProblemText } = await import('../i18n/load-problems');
      return { text: await loadProblemText(language) };
    },
    enabled: failed !== null && listsInvalidPaths(failed.error),
    staleTime: Infinity,
  });
  useEffect(() => {
    // A failed load is shown whatever the link asked for (see boot/linked-view.ts).
    if (query.isError) revealLinkedView();
  }, [query.isError]);

  // Untranslated dataset text is never mixed into a Spanish page unannounced: the page
  // waits for the texts, and if they fail it says the dataset's text is in English.
  if (query.isSuccess && dataset && textsSettled && !waitingForVersions) {
    return (
      <DashboardView
        dataset={dataset}
        versions={versions.data ?? null}
        datasetTextsFailed={translated && texts.isError}
      />
    );
  }

  return (
    <PageShell dataVersion={null} reviewedOn={null} headerExtra={failed ? null : <HeaderControls />}>
      {failed ? (
        <ErrorPanel
          heading={m.errors.heading}
          {...datasetErrorText(failed.error, m, problems.data?.text)}
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
