import { lazy, Suspense, useState } from 'react';

import { Button } from '../components/button';
import { useMessages } from '../i18n/i18n';
import { addressOf, type CiteRequest, type ShareLinks } from './view-address';

// The dialog (citation formats, embed code) is a chunk of its own, fetched on the first press.
const CiteDialog = lazy(() => import('./cite-dialog'));

type CopyState =
  { status: 'idle' } | { status: 'copied'; permanent: boolean } | { status: 'failed'; url: string };

export type { ShareLinks };

/**
 * Copies a link to this view and says so in a live region. Without `links` (while the data
 * loads) it copies the address bar, which the view-state module keeps canonical.
 */
export function ShareButton({ links }: { links?: ShareLinks }) {
  const m = useMessages();
  const [copy, setCopy] = useState<CopyState>({ status: 'idle' });
  // `null` until first pressed: the dialog's code is not requested before.
  const [cite, setCite] = useState<CiteRequest | null>(null);

  const onCopy = async (search: string | null, permanent: boolean) => {
    const url = search === null ? window.location.href : addressOf(search);
    try {
      // Without the Clipboard API (a page not served securely) this throws too.
      await navigator.clipboard.writeText(url);
      setCopy({ status: 'copied', permanent });
    } catch {
      setCopy({ status: 'failed', url });
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden">
      <Button
        variant="primary"
        size="sm"
        onClick={() => void onCopy(links ? links.latest : null, false)}
        title={m.share.latestHint}
      >
        {m.share.copy}
      </Button>
      {/* Always in the header, so it does not shift when the data arrives; usable once it has. */}
      <Button
        size="sm"
        disabled={!links}
        onClick={() => links && void onCopy(links.permanent, true)}
        title={m.share.permanentHint}
      >
        {m.share.copyPermanent}
      </Button>
      {/* The address and the access date are read as the reader asks. */}
      <Button
        size="sm"
        disabled={!links}
        aria-haspopup="dialog"
        title={m.share.citeHint}
        onClick={() => links && setCite({ url: addressOf(links.permanent), accessed: new Date() })}
      >
        {m.share.cite}
      </Button>
      {cite && links ? (
        <Suspense fallback={null}>
          <CiteDialog
            version={links.version}
            request={cite}
            onClose={() => setCite({ ...cite, closed: true })}
          />
        </Suspense>
      ) : null}
      <p role="status" className="text-sm empty:hidden">
        {copy.status === 'copied'
          ? copy.permanent && links
            ? m.share.copiedPermanent(links.version)
            : m.share.copied
          : null}
        {copy.status === 'failed' ? m.share.failed : null}
      </p>
      {copy.status === 'failed' ? (
        <input
          readOnly
          aria-label={m.share.linkLabel}
          value={copy.url}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
        />
      ) : null}
    </div>
  );
}
