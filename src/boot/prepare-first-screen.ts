import type { Dataset } from '../data/schema';
import { indexOf, mainPeriod, prepareFigureGroups } from '../data/selectors';
import { formatLongDay, formatNumber } from '../lib/format';
import { nextTask } from '../lib/next-task';
import { vocabularyOf } from '../view-state/view-state';

/**
 * Does ahead of the first render, each in a task of its own, the work that render would
 * otherwise do in one: the first use of Intl loads ICU's data for the locale (about 40 ms on
 * this machine, four times that on a slow phone) unless the worker started before the first
 * paint (public/warm-intl.js) has loaded it already, and the dataset's indexes, its main
 * period, the link vocabulary and the figure lists by period and metric are made once per
 * dataset (tens of milliseconds each at 100× today's data). React cannot split a component's
 * render, so done inside it they made one long task. Every step is cached where the render finds it.
 * `dataset` is absent when it is not the one the page will show (another language's text).
 */
export async function prepareFirstScreen(locale: string, dataset: Dataset | undefined): Promise<void> {
  const steps: (() => unknown)[] = [() => formatLongDay('2025-01-20', locale), () => formatNumber(1, locale)];
  if (dataset) {
    steps.push(
      () => indexOf(dataset),
      () => mainPeriod(dataset),
      () => vocabularyOf(dataset),
      () => prepareFigureGroups(dataset),
    );
  }
  for (const step of steps) {
    await nextTask();
    step();
  }
}
