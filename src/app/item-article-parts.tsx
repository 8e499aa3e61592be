import { Quote } from '../components/quote';
import { formatDateWithPrecision } from '../data/figure-format';
import { agencyName, figuresOfPerson, figuresOfReport, machineDate } from '../data/record-selectors';
import type { Dataset, HstfEvent as Event, Person } from '../data/schema';
import { byReportOrder } from '../data/selectors';
import { useSectionMessages } from '../i18n/i18n';
import { formatDay } from '../lib/format';
import type { NavContext } from '../sections/shared/section-props';
import { Detail, FigureList, SourceList, Support } from './item-article-shared';

interface PersonProps {
  dataset: Dataset;
  person: Person;
  nav: NavContext;
}

/** A person's page: role and its later changes, quotes, the figures they announced, sources. */
export function PersonDetails({ dataset, person, nav }: PersonProps) {
  const m = useSectionMessages();
  const figures = byReportOrder(dataset, figuresOfPerson(dataset, person.id));
  return (
    <>
      <h2 id="item-heading" className="text-lg font-semibold">
        {person.name}
      </h2>
      <dl className="mt-3 space-y-2 text-sm">
        <Detail term={m.itemPage.role}>{person.role}</Detail>
        {person.secondaryTitle ? (
          <Detail term={m.itemPage.secondaryTitle}>
            {person.secondaryTitle.title},{' '}
            {m.itemPage.since(formatDay(person.secondaryTitle.since, m.locale))}
          </Detail>
        ) : null}
        <Detail term={m.itemPage.organisation}>
          {person.organisation}
          {person.agencyId && agencyName(dataset, person.agencyId) !== person.organisation
            ? ` (${agencyName(dataset, person.agencyId)})`
            : null}
        </Detail>
        <Detail term={m.itemPage.appearance}>
          {person.appearance.map((a) => m.people.appearances[a]).join(', ')}
          {person.appearanceNote ? `. ${person.appearanceNote}` : null}
        </Detail>
        <Detail term={m.itemPage.support}>
          <Support level={person.support} />
        </Detail>
        {person.note ? <Detail term={m.itemPage.note}>{person.note}</Detail> : null}
        <Detail term={m.itemPage.sources}>
          <SourceList dataset={dataset} sourceIds={person.sourceIds} />
        </Detail>
      </dl>
      <h3 className="mt-4 text-base font-semibold">{m.itemPage.changes}</h3>
      {person.changes.length === 0 ? (
        <p className="mt-1 text-sm">{m.itemPage.noChanges}</p>
      ) : (
        <ul className="mt-1 space-y-2 text-sm">
          {person.changes.map((change, i) => (
            <li key={i}>
              <time dateTime={machineDate(change)}>
                {formatDateWithPrecision(change.date, change.datePrecision, m.locale, { long: true })}
              </time>
              : {change.description} · {m.support[change.support]}
              <SourceList dataset={dataset} sourceIds={change.sourceIds} />
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-4 text-base font-semibold">{m.itemPage.quotes}</h3>
      {person.quotes.length === 0 ? (
        <p className="mt-1 text-sm">{m.itemPage.noQuotes}</p>
      ) : (
        <ul className="mt-1 space-y-3 text-sm">
          {person.quotes.map((quote, i) => (
            <li key={i}>
              <Quote text={quote.text} verbatim lang={quote.language} />
              <p className="mt-0.5">
                <time dateTime={machineDate(quote)}>
                  {formatDateWithPrecision(quote.date, quote.datePrecision, m.locale, { long: true })}
                </time>
                {quote.dateNote ? ` (${quote.dateNote})` : null}
                {quote.context ? ` · ${quote.context}` : null} · {m.sources.language[quote.language]}
              </p>
              <SourceList dataset={dataset} sourceIds={quote.sourceIds} />
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-4 text-base font-semibold">{m.itemPage.figuresAnnounced}</h3>
      {figures.length === 0 ? (
        <p className="mt-1 text-sm">{m.itemPage.noFigures}</p>
      ) : (
        <FigureList dataset={dataset} figures={figures} nav={nav} m={m} />
      )}
    </>
  );
}

interface EventProps {
  dataset: Dataset;
  event: Event;
  nav: NavContext;
}

/** An event's page: its date as precise as known, type, summary, agencies, figures, sources. */
export function EventDetails({ dataset, event, nav }: EventProps) {
  const m = useSectionMessages();
  const figures = event.reportId ? byReportOrder(dataset, figuresOfReport(dataset, event.reportId)) : [];
  const date = formatDateWithPrecision(event.date, event.datePrecision, m.locale, {
    long: true,
    monthPart: event.monthPart,
    monthPartWords: m.timeline.monthPartWords,
  });
  return (
    <>
      <h2 id="item-heading" className="text-lg font-semibold text-balance">
        {event.title}
      </h2>
      <dl className="mt-3 space-y-2 text-sm">
        <Detail term={m.itemPage.date}>
          <time dateTime={machineDate(event)}>{date}</time>
          {event.datePrecision === 'day' ? null : ` (${m.timeline.approximate})`}
          {event.dateNote ? ` (${event.dateNote})` : null}
        </Detail>
        <Detail term={m.itemPage.type}>{m.timeline.types[event.type]}</Detail>
        <Detail term={m.itemPage.summary}>{event.summary}</Detail>
        {event.agencyIds.length > 0 ? (
          <Detail term={m.itemPage.agencies}>
            {event.agencyIds.map((id) => agencyName(dataset, id)).join(', ')}
          </Detail>
        ) : null}
        <Detail term={m.itemPage.support}>
          <Support level={event.support} />
        </Detail>
        {event.note ? <Detail term={m.itemPage.note}>{event.note}</Detail> : null}
        <Detail term={m.itemPage.sources}>
          <SourceList dataset={dataset} sourceIds={event.sourceIds} />
        </Detail>
      </dl>
      {figures.length > 0 ? (
        <>
          <h3 className="mt-4 text-base font-semibold">{m.itemPage.figuresInReport}</h3>
          <FigureList dataset={dataset} figures={figures} nav={nav} m={m} />
        </>
      ) : null}
    </>
  );
}
