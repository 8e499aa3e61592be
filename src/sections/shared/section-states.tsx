import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { useMessages } from '../../i18n/i18n';
import type { ViewState } from '../../view-state/view-state';
import type { NavContext } from './section-props';

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
