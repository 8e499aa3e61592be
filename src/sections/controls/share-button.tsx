import { useState } from 'react';

import { Button } from '../../components/button';
import { useMessages } from '../../i18n/i18n';

type CopyState = { status: 'idle' } | { status: 'copied' } | { status: 'failed'; url: string };

/** Copies the address bar, which the view-state module keeps canonical, and says so in a live region. */
export function ShareButton() {
  const m = useMessages();
  const [copy, setCopy] = useState<CopyState>({ status: 'idle' });

  const onCopy = async () => {
    const url = window.location.href;
    try {
      if (!navigator.clipboard) throw new Error('Clipboard API unavailable');
      await navigator.clipboard.writeText(url);
      setCopy({ status: 'copied' });
    } catch {
      setCopy({ status: 'failed', url });
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden">
      <Button variant="primary" size="sm" onClick={() => void onCopy()}>
        {m.share.copy}
      </Button>
      <p role="status" className="text-sm empty:hidden">
        {copy.status === 'copied' ? m.share.copied : null}
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
