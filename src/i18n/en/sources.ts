/** Interface text of the sources section (English). Part of the one message module, `../messages.ts`. */
export const sources = {
  heading: 'Sources',
} as const;
