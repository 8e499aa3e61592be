import { useMessages } from '../../i18n/i18n';
import type { SectionProps } from '../../view-state/section-props';

export function SourcesSection(_props: SectionProps) {
  const m = useMessages();
  return (
    <section id="sources" aria-labelledby="sources-heading" className="scroll-mt-4">
      <h2 id="sources-heading" className="text-xl font-semibold">
        {m.sources.heading}
      </h2>
    </section>
  );
}
