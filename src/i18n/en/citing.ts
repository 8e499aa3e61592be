/**
 * Interface text of citing and embedding a view, and of the licences (English): the
 * "Cite or embed" dialog, the footer's licence line, the printed citation and the words a
 * citation changes with the language. Loaded with the sections' text.
 */
export const citing = {
  heading: 'Cite or embed this view',
  close: 'Close',
  cite: {
    heading: 'Cite this view',
    intro: (version: string) =>
      `The citation names data version ${version} and the permanent link of this view, which keeps showing that version; the access date is today.`,
    plain: 'Plain text',
    bibtex: 'BibTeX',
    copyPlain: 'Copy the plain-text citation',
    copyBibtex: 'Copy the BibTeX entry',
  },
  embed: {
    heading: 'Embed a panel',
    intro:
      'Paste this code into a web page to show one panel of this view there, pinned to this data version, with a link to the full dashboard.',
    panel: 'Panel',
    code: 'Embed code (HTML)',
    copy: 'Copy the embed code',
    /** The iframe's title, which screen readers announce on the other site. */
    frameTitle: (panel: string) => `HSTF Dashboard: ${panel}`,
  },
  copied: {
    plain: 'Plain-text citation copied to the clipboard.',
    bibtex: 'BibTeX entry copied to the clipboard.',
    embed: 'Embed code copied to the clipboard.',
  },
  copyFailed: 'Could not copy automatically: the text is selected, copy it with Ctrl+C (⌘C on a Mac).',
  /** The words of a citation in this language (src/data/citation.ts composes them). */
  format: {
    dataSet: (version: string) => `Data set, version ${version}`,
    accessed: (date: string) => `Accessed ${date}`,
  },
  licence: {
    /** Before the data licence's name in the footer: "Data: CC BY 4.0". */
    data: 'Data',
    code: 'code',
    /** The page of the Creative Commons licence in this language. */
    deed: 'deed.en',
    quotes: 'Quotes are their speakers’ words, reproduced for reference; they are not under this licence.',
    /** On paper, under the licences. */
    citeAs: (citation: string) => `Cite as: ${citation}`,
  },
} as const;

/** The page's footer: below the first screen, so its text is loaded with the sections'. */
export const footer = {
  about:
    'Open-source dataset written by hand from public sources. Each figure keeps its source’s own wording; successive statements about the same period are shown as successive claims, never added together.',
  version: (id: string) => `Data version ${id}.`,
} as const;
