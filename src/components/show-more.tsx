import { Button } from './button';

/** "Show 10 more (24 not shown)": the rest of a paged list, a page at a time. */
export function ShowMore({
  remaining,
  label,
  onShowMore,
}: {
  remaining: number;
  /** The button's text, with the counts in it. */
  label: string;
  onShowMore: () => void;
}) {
  if (remaining <= 0) return null;
  return (
    <div className="mt-3 print:hidden">
      <Button size="sm" onClick={onShowMore}>
        {label}
      </Button>
    </div>
  );
}
