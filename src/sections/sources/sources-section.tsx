import { SupportBadge } from '../../components/support-badge';
import { FOCUSED_ITEM_CLASS, useFocusTarget } from '../../components/use-focus-target';
import { formatDateWithPrecision, formatFigure } from '../../data/figure-format';
import { metricLabel, reportDateText } from '../../data/selectors';
import type { Figure } from '../../data/schema';
import { SectionFrame } from '../../components/section-frame';
import { useMessages } from '../../i18n/i18n';
import type { SectionProps } from '../../view-state/section-props';
import { FocusLink } from '../shared/focus-link';
import { entryOfFocusedFigure, sourceEntries, visibleEntries, type SourceEntry } from './sources';

export function SourcesSection(props: SectionProps) {
  const { dataset, view, embedded } = props;
  const m = useMessages();
  const entries = sourceEntries(dataset);
  const shown = visibleEntries(entries, view.q, view.focus);
  const focusedFigure = entryOfFocusedFigure(dataset, shown, view.focus, embedded);
  return (
    <SectionFrame id="sources" heading={m.sources.heading} intro={m.sources.intro}>
      <p className="mt-1 text-sm font-medium">{m.sources.count(shown.length, entries.length)}</p>
      {embedded ? null : (
        <p className="mt-1 text-sm print:hidden">
          <a href="#versions" className="underline decoration-1 underline-offset-2 hover:decoration-2">
            {m.versions.sourcesLink}
          </a>
        </p>
      )}
      {shown.length === 0 ? (
        <p className="mt-4 rounded border border-dashed border-slate-400 p-4 text-sm dark:border-slate-500">
          {m.sources.empty}
        </p>
      ) : (
        <ol className="mt-4 space-y-3" aria-label={m.sources.heading}>
          {shown.map((entry) => (
            <SourceEntryView
              key={entry.source.id}
              {...props}
              entry={entry}
              focusedFigureId={focusedFigure?.sourceId === entry.source.id ? focusedFigure.figureId : null}
            />
          ))}
        </ol>
      )}
    </SectionFrame>
  );
}

function SourceEntryView({
  entry,
  focusedFigureId,
  ...props
}: SectionProps & { entry: SourceEntry; focusedFigureId: string | null }) {
  const m = useMessages();
  const { source } = entry;
  const focused = props.view.focus === source.id;
  const ref = useFocusTarget<HTMLLIElement>(focused);
  const headingId = `source-${source.id}-heading`;
  const date = formatDateWithPrecision(source.date, source.datePrecision, m.locale);
  const nothing =
    entry.figures.length === 0 &&
    entry.events.length === 0 &&
    entry.people.length === 0 &&
    entry.reports.length === 0;
  return (
    <li
      ref={ref}
      id={`source-${source.id}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      aria-current={focused ? 'true' : undefined}
      className={`scroll-mt-4 rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900 ${
        focused ? FOCUSED_ITEM_CLASS : ''
      }`}
    >
      <h3 id={headingId} className="font-semibold">
        {source.publisher}
      </h3>
      <p className="mt-0.5 text-sm" lang={source.language}>
        {source.title}
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
        <dt className="font-medium">{m.sources.published}</dt>
        <dd>
          {date}
          {source.dateNote ? ` (${source.dateNote})` : null}
        </dd>
        <dt className="font-medium">{m.sources.kindLabel}</dt>
        <dd>{m.sources.kind[source.kind]}</dd>
        <dt className="font-medium">{m.sources.languageLabel}</dt>
        <dd>{m.sources.language[source.language]}</dd>
      </dl>
      <p className="mt-2 text-sm">
        {source.url ? (
          <a
            href={source.url}
            target="_blank"
            rel="noopener noreferrer"
            className="font-medium text-sky-800 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-sky-300"
          >
            {m.sources.open}
            <span className="sr-only">
              : {source.title} {m.figure.opensInNewTab}
            </span>
            <span aria-hidden="true"> ↗</span>
          </a>
        ) : source.partialAddress ? (
          <span className="break-all">{m.sources.partialAddress(source.partialAddress)}</span>
        ) : (
          <span>{m.sources.noAddress}</span>
        )}
      </p>
      {source.note ? (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          <span className="font-medium">{m.figure.note}:</span> {source.note}
        </p>
      ) : null}
      {nothing ? (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{m.sources.nothingRelies}</p>
      ) : null}
      {entry.figures.length > 0 ? (
        <div className="mt-3">
          <h4 className="text-sm font-semibold">{m.sources.figures(entry.figures.length)}</h4>
          <ul className="mt-1 space-y-1 text-sm">
            {entry.figures.map((figure) => (
              <FigureItem
                key={figure.id}
                {...props}
                figure={figure}
                focused={figure.id === focusedFigureId}
              />
            ))}
          </ul>
        </div>
      ) : null}
      {entry.reports.length > 0 ? (
        <div className="mt-3">
          <h4 className="text-sm font-semibold">{m.sources.reports(entry.reports.length)}</h4>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {entry.reports.map((report) => (
              <li key={report.id}>
                {report.title} ({formatDateWithPrecision(report.date, report.datePrecision, m.locale)})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {entry.events.length > 0 ? (
        <div className="mt-3">
          <h4 className="text-sm font-semibold">{m.sources.events(entry.events.length)}</h4>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {entry.events.map((event) => (
              <li key={event.id}>
                <FocusLink {...props} target={event.id}>
                  {event.title}
                </FocusLink>{' '}
                ({formatDateWithPrecision(event.date, event.datePrecision, m.locale)})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {entry.people.length > 0 ? (
        <div className="mt-3">
          <h4 className="text-sm font-semibold">{m.sources.people(entry.people.length)}</h4>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {entry.people.map((person) => (
              <li key={person.id}>
                <FocusLink {...props} target={person.id}>
                  {person.name}
                </FocusLink>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

function FigureItem({ figure, focused, ...props }: SectionProps & { figure: Figure; focused: boolean }) {
  const m = useMessages();
  const ref = useFocusTarget<HTMLLIElement>(focused);
  const date = reportDateText(props.dataset, figure, m.locale);
  return (
    <li
      ref={ref}
      id={focused ? `source-figure-${figure.id}` : undefined}
      tabIndex={focused ? -1 : undefined}
      aria-current={focused ? 'true' : undefined}
      className={`flex flex-wrap items-center gap-x-2 gap-y-1 ${focused ? `${FOCUSED_ITEM_CLASS} rounded p-1` : ''}`}
    >
      <FocusLink {...props} target={figure.id}>
        {metricLabel(props.dataset, figure.metricId)}: {formatFigure(figure, m).full}
      </FocusLink>
      <span className="text-slate-700 dark:text-slate-300">— {m.figure.saidBy(figure.saidBy, date)}</span>
      <SupportBadge level={figure.support} />
    </li>
  );
}
