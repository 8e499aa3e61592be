/** Interface text of the outcomes section (English). Part of the one message module, `../messages.ts`. */
export const outcomes = {
  heading: 'Reported outcomes',
} as const;
