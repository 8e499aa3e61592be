import { useState } from 'react';

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
      <button
        type="button"
        onClick={() => void onCopy()}
        className="rounded border border-sky-800 bg-sky-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-900 dark:border-sky-300 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200"
      >
        {m.share.copy}
      </button>
      <p role="status" className="text-sm">
        {copy.status === 'copied' ? m.share.copied : null}
        {copy.status === 'failed' ? m.share.failed : null}
      </p>
      {copy.status === 'failed' ? (
        <input
          readOnly
          aria-label={m.share.linkLabel}
          value={copy.url}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-500 dark:bg-slate-800"
        />
      ) : null}
    </div>
  );
}
