import type { ReactNode } from 'react';

/** A dashboard section: a region named by its heading, with an introduction. Its id is the panel id. */
export function SectionFrame({
  id,
  heading,
  intro,
  children,
}: {
  id: string;
  heading: string;
  intro: ReactNode;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {heading}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-700 dark:text-slate-300">{intro}</p>
      {children}
    </section>
  );
}
