import { useMessages } from '../i18n/i18n';
import { Button } from './button';
import type { Paging } from './use-paging';

/** "Show 10 more (24 not shown)": the rest of a paged list, a page at a time. */
export function ShowMore({ paging }: { paging: Pick<Paging, 'remaining' | 'nextCount' | 'showMore'> }) {
  const m = useMessages();
  if (paging.remaining <= 0) return null;
  return (
    <div className="mt-3 print:hidden noscript:hidden">
      <Button size="sm" onClick={paging.showMore}>
        {m.lists.showMore(paging.nextCount, paging.remaining)}
      </Button>
    </div>
  );
}
