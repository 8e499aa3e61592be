// The schema.org `Dataset` description of the prerendered page (https://schema.org/Dataset), so
// that search engines' dataset indexes and other machines find the data, its licence, its version
// and its files. It is a `<script type="application/ld+json">` block: data, never run, so the
// Content-Security-Policy does not apply to it (assertCspAllowsInline skips it; a test proves it).
import { LATEST_FOLDER, PACKAGE_FILES, packageFolder } from './data-package.mjs';

/** The earliest and the latest date the dataset records (events, reports, periods), as an ISO 8601 interval. */
export function temporalCoverage(dataset) {
  const dates = [
    ...dataset.events.map((event) => event.date),
    ...dataset.reports.map((report) => report.date),
    ...dataset.periods.flatMap((period) => [period.from, period.to]),
  ]
    .filter((date) => typeof date === 'string')
    .sort();
  if (dates.length === 0) throw new Error('The dataset has no dates for temporalCoverage.');
  return `${dates[0]}/${dates.at(-1)}`;
}

/**
 * The `Dataset` object. `siteUrl` (HSTF_SITE_URL) makes `url` and each `contentUrl` absolute;
 * without it they are relative to the page, as every other address of the build is.
 * `about` holds the citation constants of the app (src/data/citation.ts, from the server entry).
 */
export function datasetJsonLd(dataset, { siteUrl, description, about }) {
  const address = (path) => (siteUrl ? new URL(path, siteUrl).href : path);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: about.CITATION_TITLE,
    alternateName: dataset.title,
    description,
    url: siteUrl ?? './',
    version: dataset.version,
    dateModified: dataset.reviewedOn,
    license: about.DATA_LICENSE.url,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: about.CITATION_AUTHOR },
    inLanguage: ['en', 'es'],
    temporalCoverage: temporalCoverage(dataset),
    spatialCoverage: 'United States',
    variableMeasured: dataset.metrics.map((metric) => metric.label),
    // The files of the newest version's data package, at its address that follows the newest.
    distribution: PACKAGE_FILES.map((file) => ({
      '@type': 'DataDownload',
      name: file.name,
      description: file.description,
      encodingFormat: file.mediaType,
      contentUrl: address(`${packageFolder(LATEST_FOLDER)}${file.name}`),
    })),
  };
}

/**
 * The block as it goes into the page: `<` written as `\u003c`, so no text in the data can end
 * the element (`</script>`) or open a comment; JSON reads it back as the same character.
 */
export function jsonLdScript(data) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/ld+json">${json}</script>`;
}
