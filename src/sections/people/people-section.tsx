import { useMessages } from '../../i18n/i18n';
import type { SectionProps } from '../../view-state/section-props';

export function PeopleSection(_props: SectionProps) {
  const m = useMessages();
  return (
    <section id="people" aria-labelledby="people-heading" className="scroll-mt-4">
      <h2 id="people-heading" className="text-xl font-semibold">
        {m.people.heading}
      </h2>
    </section>
  );
}
