import { useId } from 'react';

import { useSectionMessages } from '../i18n/i18n';
import type { IgnoredInput } from '../view-state/view-state';

const MAX_SHOWN_CHARS = 60;

function shorten(text: string): string {
  const chars = Array.from(text);
  return chars.length > MAX_SHOWN_CHARS ? `${chars.slice(0, MAX_SHOWN_CHARS).join('')}…` : text;
}

/** The ignored parts of a link, each with the reason, and a way to dismiss the notice. */
export default function IgnoredNotice({
  ignored,
  onDismiss,
}: {
  ignored: readonly IgnoredInput[];
  onDismiss: () => void;
}) {
  const m = useSectionMessages();
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-amber-700 bg-amber-50 p-3 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={headingId} className="font-semibold">
            {m.notice.heading}
          </h2>
          <p className="text-sm">{m.notice.intro}</p>
          <ul className="mt-1 list-disc pl-5 text-sm break-words">
            {ignored.map((item, i) => (
              <li key={i}>
                {m.notice.item(shorten(item.key), shorten(item.value), m.notice.reasons[item.reason])}
              </li>
            ))}
          </ul>
        </div>
        <button
          type="button"
          onClick={onDismiss}
          className="shrink-0 rounded border border-amber-800 px-2 py-1 text-sm font-medium hover:bg-amber-100 dark:border-amber-300 dark:hover:bg-amber-900"
        >
          {m.notice.dismiss}
        </button>
      </div>
    </section>
  );
}
