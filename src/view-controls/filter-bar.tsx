import { Suspense, useId, useState } from 'react';

import { Button } from '../components/button';
import { Chevron } from '../components/disclosure';
import { lazyWithPreload } from '../components/lazy-preload';
import type { Dataset } from '../data/schema';
import { useMessages } from '../i18n/i18n';
import { formatNumber } from '../lib/format';
import type { NavContext } from '../sections/shared/section-props';
import { activeFilterCount, clearFilters, type ViewState } from '../view-state/view-state';
import { categoriesOutcomeFirst, toggleCategory } from './filters';
import { activeFilters } from './view-summary';

const moreFilters = lazyWithPreload(() => import('./more-filters').then((module) => module.default));
const MoreFilters = moreFilters.Component;
/** Starts loading the panel behind "More filters" (boot calls it after the first paint). */
export const preloadMoreFilters = moreFilters.preload;

export interface FilterBarProps {
  dataset: Dataset;
  view: ViewState;
  onViewChange: NavContext['onViewChange'];
}

/**
 * The filters of the URL contract in one compact toolbar that stays at the top while
 * scrolling: categories as toggle buttons (the main way people filter), the rest behind
 * "More filters", and the active filters as removable chips. Each change is one history
 * entry; typing in the search box is coalesced into one.
 */
export function FilterBar({ dataset, view, onViewChange }: FilterBarProps) {
  const m = useMessages();
  const count = activeFilterCount(view);
  const headingId = useId();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const chips = activeFilters(view, dataset, m);
  const categories = categoriesOutcomeFirst(dataset);
  const categoryIds = dataset.categories.map((c) => c.id);
  const moreCount = chips.filter((chip) => chip.key !== 'category').length;

  return (
    <section
      aria-labelledby={headingId}
      data-filter-bar={open ? 'open' : chips.length > 0 ? 'chips' : 'closed'}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) setOpen(false);
      }}
      // Opaque, in the page's own colour: a see-through bar with a backdrop blur made every
      // filter change slower to paint.
      className="sticky top-0 z-20 -mx-4 border-b border-slate-200 bg-slate-50 px-4 py-2 print:hidden dark:border-slate-800 dark:bg-slate-950"
    >
      <h2 id={headingId} className="sr-only">
        {m.filters.heading}
      </h2>
      <div className="flex items-start gap-2">
        <div
          role="group"
          aria-label={m.filters.category}
          className="-my-1 flex min-w-0 flex-1 gap-1 overflow-x-auto py-1 [scrollbar-width:thin] sm:flex-wrap sm:overflow-visible"
        >
          <Button
            variant="toggle"
            size="sm"
            aria-pressed={view.category === null}
            onClick={() => onViewChange((s) => ({ ...s, category: null }))}
          >
            {m.filters.allCategories}
          </Button>
          {categories.map((category) => (
            <Button
              key={category.id}
              variant="toggle"
              size="sm"
              aria-pressed={view.category !== null && view.category.includes(category.id)}
              onClick={() =>
                onViewChange((s) => ({
                  ...s,
                  category: toggleCategory(categoryIds, s.category, category.id),
                }))
              }
            >
              {category.label}
            </Button>
          ))}
        </div>
        <Button
          size="sm"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
          className="shrink-0"
        >
          {m.filters.more}{' '}
          {moreCount > 0 ? (
            <span className="rounded-full bg-sky-700 px-1.5 text-xs text-white tabular-nums dark:bg-sky-300 dark:text-slate-950">
              {formatNumber(moreCount, m.locale)} <span className="sr-only">{m.filters.activeShort}</span>
            </span>
          ) : null}
          <Chevron open={open} />
        </Button>
      </div>

      <div aria-live="polite" className="sr-only">
        {m.filters.active(count)}
      </div>
      {chips.length > 0 ? (
        <div className="mt-2 flex flex-wrap items-center gap-1.5">
          <ul aria-label={m.filters.summary} className="contents">
            {chips.map((chip) => (
              <li key={chip.key}>
                <button
                  type="button"
                  aria-label={m.filters.remove(chip.text)}
                  onClick={() => onViewChange(chip.remove)}
                  className="inline-flex max-w-full items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1.5 pl-2.5 text-xs font-medium text-slate-800 hover:bg-slate-200 active:translate-y-px dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
                >
                  <span className="truncate">{chip.text}</span>
                  <span aria-hidden="true" className="text-slate-500 dark:text-slate-400">
                    ×
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <Button variant="ghost" size="sm" onClick={() => onViewChange(clearFilters)}>
            {m.filters.clearAll}
          </Button>
        </div>
      ) : null}

      <div
        id={panelId}
        className={
          open
            ? 'mt-2 max-h-[70vh] overflow-y-auto border-t border-slate-200 pt-3 dark:border-slate-800'
            : 'hidden'
        }
      >
        <Suspense fallback={null}>
          <MoreFilters open={open} dataset={dataset} view={view} onViewChange={onViewChange} />
        </Suspense>
      </div>
    </section>
  );
}
