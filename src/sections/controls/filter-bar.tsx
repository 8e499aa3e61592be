import { useId, useState } from 'react';

import { isCalendarDate } from '../../data/schema';
import { useMessages } from '../../i18n/i18n';
import type { SectionProps } from '../../view-state/section-props';
import { activeFilterCount, clearFilters, EVENT_TYPES, MAX_QUERY_LENGTH } from '../../view-state/view-state';
import { agencyParentsOf, ancestorsOf, coveredAgencies } from '../../data/agencies';
import { dateBounds, toggleAgency, toggleInList } from './filters';

type FilterBarProps = Pick<SectionProps, 'dataset' | 'view' | 'onViewChange'>;

const fieldsetClass = 'min-w-0 rounded border border-slate-300 p-2 dark:border-slate-700';
const legendClass = 'px-1 text-sm font-semibold';
const checkLabelClass =
  'flex cursor-pointer items-center gap-1.5 rounded px-1.5 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800';
const smallButtonClass =
  'rounded border border-slate-400 px-2 py-1 text-sm font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-500 dark:hover:bg-slate-800';

/** Every filter of the URL contract. Each change is one history entry; typing is coalesced into one. */
export function FilterBar({ dataset, view, onViewChange }: FilterBarProps) {
  const m = useMessages();
  const count = activeFilterCount(view);
  const headingId = useId();
  const { min, max } = dateBounds(dataset);
  const [rangeError, setRangeError] = useState(false);
  const parents = agencyParentsOf(dataset.agencies);
  const agencyIds = dataset.agencies.map((a) => a.id);
  const coveredByAgency = coveredAgencies(parents, view.agency);
  const shortName = new Map(dataset.agencies.map((a) => [a.id, a.shortName]));

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
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-300 bg-white p-3 print:hidden dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {m.filters.heading}
        </h2>
        <div className="flex items-center gap-2">
          <p className="text-sm" aria-live="polite">
            {m.filters.active(count)}
          </p>
          <button
            type="button"
            className={smallButtonClass}
            disabled={count === 0}
            onClick={() => onViewChange(clearFilters)}
          >
            {m.filters.clearAll}
          </button>
        </div>
      </div>

      <div className="mt-2 grid gap-2 md:grid-cols-2 lg:grid-cols-4">
        <ChoiceGroup
          legend={m.filters.category}
          options={dataset.categories.map((c) => ({ id: c.id, label: c.label }))}
          selected={view.category}
          onChange={(category) => onViewChange((s) => ({ ...s, category }))}
        />
        <ChoiceGroup
          legend={m.filters.agency}
          options={dataset.agencies.map((a) => {
            const ancestors = ancestorsOf(parents, a.id);
            // A component is on whenever its parent is; it is then shown checked and fixed.
            const coveringParent = ancestors.find((p) => coveredByAgency === null || coveredByAgency.has(p));
            return {
              id: a.id,
              label: a.shortName,
              title: a.name,
              depth: ancestors.length,
              includedIn: coveringParent ? (shortName.get(coveringParent) ?? coveringParent) : undefined,
            };
          })}
          selected={coveredByAgency === null ? null : [...coveredByAgency]}
          toggle={(_selected, id) => toggleAgency(parents, agencyIds, view.agency, id)}
          onChange={(agency) => onViewChange((s) => ({ ...s, agency }))}
        />
        <ChoiceGroup
          legend={m.filters.eventType}
          options={EVENT_TYPES.map((t) => ({ id: t, label: m.filters.eventTypes[t] }))}
          selected={view.type}
          onChange={(type) => onViewChange((s) => ({ ...s, type: type as typeof s.type }))}
        />
        <div className="flex min-w-0 flex-col gap-2">
          <fieldset className={fieldsetClass}>
            <legend className={legendClass}>{m.filters.dateWindow}</legend>
            <div className="flex flex-wrap gap-2">
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
          <SearchInput
            value={view.q}
            onChange={(q) => onViewChange((s) => ({ ...s, q }), { history: 'coalesce', key: 'q' })}
          />
        </div>
      </div>
    </section>
  );
}

interface Option {
  id: string;
  label: string;
  title?: string;
  /** How deeply nested the option is (the FBI within the DOJ), shown indented. */
  depth?: number;
  /** The parent whose selection includes this option, which then cannot be unticked alone. */
  includedIn?: string | undefined;
}

function ChoiceGroup({
  legend,
  options,
  selected,
  toggle,
  onChange,
}: {
  legend: string;
  options: Option[];
  /** `null` means all. */
  selected: readonly string[] | null;
  /** The selection after toggling one option; a plain list toggle by default. */
  toggle?: (selected: readonly string[] | null, id: string) => string[] | null;
  onChange: (next: string[] | null) => void;
}) {
  const m = useMessages();
  const ids = options.map((o) => o.id);
  const toggled =
    toggle ?? ((current: readonly string[] | null, id: string) => toggleInList(ids, current, id));
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>{legend}</legend>
      <div className="flex flex-wrap gap-x-1">
        {options.map((option) => (
          <label
            key={option.id}
            className={`${checkLabelClass} ${option.depth ? 'ml-4' : ''}`}
            title={option.title}
          >
            {option.depth ? <span aria-hidden="true">↳</span> : null}
            <input
              type="checkbox"
              className="size-4 accent-sky-700"
              checked={selected === null || selected.includes(option.id)}
              disabled={option.includedIn !== undefined}
              onChange={() => onChange(toggled(selected, option.id))}
            />
            {option.label}
            {/* A real space, so the checkbox is named "FBI (included in DOJ)", not "FBI(included…". */}
            {option.includedIn ? ' ' : null}
            {option.includedIn ? (
              <span className="text-xs text-slate-600 dark:text-slate-400">
                ({m.filters.includedIn(option.includedIn)})
              </span>
            ) : null}
          </label>
        ))}
        {selected !== null ? (
          <button type="button" className={`${smallButtonClass} ml-1`} onClick={() => onChange(null)}>
            {m.filters.selectAll}
            <span className="sr-only">: {legend}</span>
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

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
    <label className="flex flex-col text-sm">
      {label}
      <input
        type="date"
        className="rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-500 dark:bg-slate-800 dark:[color-scheme:dark]"
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
    <div className="flex flex-col text-sm">
      <label htmlFor={inputId} className="font-semibold">
        {m.filters.search}
      </label>
      <input
        id={inputId}
        type="search"
        className="mt-1 rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-500 dark:bg-slate-800"
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
