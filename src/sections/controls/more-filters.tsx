import { useId, useState } from 'react';

import { Button } from '../../components/button';
import { isCalendarDate } from '../../data/calendar-date';
import { useMessages } from '../../i18n/i18n';
import { EVENT_TYPES, MAX_QUERY_LENGTH } from '../../view-state/view-state';
import type { FilterBarProps } from './filter-bar';
import { dateBounds, toggleInList } from './filters';

/**
 * Agency, event type, dates and search: behind "More filters", so in a chunk of its own
 * that boot preloads after the first paint (the prerendered page holds its HTML).
 */
export default function MoreFilters({ dataset, view, onViewChange }: FilterBarProps) {
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
