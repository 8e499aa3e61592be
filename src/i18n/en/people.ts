/** Interface text of the people section (English). Part of the one message module, `../messages.ts`. */
export const people = {
  heading: 'People involved',
} as const;
