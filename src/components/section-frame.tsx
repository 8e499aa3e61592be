import type { ReactNode } from 'react';

/** A dashboard section: a region named by its heading, with an introduction. Its id is the panel id. */
export function SectionFrame({
  id,
  heading,
  intro,
  aside,
  children,
}: {
  id: string;
  heading: string;
  intro: ReactNode;
  /** A short line beside the heading (a count). */
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-8 scroll-mt-20 sm:mt-10">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={`${id}-heading`} className="text-lg font-semibold tracking-tight sm:text-xl">
          {heading}
        </h2>
        {aside}
      </div>
      <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-400">{intro}</p>
      {children}
    </section>
  );
}

/** The muted count beside a section heading ("Showing 4 of 13 events"), announced when it changes. */
export function SectionCount({ children }: { children: ReactNode }) {
  return (
    <p aria-live="polite" className="text-sm text-slate-600 tabular-nums dark:text-slate-400">
      {children}
    </p>
  );
}
