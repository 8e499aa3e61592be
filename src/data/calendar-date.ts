import { regexes } from 'zod/v4/core';

/**
 * Whether `text` is a real calendar day, `YYYY-MM-DD` (`2025-02-30` is not). This is zod's
 * own pattern, the one `z.iso.date()` in the schema checks, taken alone so that the URL
 * contract can use it without bringing the whole validator into the first download.
 */
export function isCalendarDate(text: string): boolean {
  return regexes.date.test(text);
}
