/**
 * The notice of a link's ignored parts (English): shown only for such a link, so it
 * travels with the sections' text (`sections.ts`), not in the first screen's script.
 */
export const notice = {
  heading: 'Parts of this link were ignored',
  intro: 'The rest of the link was applied. Ignored:',
  dismiss: 'Dismiss',
  item: (key: string, value: string, reason: string) =>
    value === '' ? `${key}: ${reason}` : `${key} “${value}”: ${reason}`,
  reasons: {
    'unknown-parameter': 'not a parameter this dashboard knows',
    repeated: 'given more than once; the first value was used',
    'unknown-value': 'not a known value',
    'invalid-date': 'not a valid date (YYYY-MM-DD)',
    'from-after-to': 'the start date is after the end date',
    truncated: 'longer than 100 characters; shortened',
    'unknown-id': 'no person, event, figure or source has this id',
    'unknown-version': 'not a published data version; the latest data is shown',
  },
} as const;
