import type { ReactNode } from 'react';

import { useSectionMessages } from '../i18n/i18n';

/** One panel alone, for an iframe: a compact title, the panel, and a way to the full dashboard. */
export function EmbedShell({
  fullViewHref,
  notice,
  children,
}: {
  fullViewHref: string;
  notice: ReactNode;
  children: ReactNode;
}) {
  const m = useSectionMessages();
  return (
    <div className="p-3">
      <header className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-base font-bold">{m.app.heading}</h1>
        <a
          href={fullViewHref}
          target="_blank"
          rel="noopener noreferrer"
          className="text-sm font-medium underline decoration-1 underline-offset-2 hover:decoration-2"
        >
          {m.embed.openFull} <span className="sr-only">{m.embed.openFullHint}</span>
        </a>
      </header>
      <main id="main" className="space-y-4">
        {notice}
        {children}
      </main>
    </div>
  );
}
