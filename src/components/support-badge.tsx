import type { SupportLevel } from '../data/schema';
import { useMessages } from '../i18n/i18n';
import { Badge, type BadgeTone } from './badge';

const TONES: Record<SupportLevel, BadgeTone> = {
  primary: 'green',
  reported: 'blue',
  secondary: 'outline',
  disputed: 'amber',
};

/** The support level in words (never colour alone), with its meaning on hover and for screen readers. */
export function SupportBadge({ level }: { level: SupportLevel }) {
  const m = useMessages();
  return (
    <Badge tone={TONES[level]} title={m.supportDescription[level]}>
      {level === 'disputed' ? <span aria-hidden="true">⚠</span> : null}
      <span>
        <span className="sr-only">{m.figure.support}: </span>
        {m.support[level]}
      </span>
    </Badge>
  );
}
