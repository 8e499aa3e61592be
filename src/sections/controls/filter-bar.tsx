import { useId, useState } from 'react';

import { Button } from '../../components/button';
import { Chevron } from '../../components/disclosure';
import { isCalendarDate } from '../../data/calendar-date';
import type { Dataset } from '../../data/schema';
import { useMessages } from '../../i18n/i18n';
import { formatNumber } from '../../lib/format';
import type { NavContext } from '../shared/section-props';
import {
  activeFilterCount,
  clearFilters,
  EVENT_TYPES,
  MAX_QUERY_LENGTH,
  type ViewState,
} from '../../view-state/view-state';
import { categoriesOutcomeFirst, dateBounds, toggleCategory, toggleInList } from './filters';
import { activeFilters } from './view-summary';

interface FilterBarProps {
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
      className="sticky top-0 z-20 -mx-4 border-b border-slate-200 bg-slate-50/95 px-4 py-2 backdrop-blur supports-[backdrop-filter]:bg-slate-50/85 print:hidden dark:border-slate-800 dark:bg-slate-950/95 dark:supports-[backdrop-filter]:bg-slate-950/85"
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
        <MoreFilters dataset={dataset} view={view} onViewChange={onViewChange} />
      </div>
    </section>
  );
}

function MoreFilters({ dataset, view, onViewChange }: FilterBarProps) {
  const m = useMessages();
  const { min, max } = dateBounds(dataset);
  const [rangeError, setRangeError] = useState(false);

  const setDate = (key: 'from' | 'to', value: string) => {
    const next = value === '' ? null : value;
    if (next !== null && !isCalendarDate(next)) return;
    const from = key === 'from' ? next : view.from;
    const to = key === 'to' ? next : view.to;
    if (from !== null && to !== null && from > to) {
      setRangeError(true);
      return;
    }
    setRangeError(false);
    onViewChange((s) => ({ ...s, [key]: next }));
  };

  return (
    <div className="grid gap-x-6 gap-y-4 pb-1 md:grid-cols-2 lg:grid-cols-[1fr_1fr_auto]">
      <SearchInput
        value={view.q}
        onChange={(q) => onViewChange((s) => ({ ...s, q }), { history: 'coalesce', key: 'q' })}
      />
      <fieldset className="min-w-0">
        <legend className={LEGEND}>{m.filters.dateWindow}</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          <DateInput
            label={m.filters.from}
            value={view.from}
            min={min}
            max={view.to ?? max}
            onChange={(v) => setDate('from', v)}
          />
          <DateInput
            label={m.filters.to}
            value={view.to}
            min={view.from ?? min}
            max={max}
            onChange={(v) => setDate('to', v)}
          />
        </div>
        {rangeError ? (
          <p role="alert" className="mt-1 text-sm text-red-800 dark:text-red-200">
            {m.filters.invalidRange}
          </p>
        ) : null}
      </fieldset>
      <div className="hidden lg:block" />
      <ChoiceGroup
        legend={m.filters.agency}
        options={dataset.agencies.map((a) => ({ id: a.id, label: a.shortName, title: a.name }))}
        selected={view.agency}
        onChange={(agency) => onViewChange((s) => ({ ...s, agency }))}
      />
      <ChoiceGroup
        legend={m.filters.eventType}
        options={EVENT_TYPES.map((t) => ({ id: t, label: m.filters.eventTypes[t] }))}
        selected={view.type}
        onChange={(type) => onViewChange((s) => ({ ...s, type: type as typeof s.type }))}
      />
    </div>
  );
}

const LEGEND = 'text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400';

interface Option {
  id: string;
  label: string;
  title?: string;
}

function ChoiceGroup({
  legend,
  options,
  selected,
  onChange,
}: {
  legend: string;
  options: Option[];
  /** `null` means all. */
  selected: readonly string[] | null;
  onChange: (next: string[] | null) => void;
}) {
  const m = useMessages();
  const ids = options.map((o) => o.id);
  return (
    <fieldset className="min-w-0">
      <legend className={LEGEND}>{legend}</legend>
      <div className="mt-1 flex flex-wrap items-center gap-x-1 gap-y-1">
        {options.map((option) => (
          <label
            key={option.id}
            className="flex cursor-pointer items-center gap-1.5 rounded-md px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
            title={option.title}
          >
            <input
              type="checkbox"
              className="size-4 accent-sky-700 dark:accent-sky-300"
              checked={selected === null || selected.includes(option.id)}
              onChange={() => onChange(toggleInList(ids, selected, option.id))}
            />
            {option.label}
          </label>
        ))}
        {selected !== null ? (
          <Button variant="ghost" size="sm" onClick={() => onChange(null)}>
            {m.filters.selectAll}
            <span className="sr-only">: {legend}</span>
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}

const FIELD =
  'min-h-9 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-900 hover:border-slate-400 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:[color-scheme:dark]';

function DateInput({
  label,
  value,
  min,
  max,
  onChange,
}: {
  label: string;
  value: string | null;
  min: string;
  max: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="flex flex-col gap-0.5 text-sm">
      {label}
      <input
        type="date"
        className={FIELD}
        value={value ?? ''}
        min={min}
        max={max}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

function SearchInput({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const m = useMessages();
  const inputId = useId();
  const hintId = useId();
  return (
    <div className="flex min-w-0 flex-col">
      <label htmlFor={inputId} className={LEGEND}>
        {m.filters.search}
      </label>
      <input
        id={inputId}
        type="search"
        className={`mt-1 ${FIELD}`}
        value={value}
        maxLength={MAX_QUERY_LENGTH}
        aria-describedby={hintId}
        onChange={(e) => onChange(e.target.value)}
      />
      <span id={hintId} className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
        {m.filters.searchHint}
      </span>
    </div>
  );
}
