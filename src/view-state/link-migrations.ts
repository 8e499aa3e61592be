/**
 * Old links are migrated, never broken (docs/architecture.md, the URL contract). Each migration is a pure
 * function from one shape of the query string to the next, applied in order before the
 * link is parsed, like Grapher's URL migrations; the result is written back in canonical
 * form. Add new ones at the end, each with a test, and never edit a published one.
 */

interface MigrationContext {
  /** Retired dataset id → current id (`aliases` in the dataset). */
  aliases: ReadonlyMap<string, string>;
}

interface LinkMigration {
  id: string;
  migrate: (params: URLSearchParams, context: MigrationContext) => URLSearchParams;
}

/** Parameters whose values are dataset ids: renaming an id must not break them. */
const ID_PARAMS = ['category', 'agency', 'focus'] as const;

export const LINK_MIGRATIONS: readonly LinkMigration[] = [
  {
    // Data version 2026-11-28-2 split the source `es-secondary` in two and kept its old id as
    // an alias; every later rename works the same way, through the dataset's `aliases`.
    id: 'renamed-dataset-ids',
    migrate(params, { aliases }) {
      const next = new URLSearchParams();
      for (const [key, value] of params) {
        const mapped = (ID_PARAMS as readonly string[]).includes(key)
          ? value
              .split(',')
              .map((piece) => aliases.get(piece.trim().toLowerCase()) ?? piece)
              .join(',')
          : value;
        next.append(key, mapped);
      }
      return next;
    },
  },
];

/** The query string after every migration; the same text when none applied. */
export function migrateLink(search: string, context: MigrationContext): string {
  const params = new URLSearchParams(search);
  const before = params.toString();
  const after = LINK_MIGRATIONS.reduce((p, m) => m.migrate(p, context), params).toString();
  return after === before ? search : `?${after}`;
}
