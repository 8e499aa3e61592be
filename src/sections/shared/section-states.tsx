import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { Notice } from '../../components/notice';
import { useMessages } from '../../i18n/i18n';
import { clearFilters, type ViewState } from '../../view-state/view-state';
import type { NavContext } from './section-props';

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

/**
 * No figure matches: "no categories selected" for an empty `category=`, else the section's
 * own message; with a category filter, a way back to all categories.
 */
export function NoFiguresState({
  view,
  nav,
  message,
}: {
  view: ViewState;
  nav: NavContext;
  message: string;
}) {
  const m = useMessages();
  return (
    <div className="mt-3">
      <EmptyState
        message={view.category !== null && view.category.length === 0 ? m.figure.noCategories : message}
        action={
          view.category !== null ? (
            <Button size="sm" onClick={() => nav.onViewChange((state) => ({ ...state, category: null }))}>
              {m.figure.showAllCategories}
            </Button>
          ) : null
        }
      />
    </div>
  );
}
