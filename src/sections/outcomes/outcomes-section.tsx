import { useMessages } from '../../i18n/i18n';
import type { SectionProps } from '../../view-state/section-props';

export function OutcomesSection(_props: SectionProps) {
  const m = useMessages();
  return (
    <section id="outcomes" aria-labelledby="outcomes-heading" className="scroll-mt-4">
      <h2 id="outcomes-heading" className="text-xl font-semibold">
        {m.outcomes.heading}
      </h2>
    </section>
  );
}
