import { useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

import { plainCitation, type CitationInput } from '../data/citation';
import { useSectionMessages } from '../i18n/i18n';
import { LicenceText } from '../view-controls/licence-line';
import { pinnedAddress } from '../view-state/pinned-link';

const LINK = 'underline decoration-1 underline-offset-2 hover:decoration-2';

/**
 * What the footer says: how the dataset is made, the data version, the licences and, on paper,
 * the citation of the view printed. Below the first screen, so a chunk of its own (page-shell.tsx)
 * that the prerendered page holds from the start.
 */
export default function PageFooter({ dataVersion }: { dataVersion: string | null }): ReactNode {
  const m = useSectionMessages();
  const printed = usePrintedCitation(dataVersion);
  return (
    <>
      <p className="max-w-3xl">{m.footer.about}</p>
      {/* One line on a desk: the page is held to five screens' height there. */}
      <p className="mt-1">
        {dataVersion ? (
          <>
            {m.footer.version(dataVersion)}{' '}
            <a href="#versions" className={LINK}>
              {m.sectionHeadings.versions}
            </a>
            {' · '}
          </>
        ) : null}
        <LicenceText />
      </p>
      {printed ? (
        <p className="mt-1 hidden print:block">
          {m.citing.licence.citeAs(plainCitation(printed, { locale: m.locale, ...m.citing.format }))}
        </p>
      ) : null}
    </>
  );
}

/**
 * The view's permanent address and the day it is printed, read as the browser prepares the
 * printout (for its own Print command and `window.print()` alike) and drawn at once
 * (flushSync), so the paper has them.
 */
function usePrintedCitation(dataVersion: string | null): CitationInput | null {
  const [printed, setPrinted] = useState<CitationInput | null>(null);
  useEffect(() => {
    if (!dataVersion) return;
    const beforePrint = () =>
      flushSync(() =>
        setPrinted({
          version: dataVersion,
          url: pinnedAddress(window.location.href, dataVersion),
          accessed: new Date(),
        }),
      );
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, [dataVersion]);
  return printed;
}
