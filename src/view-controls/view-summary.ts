import { agencyParentsOf, componentsOf } from '../data/agencies';
import { formatDay } from '../lib/format';
import { focusedItem } from '../data/selectors';
import type { Dataset } from '../data/schema';
import type { CoreMessages } from '../i18n/messages';
import type { ViewState } from '../view-state/view-state';

function labels(
  ids: readonly string[] | null,
  all: { id: string; label: string }[],
  m: CoreMessages,
): string | null {
  if (ids === null) return null;
  if (ids.length === 0) return m.filters.none;
  return all
    .filter((item) => ids.includes(item.id))
    .map((item) => item.label)
    .join(', ');
}

/** Agencies in words, each parent with the components it includes: "DOJ (incl. FBI)". */
function agencyLabels(dataset: Dataset, m: CoreMessages): { id: string; label: string }[] {
  const parents = agencyParentsOf(dataset.agencies);
  const all = dataset.agencies.map((a) => a.id);
  const short = new Map(dataset.agencies.map((a) => [a.id, a.shortName]));
  return dataset.agencies.map((a) => {
    const components = componentsOf(parents, all, a.id).map((id) => short.get(id) ?? id);
    return {
      id: a.id,
      label: components.length > 0 ? m.filters.including(a.shortName, components.join(', ')) : a.shortName,
    };
  });
}

interface ActiveFilter {
  key: 'category' | 'agency' | 'type' | 'from' | 'to' | 'q';
  /** "Category: Drugs, Firearms". */
  text: string;
  /** The view without this filter. */
  remove: (state: ViewState) => ViewState;
}

/** The active filters, each in words with the change that removes it. */
export function activeFilters(view: ViewState, dataset: Dataset, m: CoreMessages): ActiveFilter[] {
  const items: [ActiveFilter['key'], string, string | null][] = [
    ['category', m.filters.category, labels(view.category, dataset.categories, m)],
    ['agency', m.filters.agency, labels(view.agency, agencyLabels(dataset, m), m)],
    [
      'type',
      m.filters.eventType,
      labels(
        view.type,
        Object.entries(m.filters.eventTypes).map(([id, label]) => ({ id, label })),
        m,
      ),
    ],
    ['from', m.filters.from, view.from ? formatDay(view.from, m.locale) : null],
    ['to', m.filters.to, view.to ? formatDay(view.to, m.locale) : null],
    ['q', m.filters.search, view.q.trim() ? `“${view.q.trim()}”` : null],
  ];
  return items.flatMap(([key, name, value]) =>
    value === null
      ? []
      : [
          {
            key,
            text: m.filters.summaryItem(name, value),
            remove: (state: ViewState) => ({ ...state, [key]: key === 'q' ? '' : null }),
          },
        ],
  );
}

/** The active filters in words, e.g. ["Category: Drugs", "From: Aug 25, 2025"]. */
export function activeFilterLabels(view: ViewState, dataset: Dataset, m: CoreMessages): string[] {
  return activeFilters(view, dataset, m).map((filter) => filter.text);
}

/**
 * The tab and history title: the most telling parts of the view first, so shared tabs
 * and Back menus are legible ("Drugs · HSTF Dashboard").
 */
export function documentTitle(view: ViewState, dataset: Dataset, m: CoreMessages): string {
  const parts: string[] = [];
  if (view.embed) parts.push(m.panels[view.embed]);
  if (view.category !== null) parts.push(labels(view.category, dataset.categories, m) ?? '');
  if (view.agency !== null) {
    parts.push(labels(view.agency, agencyLabels(dataset, m), m) ?? '');
  }
  if (view.type !== null) {
    parts.push(
      labels(
        view.type,
        Object.entries(m.filters.eventTypes).map(([id, label]) => ({ id, label })),
        m,
      ) ?? '',
    );
  }
  if (view.q.trim()) parts.push(`“${view.q.trim()}”`);
  if (view.focus) {
    const item = focusedItem(dataset, view.focus);
    const name = item.person?.name ?? item.event?.title ?? item.source?.publisher;
    if (name) parts.push(name);
  }
  return m.app.documentTitle(parts);
}
