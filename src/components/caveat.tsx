import { useMessages } from '../i18n/i18n';

/**
 * A figure's caveat (it may count something besides its metric), in the dataset's words,
 * visible wherever the figure is shown; screen readers hear it named as a caveat. `clamp`: two
 * lines at most on a desk (the headline cards), the whole text on hover and to screen readers.
 */
export function Caveat({
  text,
  className = 'text-xs',
  clamp,
}: {
  text: string | undefined;
  className?: string;
  clamp?: boolean;
}) {
  const m = useMessages();
  return text ? (
    <p
      title={clamp ? text : undefined}
      className={`text-amber-900 dark:text-amber-200 ${clamp ? 'mt-0.5 lg:line-clamp-2' : ''} ${className}`}
    >
      <span aria-hidden="true">⚠ </span>
      <span className="sr-only">{m.figure.caveat}: </span>
      {text}
    </p>
  ) : null;
}
