import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

import type { Dataset } from '../../data/schema';
import { useSectionMessages } from '../../i18n/i18n';
import type { ChartExport } from './chart-export';

type Format = 'csv' | 'svg' | 'png';
const FORMATS: readonly Format[] = ['csv', 'svg', 'png'];

// The file-making code arrives only when a menu is first opened (or hovered), never on load.
const loadActions = () => import('./export-actions');

interface DownloadMenuProps {
  dataset: Dataset;
  /** The chart's title, completing the button's accessible name. */
  title: string;
  /** Builds the file's content when a format is chosen (not on every render). */
  describe: () => ChartExport;
  /** False while the frame shows the table instead of the drawing. */
  imageAvailable: boolean;
}

const BUTTON =
  'rounded border border-slate-500 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:border-slate-400 dark:hover:bg-slate-800 dark:focus-visible:outline-sky-300';
const ITEM =
  'block w-full px-3 py-1.5 text-left text-sm hover:bg-slate-100 focus:bg-slate-100 focus:outline-none focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-700 aria-disabled:cursor-not-allowed aria-disabled:text-slate-600 dark:hover:bg-slate-800 dark:focus:bg-slate-800 dark:focus-visible:outline-sky-300 dark:aria-disabled:text-slate-400';

/**
 * A menu button (WAI-ARIA APG pattern) in a chart's frame: Data (CSV), Image (SVG),
 * Image (PNG). Arrow keys move between items, Escape closes and returns focus to the
 * button, and the result is announced in a status region.
 */
export function DownloadMenu({ dataset, title, describe, imageAvailable }: DownloadMenuProps) {
  const m = useSectionMessages();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const focusOnOpen = useRef<number | null>(null);

  useEffect(() => {
    if (!open) return;
    if (focusOnOpen.current !== null) itemRefs.current[focusOnOpen.current]?.focus();
    focusOnOpen.current = null;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openMenu = (focusIndex: number) => {
    void loadActions();
    focusOnOpen.current = focusIndex;
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const disabled = (format: Format) => format !== 'csv' && !imageAvailable;
  const labels: Record<Format, string> = {
    csv: m.exports.menu.csv,
    svg: m.exports.menu.svg,
    png: m.exports.menu.png,
  };

  const choose = async (format: Format) => {
    if (disabled(format)) return;
    close(true);
    setStatus(m.exports.menu.preparing);
    const spec = describe();
    const frame = rootRef.current?.closest('figure') ?? null;
    const context = { dataset, messages: m, viewUrl: window.location.href };
    try {
      const actions = await loadActions();
      const saved =
        format === 'csv'
          ? actions.downloadChartCsv(spec, context)
          : frame === null
            ? null
            : format === 'svg'
              ? actions.downloadChartSvg(spec, frame, context)
              : await actions.downloadChartPng(spec, frame, context);
      setStatus(saved === null ? m.exports.menu.chartLoading : m.exports.menu.saved(saved));
    } catch {
      setStatus(m.exports.menu.failed(`hstf-${spec.what}.${format}`));
    }
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowDown' ? 0 : FORMATS.length - 1);
    }
  };
  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = itemRefs.current;
    const current = items.findIndex((item) => item === document.activeElement);
    const move = (index: number) => items[(index + FORMATS.length) % FORMATS.length]?.focus();
    if (event.key === 'ArrowDown') move(current + 1);
    else if (event.key === 'ArrowUp') move(current - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(FORMATS.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
  };

  return (
    <div ref={rootRef} className="relative print:hidden">
      <button
        ref={buttonRef}
        id={`${id}-button`}
        type="button"
        aria-label={m.exports.menu.label(title)}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? close(false) : openMenu(0))}
        onKeyDown={onButtonKeyDown}
        onPointerEnter={() => void loadActions()}
        className={BUTTON}
      >
        {m.exports.menu.button}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open ? (
        <ul
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          onKeyDown={onMenuKeyDown}
          className="absolute right-0 z-20 mt-1 min-w-56 rounded border border-slate-400 bg-white py-1 shadow-lg dark:border-slate-500 dark:bg-slate-900"
        >
          {FORMATS.map((format, i) => (
            <li key={format} role="none">
              <button
                ref={(element) => {
                  itemRefs.current[i] = element;
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-disabled={disabled(format) || undefined}
                onClick={() => void choose(format)}
                className={ITEM}
              >
                {labels[format]}
                {disabled(format) ? (
                  <span className="block text-xs">({m.exports.menu.imageNeedsChart})</span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  );
}
