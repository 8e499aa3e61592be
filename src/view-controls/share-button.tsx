import { useState } from 'react';

import { Button } from '../components/button';
import { useMessages } from '../i18n/i18n';

type CopyState =
  { status: 'idle' } | { status: 'copied'; permanent: boolean } | { status: 'failed'; url: string };

export interface ShareLinks {
  /** Query string of this view on whatever data is latest when the link is opened (no `v`). */
  latest: string;
  /** Query string of this view pinned to the data version on screen (`v=`). */
  permanent: string;
  /** The data version the permanent link pins. */
  version: string;
}

/**
 * Copies a link to this view and says so in a live region. Without `links` (while the data
 * loads) it copies the address bar, which the view-state module keeps canonical.
 */
export function ShareButton({ links }: { links?: ShareLinks }) {
  const m = useMessages();
  const [copy, setCopy] = useState<CopyState>({ status: 'idle' });

  const onCopy = async (search: string | null, permanent: boolean) => {
    const { origin, pathname, hash, href } = window.location;
    const url = search === null ? href : `${origin}${pathname}${search}${hash}`;
    try {
      if (!navigator.clipboard) throw new Error('Clipboard API unavailable');
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
