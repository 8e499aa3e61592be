import { SectionFrame } from '../../components/section-frame';
import { focusTargetOf } from '../../data/focus-target';
import { mainPeriod } from '../../data/selectors';
import { useSectionMessages } from '../../i18n/i18n';
import type { SectionProps } from '../shared/section-props';
import { NoFiguresState } from '../shared/section-states';
import { arrestsByGroupView } from './arrests-by-group';
import { ArrestsByGroupChart } from './arrests-by-group-chart';
import { drugsSeizedView } from './drugs-seized';
import { DrugsSeizedChart } from './drugs-seized-chart';
import { narcoticsDisagreementView } from './narcotics-disagreement';
import { NarcoticsDisagreementChart } from './narcotics-disagreement-chart';
import { reportedChangeView } from './reported-change';
import { ReportedChangeChart } from './reported-change-chart';

/** The outcome charts in a responsive grid; each chart derives its data once, in its own module. */
export function OutcomesSection({ dataset, view, nav }: SectionProps) {
  const m = useSectionMessages();
  const period = mainPeriod(dataset);
  const context = { dataset, view, nav };
  const change = reportedChangeView(dataset, view, view.metric, m);
  const groups = arrestsByGroupView(dataset, view, m);
  const drugs = drugsSeizedView(dataset, view, m);
  const narcotics = narcoticsDisagreementView(dataset, view, m);
  const target = focusTargetOf(dataset, view.focus, view.embed === 'sources');
  const focusedChart = target?.kind === 'figure' && target.place === 'chart' ? target.chartId : null;
  const nothing =
    change === null && groups.rows.length === 0 && drugs.weights.length === 0 && narcotics.rows.length === 0;

  return (
    <SectionFrame id="outcomes" heading={m.sectionHeadings.outcomes} intro={m.outcomes.intro(period.label)}>
      {nothing ? (
        <NoFiguresState view={view} nav={nav} message={m.outcomes.empty} />
      ) : (
        <div className="mt-3 grid gap-3 lg:grid-cols-2 lg:gap-4">
          {change ? <ReportedChangeChart context={context} change={change} /> : null}
          {groups.rows.length > 0 ? (
            <ArrestsByGroupChart
              context={context}
              groups={groups}
              focused={focusedChart === 'arrests-by-group'}
            />
          ) : null}
          {drugs.weights.length > 0 ? (
            <DrugsSeizedChart context={context} drugs={drugs} focused={focusedChart === 'drugs-seized'} />
          ) : null}
          {narcotics.rows.length > 0 ? (
            <NarcoticsDisagreementChart context={context} narcotics={narcotics} />
          ) : null}
        </div>
      )}
    </SectionFrame>
  );
}
