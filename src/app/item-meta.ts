/**
 * What the build writes around each item page's body (scripts/item-pages.mjs): its title,
 * description, preview image text and structured data (schema.org JSON-LD), from the same
 * formatting the page uses. Run only at build time, in Node (src/app/prerender.tsx).
 */
import { attributedTo, formatDateWithPrecision, formatFigure } from '../data/figure-format';
import { pageCitation } from '../data/citation';
import { agencyOf, figuresOfPerson, machineDate, sourcesOf } from '../data/record-selectors';
import type { Dataset, Figure, HstfEvent as Event, Person } from '../data/schema';
import { focusedItem, metricLabel, reportOf } from '../data/selectors';
import type { Messages } from '../i18n/messages';
import { itemPage, type ItemPage } from '../view-state/item-path';

/** The text of an item's 1200×630 preview image, drawn by the build. */
export interface ItemImage {
  /** "Claim · Arrests". */
  kicker: string;
  /** The number as stated, a name or a title: the largest text. */
  headline: string;
  lines: string[];
}

export interface ItemMeta {
  page: ItemPage;
  title: string;
  description: string;
  image: ItemImage;
  /** The image's text alternative. */
  imageAlt: string;
  /** The schema.org record: `Claim`, `Person` or `Event`. Addresses only with a site address. */
  jsonLd: Record<string, unknown>;
  /** The plain-text citation of the page, pinned to the data version. */
  citation: string;
}

const SCHEMA = 'https://schema.org';

/** At most `max` characters, cut at a word, for a description. */
function clip(text: string, max = 300): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

function creativeWorks(dataset: Dataset, sourceIds: readonly string[]) {
  return sourcesOf(dataset, sourceIds).map((source) => ({
    '@type': 'CreativeWork',
    name: source.title,
    ...(source.url ? { url: source.url } : {}),
    datePublished: machineDate(source),
    inLanguage: source.language,
    publisher: { '@type': 'Organization', name: source.publisher },
  }));
}

/** Who made a claim, for `author`: the person, or the agency of a release; none when unnamed. */
function authorOf(dataset: Dataset, figure: Figure) {
  const person = figure.personId ? focusedItem(dataset, figure.personId).person : undefined;
  if (person) return { '@type': 'Person', name: person.name, jobTitle: person.role };
  if (figure.attribution === 'reported') return undefined;
  const agencies = reportOf(dataset, figure).agencyIds.map((id) => agencyOf(dataset, id));
  const named = agencies
    .filter((a) => a !== undefined)
    .map((a) => ({ '@type': 'Organization', name: a.name }));
  return named.length === 0 ? undefined : named.length === 1 ? named[0] : named;
}

function figureMeta(dataset: Dataset, figure: Figure, m: Messages) {
  const report = reportOf(dataset, figure);
  const metric = metricLabel(dataset, figure.metricId);
  const value = formatFigure(figure, m).full;
  const date = formatDateWithPrecision(report.date, report.datePrecision, m.locale, { long: true });
  const who = attributedTo(figure, m);
  const period = dataset.periods.find((p) => p.id === figure.periodId);
  const support = m.support[figure.support];
  const author = authorOf(dataset, figure);
  return {
    title: `${metric}: ${value} (${who}, ${date})`,
    description: clip(
      m.itemPage.metaClaim(
        m.figure.attribution(figure.saidBy, date, figure.attribution === 'reported'),
        figure.quote.text,
        support,
      ),
    ),
    image: {
      kicker: `${m.itemPage.kind.figure} · ${metric}`,
      headline: `“${figure.statedAs}”`,
      lines: [
        value,
        who,
        date,
        `${m.itemPage.support}: ${support}`,
        ...(period ? [period.label] : []),
        ...(figure.caveat ? [`⚠ ${figure.caveat}`] : []),
      ],
    },
    jsonLd: {
      '@type': 'Claim',
      name: `${metric}: ${value}`,
      text: figure.quote.text,
      inLanguage: figure.quote.language,
      ...(author ? { author } : {}),
      datePublished: machineDate(report),
      appearance: creativeWorks(dataset, figure.sourceIds),
    },
  };
}

function personMeta(dataset: Dataset, person: Person, m: Messages) {
  const figures = figuresOfPerson(dataset, person.id).length;
  return {
    title: `${person.name}, ${person.role}`,
    description: clip(m.itemPage.metaPerson(person.role, person.organisation, person.quotes.length, figures)),
    image: {
      kicker: m.itemPage.kind.person,
      headline: person.name,
      lines: [person.role, person.organisation],
    },
    jsonLd: {
      '@type': 'Person',
      name: person.name,
      jobTitle: person.role,
      worksFor: { '@type': 'Organization', name: person.organisation },
      subjectOf: creativeWorks(dataset, person.sourceIds),
    },
  };
}

function eventMeta(dataset: Dataset, event: Event, m: Messages) {
  const date = formatDateWithPrecision(event.date, event.datePrecision, m.locale, {
    long: true,
    monthPart: event.monthPart,
    monthPartWords: m.timeline.monthPartWords,
  });
  const agencies = event.agencyIds.map((id) => agencyOf(dataset, id)).filter((a) => a !== undefined);
  return {
    title: `${event.title} (${date})`,
    description: clip(`${date}: ${event.summary}`),
    image: {
      kicker: `${m.itemPage.kind.event} · ${m.timeline.types[event.type]}`,
      headline: event.title,
      lines: [date],
    },
    jsonLd: {
      '@type': 'Event',
      name: event.title,
      startDate: machineDate(event),
      description: event.summary,
      ...(agencies.length > 0
        ? { organizer: agencies.map((a) => ({ '@type': 'Organization', name: a.name })) }
        : {}),
      subjectOf: creativeWorks(dataset, event.sourceIds),
    },
  };
}

/**
 * Every item page of the dataset, in the order figures, people, events. `siteUrl`: the
 * site's public address (ending in `/`), or `null`, when addresses stay relative.
 */
export function itemPages(dataset: Dataset, m: Messages, siteUrl: string | null): ItemMeta[] {
  const made = [
    ...dataset.figures.map((f) => ({ page: itemPage('figure', f.id), ...figureMeta(dataset, f, m) })),
    ...dataset.people.map((p) => ({ page: itemPage('person', p.id), ...personMeta(dataset, p, m) })),
    ...dataset.events.map((e) => ({ page: itemPage('event', e.id), ...eventMeta(dataset, e, m) })),
  ];
  return made.map(({ page, title, description, image, jsonLd }) => {
    const url = siteUrl ? `${siteUrl}${page.path}` : null;
    const permanent = `${url ?? page.path}?v=${dataset.version}`;
    return {
      page,
      title: m.app.documentTitle([title]),
      description,
      image,
      imageAlt: [image.kicker, image.headline, ...image.lines].join('. '),
      jsonLd: {
        '@context': SCHEMA,
        ...jsonLd,
        ...(url ? { url } : {}),
        isPartOf: { '@type': 'Dataset', name: dataset.title, version: dataset.version },
      },
      citation: pageCitation(dataset.version, permanent, m.citing.format),
    };
  });
}
