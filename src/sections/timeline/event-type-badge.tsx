import { Badge, type BadgeTone } from '../../components/badge';
import type { EventType } from '../../data/schema';

const TONES: Record<EventType, BadgeTone> = {
  policy: 'violet',
  operation: 'blue',
  meeting: 'green',
  speech: 'rose',
  report: 'amber',
};

/** The event type in words; the colour matches the chart lane but never carries the meaning alone. */
export function EventTypeBadge({
  type,
  label,
  typeWord,
}: {
  type: EventType;
  label: string;
  typeWord: string;
}) {
  return (
    <Badge tone={TONES[type]}>
      <span className="sr-only">{typeWord}: </span>
      {label}
    </Badge>
  );
}
