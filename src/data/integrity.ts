import * as z from 'zod/mini';

import type { DatasetProblem, FocusKind, ReferenceKind } from '../i18n/problems';
import type { ProblemParams } from './describe-issue';
import { datasetSchema, type Dataset } from './schema';

interface IntegrityIssue {
  path: (string | number)[];
  problem: DatasetProblem;
}

/**
 * Checks what a per-record schema cannot: ids are unique within their kind and
 * every reference resolves. Run as part of the schema (`hstfDatasetSchema` below), so
 * a dangling reference is reported like any other invalid path.
 */
export function checkIntegrity(data: Dataset): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const idSets = {
    categories: uniqueIds(data.categories, 'categories', issues),
    agencies: uniqueIds(data.agencies, 'agencies', issues),
    sources: uniqueIds(data.sources, 'sources', issues),
    periods: uniqueIds(data.periods, 'periods', issues),
    metrics: uniqueIds(data.metrics, 'metrics', issues),
    reports: uniqueIds(data.reports, 'reports', issues),
    figures: uniqueIds(data.figures, 'figures', issues),
    events: uniqueIds(data.events, 'events', issues),
    people: uniqueIds(data.people, 'people', issues),
    groups: uniqueIds(data.groups, 'groups', issues),
  };

  // focus=<id> addresses people, events, figures and sources by id alone.
  const focusable = new Map<string, FocusKind>();
  for (const kind of ['people', 'events', 'figures', 'sources'] as const) {
    data[kind].forEach((item, index) => {
      const other = focusable.get(item.id);
      if (other) {
        issues.push({
          path: [kind, index, 'id'],
          problem: { kind: 'shared-id', id: item.id, usedIn: other },
        });
      } else {
        focusable.set(item.id, kind);
      }
    });
  }

  const ref = (
    set: Set<string>,
    kind: ReferenceKind,
    id: string | undefined,
    path: (string | number)[],
  ): void => {
    if (id !== undefined && !set.has(id)) {
      issues.push({ path, problem: { kind: 'unknown-id', of: kind, id } });
    }
  };
  const refs = (set: Set<string>, kind: ReferenceKind, ids: string[], path: (string | number)[]): void => {
    ids.forEach((id, i) => ref(set, kind, id, [...path, i]));
  };

  data.agencies.forEach((a, i) => ref(idSets.agencies, 'agency', a.parentId, ['agencies', i, 'parentId']));
  issues.push(...agencyCycles(data));
  // An alias must name an id that no longer exists, and lead to one that does.
  const linkable = new Set([...focusable.keys(), ...idSets.categories, ...idSets.agencies]);
  for (const [oldId, newId] of Object.entries(data.aliases)) {
    if (linkable.has(oldId)) {
      issues.push({ path: ['aliases', oldId], problem: { kind: 'alias-of-current-id', id: oldId } });
    }
    if (!linkable.has(newId)) {
      issues.push({ path: ['aliases', oldId], problem: { kind: 'unknown-id', of: null, id: newId } });
    }
  }
  data.metrics.forEach((m, i) => ref(idSets.categories, 'category', m.category, ['metrics', i, 'category']));
  data.periods.forEach((p, i) => {
    if (p.from > p.to) issues.push({ path: ['periods', i, 'to'], problem: { kind: 'period-order' } });
  });
  data.reports.forEach((r, i) => {
    refs(idSets.people, 'person', r.personIds, ['reports', i, 'personIds']);
    refs(idSets.agencies, 'agency', r.agencyIds, ['reports', i, 'agencyIds']);
    ref(idSets.periods, 'period', r.periodId, ['reports', i, 'periodId']);
    refs(idSets.sources, 'source', r.sourceIds, ['reports', i, 'sourceIds']);
  });
  const metricById = new Map(data.metrics.map((m) => [m.id, m]));
  data.figures.forEach((f, i) => {
    ref(idSets.metrics, 'metric', f.metricId, ['figures', i, 'metricId']);
    ref(idSets.categories, 'category', f.category, ['figures', i, 'category']);
    ref(idSets.people, 'person', f.personId, ['figures', i, 'personId']);
    ref(idSets.reports, 'report', f.reportId, ['figures', i, 'reportId']);
    ref(idSets.periods, 'period', f.periodId, ['figures', i, 'periodId']);
    ref(idSets.groups, 'group', f.groupId, ['figures', i, 'groupId']);
    refs(idSets.sources, 'source', f.sourceIds, ['figures', i, 'sourceIds']);
    const metric = metricById.get(f.metricId);
    if (metric && metric.category !== f.category) {
      issues.push({
        path: ['figures', i, 'category'],
        problem: { kind: 'category-mismatch', category: f.category, metricCategory: metric.category },
      });
    }
  });
  data.events.forEach((e, i) => {
    refs(idSets.agencies, 'agency', e.agencyIds, ['events', i, 'agencyIds']);
    refs(idSets.categories, 'category', e.categories, ['events', i, 'categories']);
    refs(idSets.sources, 'source', e.sourceIds, ['events', i, 'sourceIds']);
    ref(idSets.reports, 'report', e.reportId, ['events', i, 'reportId']);
    if (e.monthPart && e.datePrecision !== 'month') {
      issues.push({ path: ['events', i, 'monthPart'], problem: { kind: 'month-part' } });
    }
  });
  data.people.forEach((p, i) => {
    ref(idSets.agencies, 'agency', p.agencyId, ['people', i, 'agencyId']);
    refs(idSets.sources, 'source', p.sourceIds, ['people', i, 'sourceIds']);
    if (p.secondaryTitle) {
      refs(idSets.sources, 'source', p.secondaryTitle.sourceIds, [
        'people',
        i,
        'secondaryTitle',
        'sourceIds',
      ]);
    }
    p.quotes.forEach((q, j) =>
      refs(idSets.sources, 'source', q.sourceIds, ['people', i, 'quotes', j, 'sourceIds']),
    );
    p.changes.forEach((c, j) =>
      refs(idSets.sources, 'source', c.sourceIds, ['people', i, 'changes', j, 'sourceIds']),
    );
  });
  data.groups.forEach((g, i) => {
    g.mentions.forEach((m, j) =>
      refs(idSets.sources, 'source', m.sourceIds, ['groups', i, 'mentions', j, 'sourceIds']),
    );
  });
  return issues;
}

/** An agency nested in itself, directly or through its parents, would make `agency=` filters loop. */
function agencyCycles(data: Dataset): IntegrityIssue[] {
  const parentOf = new Map(data.agencies.map((a) => [a.id, a.parentId]));
  const issues: IntegrityIssue[] = [];
  data.agencies.forEach((agency, index) => {
    const seen = new Set<string>([agency.id]);
    for (let parent = agency.parentId; parent !== undefined; parent = parentOf.get(parent)) {
      if (seen.has(parent)) {
        issues.push({
          path: ['agencies', index, 'parentId'],
          problem: { kind: 'agency-cycle', id: agency.id },
        });
        return;
      }
      seen.add(parent);
    }
  });
  return issues;
}

function uniqueIds(items: { id: string }[], kind: string, issues: IntegrityIssue[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      issues.push({ path: [kind, index, 'id'], problem: { kind: 'duplicate-id', id: item.id } });
    }
    seen.add(item.id);
  });
  return seen;
}

/**
 * The dataset as the app accepts it: the shape (`schema.ts`) plus unique ids and resolving
 * references. Declared here, not in `schema.ts`, so the two modules do not import each other.
 */
export const hstfDatasetSchema = datasetSchema.check(
  z.superRefine((data, ctx) => {
    for (const issue of checkIntegrity(data)) {
      const params: ProblemParams = { problem: issue.problem };
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.problem.kind, params });
    }
  }),
);
