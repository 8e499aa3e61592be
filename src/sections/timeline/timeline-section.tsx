import { useMessages } from '../../i18n/i18n';
import type { SectionProps } from '../../view-state/section-props';

export function TimelineSection(_props: SectionProps) {
  const m = useMessages();
  return (
    <section id="timeline" aria-labelledby="timeline-heading" className="scroll-mt-4">
      <h2 id="timeline-heading" className="text-xl font-semibold">
        {m.timeline.heading}
      </h2>
    </section>
  );
}
