/**
 * How a page of the dashboard is cited, in plain text: the same wording as the dashboard's
 * Cite control, in one function so that the two can share it (docs/item-pages.md).
 * `address` is the permanent address (pinned to the version with `v=`).
 */
export function citationText(version: string, address: string): string {
  const year = version.slice(0, 4);
  return (
    `HSTF Dashboard contributors. (${year}). HSTF Dashboard: reported outcomes of the Homeland ` +
    `Security Task Forces [Data set, version ${version}]. ${address}.`
  );
}
