/**
 * The timeline's event types, in display order. A plain list, apart from the schema, so the
 * URL contract can use it without bringing the validator into the first download.
 */
export const EVENT_TYPE_IDS = ['policy', 'operation', 'meeting', 'speech', 'report'] as const;
