import { memo, useId, useState } from 'react';

import { Button } from '../components/button';
import { agencyParentsOf, ancestorsOf, coveredAgencies } from '../data/agencies';
import { isCalendarDate } from '../data/calendar-date';
import { useSectionMessages } from '../i18n/i18n';
import { EVENT_TYPES, MAX_QUERY_LENGTH } from '../view-state/view-state';
import type { FilterBarProps } from './filter-bar';
import { toggleAgency } from './agency-toggle';
import { dateBounds, toggleInList } from './filters';

/**
 * Agency, event type, dates and search: behind "More filters", so in a chunk of its own
 * that boot preloads after the first paint (the prerendered page holds its HTML).
 *
 * While the panel is closed and stays closed, a change of the view does not draw it again:
 * its 17 fields, hidden, had been made again on every category toggle. Opening it draws it
 * from the view of that moment.
 */
export default memo(MoreFilters, (before, after) => !before.open && !after.open);

function MoreFilters({ dataset, view, onViewChange }: FilterBarProps & { open: boolean }) {
  const m = useSectionMessages();
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
    <div className="grid gap-x-6 gap-y-4 pb-1 md:grid-cols-2 lg:grid-cols-[1fr_1fr_auto]">
      <SearchInput
        value={view.q}
        onChange={(q) => onViewChange((s) => ({ ...s, q }), { history: 'coalesce', key: 'q' })}
      />
      <fieldset className="min-w-0">
        <legend className={LEGEND}>{m.moreFilters.dateWindow}</legend>
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
            {m.moreFilters.invalidRange}
          </p>
        ) : null}
      </fieldset>
      <div className="hidden lg:block" />
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
    </div>
  );
}

const LEGEND = 'text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400';

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
  const m = useSectionMessages();
  const ids = options.map((o) => o.id);
  const toggled =
    toggle ?? ((current: readonly string[] | null, id: string) => toggleInList(ids, current, id));
  return (
    <fieldset className="min-w-0">
      <legend className={LEGEND}>{legend}</legend>
      <div className="mt-1 flex flex-wrap items-center gap-x-1 gap-y-1">
        {options.map((option) => (
          <label
            key={option.id}
            className={`flex cursor-pointer items-center gap-1.5 rounded-md px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800 ${option.depth ? 'ml-3' : ''}`}
            title={option.title}
          >
            {option.depth ? (
              <span aria-hidden="true" className="text-slate-500 dark:text-slate-400">
                ↳
              </span>
            ) : null}
            <input
              type="checkbox"
              className="size-4 accent-sky-700 dark:accent-sky-300"
              checked={selected === null || selected.includes(option.id)}
              disabled={option.includedIn !== undefined}
              onChange={() => onChange(toggled(selected, option.id))}
            />
            {option.label}
            {/* A real space, so the checkbox is named "FBI (included in DOJ)", not "FBI(included…". */}
            {option.includedIn ? ' ' : null}
            {option.includedIn ? (
              <span className="text-xs text-slate-600 dark:text-slate-400">
                ({m.moreFilters.includedIn(option.includedIn)})
              </span>
            ) : null}
          </label>
        ))}
        {selected !== null ? (
          <Button variant="ghost" size="sm" onClick={() => onChange(null)}>
            {m.moreFilters.selectAll}
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
  const m = useSectionMessages();
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
        {m.moreFilters.searchHint}
      </span>
    </div>
  );
}
