import { useId, useRef, useState } from 'react';

import { Button } from '../components/button';
import { Dialog } from '../components/dialog';
import { bibtexCitation, plainCitation } from '../data/citation';
import { useSectionMessages } from '../i18n/i18n';
import { PANEL_IDS, type PanelId } from '../view-state/view-state';
import { embedCode } from './embed-code';
import { LicenceText } from './licence-line';
import type { CiteRequest } from './view-address';

/**
 * "Cite or embed": the view's citation as plain text and as BibTeX, and the `<iframe>` code of
 * one of its panels, each in a read-only field with its own Copy button. Loaded on the first
 * press of the header's button (share-button.tsx), which reads the address and the date;
 * kept mounted once loaded, so that the native dialog returns focus to that button on close.
 */
export default function CiteDialog({
  version,
  request,
  onClose,
}: {
  version: string;
  request: CiteRequest;
  onClose: () => void;
}) {
  const m = useSectionMessages();
  const id = useId();
  const [panel, setPanel] = useState<PanelId>('kpis');
  const open = !request.closed;

  const input = { version, url: request.url, accessed: request.accessed };
  const c = m.citing;
  return (
    <Dialog open={open} onClose={onClose} labelledBy={`${id}-heading`} closeLabel={c.close}>
      <h2 id={`${id}-heading`} className="pr-20 text-lg font-semibold text-balance">
        {c.heading}
      </h2>
      <section aria-labelledby={`${id}-cite`} className="mt-3">
        <h3 id={`${id}-cite`} className="font-semibold">
          {c.cite.heading}
        </h3>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{c.cite.intro(version)}</p>
        <CopyField
          label={c.cite.plain}
          value={plainCitation(input, { locale: m.locale, ...c.format })}
          copyLabel={c.cite.copyPlain}
          copied={c.copied.plain}
          failed={c.copyFailed}
          rows={4}
        />
        <CopyField
          label={c.cite.bibtex}
          value={bibtexCitation(input)}
          copyLabel={c.cite.copyBibtex}
          copied={c.copied.bibtex}
          failed={c.copyFailed}
          rows={9}
          mono
        />
      </section>
      <section
        aria-labelledby={`${id}-embed`}
        className="mt-5 border-t border-slate-200 pt-4 dark:border-slate-700"
      >
        <h3 id={`${id}-embed`} className="font-semibold">
          {c.embed.heading}
        </h3>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{c.embed.intro}</p>
        <label className="mt-3 flex flex-wrap items-center gap-2 text-sm font-medium">
          {c.embed.panel}
          <select
            value={panel}
            onChange={(event) => setPanel(event.currentTarget.value as PanelId)}
            className="min-h-8 rounded-md border border-slate-400 bg-white px-2 text-sm font-normal dark:border-slate-500 dark:bg-slate-800"
          >
            {PANEL_IDS.map((id) => (
              <option key={id} value={id}>
                {m.panels[id]}
              </option>
            ))}
          </select>
        </label>
        <CopyField
          label={c.embed.code}
          value={embedCode(input.url, panel, c.embed.frameTitle(m.panels[panel]))}
          copyLabel={c.embed.copy}
          copied={c.copied.embed}
          failed={c.copyFailed}
          rows={4}
          mono
        />
      </section>
      <p className="mt-5 border-t border-slate-200 pt-3 text-xs text-slate-700 dark:border-slate-700 dark:text-slate-300">
        <LicenceText />
      </p>
    </Dialog>
  );
}

/** The outcome of the last press, for the text it was made with: a changed text clears it. */
type Copied = { text: string; ok: boolean } | null;

function CopyField({
  label,
  value,
  copyLabel,
  copied,
  failed,
  rows,
  mono = false,
}: {
  label: string;
  value: string;
  copyLabel: string;
  copied: string;
  failed: string;
  rows: number;
  mono?: boolean;
}) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [outcome, setOutcome] = useState<Copied>(null);

  const copy = async () => {
    try {
      // Without the Clipboard API (a page not served securely) this throws too.
      await navigator.clipboard.writeText(value);
      setOutcome({ text: value, ok: true });
    } catch {
      // Selected, so that the reader's own copy command takes it.
      field.current?.focus();
      field.current?.select();
      setOutcome({ text: value, ok: false });
    }
  };
  const status = outcome?.text === value ? (outcome.ok ? copied : failed) : '';

  return (
    <div className="mt-3">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        ref={field}
        readOnly
        rows={rows}
        value={value}
        onFocus={(event) => event.currentTarget.select()}
        className={`mt-1 block w-full resize-y rounded-md border border-slate-400 bg-slate-50 px-2 py-1.5 text-slate-900 [field-sizing:content] dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 ${mono ? 'font-mono text-xs' : 'text-sm'}`}
      />
      <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1">
        <Button size="sm" onClick={() => void copy()}>
          {copyLabel}
        </Button>
        <p role="status" className="text-sm">
          {status}
        </p>
      </div>
    </div>
  );
}
