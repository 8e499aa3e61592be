import { Button } from '../../components/button';
import { Notice } from '../../components/notice';
import { clearFilters } from '../../view-state/view-state';
import type { NavContext } from './section-props';

// Apart from section-states.tsx: only the lists below the first screen (timeline, people) need it.

/**
 * A linked item (`focus=`) that the filters hide: said so, with a way to show everything
 * while keeping the link's focus.
 */
export function FocusHiddenNotice({
  nav,
  message,
  actionLabel,
}: {
  nav: NavContext;
  message: string;
  actionLabel: string;
}) {
  return (
    <div className="mt-3">
      <Notice
        tone="warning"
        action={
          <Button
            size="sm"
            onClick={() => nav.onViewChange((state) => ({ ...clearFilters(state), focus: state.focus }))}
          >
            {actionLabel}
          </Button>
        }
      >
        <p>{message}</p>
      </Notice>
    </div>
  );
}
