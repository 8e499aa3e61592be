import { useId, type ReactNode } from 'react';

import { DISCLOSURE_PANEL, DisclosureButton } from './disclosure';
import { PanelContent } from './panel-content';

// Apart from disclosure.tsx: only the sections below the first screen use the whole disclosure,
// so the first screen's script carries only its button.

interface DisclosureProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** What the button shows; the whole summary is the button, so one click opens it. */
  summary: ReactNode;
  /** An accessible name when the summary alone is not enough ("Details: Pam Bondi"). */
  label?: string;
  /** Classes of the button. */
  buttonClassName?: string;
  /** Classes of the panel. */
  className?: string;
  /** What the panel holds, made only while it is open or printed (PanelContent). */
  children: () => ReactNode;
}

/**
 * A button that shows and hides a panel (WAI-ARIA disclosure pattern). The owner holds
 * `open`, so a link (`focus=<id>`) can open it too. The closed panel stays in the page,
 * hidden and empty; its content is drawn when it opens, or for a printout (PanelContent).
 */
export function Disclosure({
  open,
  onOpenChange,
  summary,
  label,
  buttonClassName,
  className,
  children,
}: DisclosureProps) {
  const panelId = useId();
  return (
    <>
      <DisclosureButton
        open={open}
        onOpenChange={onOpenChange}
        controls={panelId}
        label={label}
        className={buttonClassName}
      >
        {summary}
      </DisclosureButton>
      <div id={panelId} hidden={!open} {...DISCLOSURE_PANEL} className={className}>
        <PanelContent open={open}>{children}</PanelContent>
      </div>
    </>
  );
}
