/** Interface text of the timeline section (English). Part of the one message module, `../messages.ts`. */
export const timeline = {
  heading: 'Timeline of events',
} as const;
