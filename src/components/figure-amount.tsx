import type { FigureText } from '../data/figure-format';

/** Shows the compact text; screen readers get the exact value instead. */
export function FigureAmount({ text }: { text: FigureText }) {
  if (text.short === text.full) return <>{text.short}</>;
  return (
    <>
      <span aria-hidden="true">{text.short}</span>
      <span className="sr-only">{text.full}</span>
    </>
  );
}
