import { act, fireEvent, screen, within } from '@testing-library/react';

import raw from '../public/data/hstf.json';
import { es } from '../src/i18n/es/messages';
import { en } from '../src/i18n/messages';
import { EMBED_HEIGHTS } from '../src/view-controls/embed-code';
import { renderApp } from './render-app';

/**
 * Issue 34 §2: the "Cite or embed" dialog gives the view's citation (plain text and BibTeX,
 * naming the data version, the permanent `v=` link and the access date) and an embed code,
 * each copyable, in both languages; the footer states the licences and, on paper, the citation.
 */
/** The newest data version, which the page shows without `v=`. */
const NEWEST = raw.version;

const valueOf = (field: HTMLElement) => (field as HTMLTextAreaElement).value;

/** The reader's day, as the dialog writes it. */
const today = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());

async function openDialog(user: ReturnType<typeof renderApp>['user'], name: string) {
  // The header of the loading state has the button too, disabled until the data is in.
  await screen.findByRole('region', { name: /^(Filters|Filtros)$/ });
  await user.click(screen.getByRole('button', { name }));
  return { dialog: await screen.findByRole('dialog') };
}

describe('Cite or embed', () => {
  it('gives the citation of this view with its version, permanent link and access date, copies it', async () => {
    const { user } = renderApp('?category=drugs');
    const { dialog } = await openDialog(user, en.share.cite);
    expect(dialog).toHaveAccessibleName(en.citing.heading);
    const permanent = `${window.location.origin}/?category=drugs&v=${NEWEST}`;

    const plain = within(dialog).getByRole('textbox', { name: en.citing.cite.plain });
    expect(plain).toHaveAttribute('readonly');
    expect(plain).toHaveValue(
      `HSTF Dashboard contributors. (2026). HSTF Dashboard: reported outcomes of the Homeland Security Task Forces ` +
        `[Data set, version ${NEWEST}]. ${permanent}. Accessed ${today('en-US')}.`,
    );
    const bibtex = within(dialog).getByRole('textbox', { name: en.citing.cite.bibtex });
    expect(valueOf(bibtex)).toContain(`@misc{hstf-dashboard-${NEWEST},`);
    expect(valueOf(bibtex)).toContain(`version = {${NEWEST}}`);
    expect(valueOf(bibtex)).toContain(`url = {${permanent.replace(/&/g, '\\&')}}`);

    await user.click(within(dialog).getByRole('button', { name: en.citing.cite.copyPlain }));
    expect(await within(dialog).findByText(en.citing.copied.plain)).toHaveRole('status');
    expect(await navigator.clipboard.readText()).toBe((plain as HTMLTextAreaElement).value);

    // The same address "Copy permanent link" copies.
    await user.click(within(dialog).getByRole('button', { name: en.citing.close }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // Focus goes back to the Cite button: the native dialog does it, checked in a real browser
    // (quality.spec.ts); jsdom has no modal dialog.
    await user.click(screen.getByRole('button', { name: en.share.copyPermanent }));
    expect(await navigator.clipboard.readText()).toBe(permanent);
  });

  it('gives the embed code of the chosen panel, pinned to the version, and copies it', async () => {
    const { user } = renderApp('?category=drugs');
    const { dialog } = await openDialog(user, en.share.cite);
    const code = within(dialog).getByRole('textbox', { name: en.citing.embed.code });
    expect(code).toHaveValue(
      `<iframe src="${window.location.origin}/?category=drugs&amp;embed=kpis&amp;v=${NEWEST}" ` +
        `title="HSTF Dashboard: ${en.panels.kpis}" width="100%" height="${EMBED_HEIGHTS.kpis}" loading="lazy" style="border:0"></iframe>`,
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: en.citing.embed.panel }),
      'timeline',
    );
    expect(valueOf(code)).toContain(`?category=drugs&amp;embed=timeline&amp;v=${NEWEST}"`);
    expect(valueOf(code)).toContain(`title="HSTF Dashboard: ${en.panels.timeline}"`);
    await user.click(within(dialog).getByRole('button', { name: en.citing.embed.copy }));
    expect(await within(dialog).findByText(en.citing.copied.embed)).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe((code as HTMLTextAreaElement).value);
  });

  it('in Spanish: the dialog, the citation’s words and its date', async () => {
    const { user } = renderApp('?lang=es');
    const { dialog } = await openDialog(user, es.share.cite);
    expect(dialog).toHaveAccessibleName(es.citing.heading);
    const plain = within(dialog).getByRole('textbox', { name: es.citing.cite.plain });
    expect(valueOf(plain)).toContain(
      `[Conjunto de datos, versión ${NEWEST}]. ${window.location.origin}/?v=${NEWEST}&lang=es. Consultado el ${today('es-419')}.`,
    );
    expect(within(dialog).getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/deed.es',
    );
  });
});

describe('the footer', () => {
  it('states both licences, linked, and that quotes are their speakers’ words', async () => {
    renderApp();
    const footer = await screen.findByRole('contentinfo');
    const data = await within(footer).findByRole('link', { name: 'CC BY 4.0' });
    expect(data).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/deed.en');
    expect(within(footer).getByRole('link', { name: 'MIT' })).toHaveAttribute(
      'href',
      'https://opensource.org/license/mit',
    );
    expect(footer).toHaveTextContent(en.citing.licence.quotes);
  });

  it('in Spanish too', async () => {
    renderApp('?lang=es');
    const footer = await screen.findByRole('contentinfo');
    await within(footer).findByText(/^Datos:/);
    expect(footer).toHaveTextContent(`Datos: CC BY 4.0; código: MIT. ${es.citing.licence.quotes}`);
  });

  it('on paper, cites the view printed with its permanent link and the day', async () => {
    renderApp('?category=drugs');
    // The footer of the loaded page (the loading state's names no version).
    await screen.findByText(en.footer.version(NEWEST), { exact: false });
    const footer = screen.getByRole('contentinfo');
    act(() => {
      fireEvent(window, new Event('beforeprint'));
    });
    expect(within(footer).getByText(/^Cite as: /)).toHaveTextContent(
      `[Data set, version ${NEWEST}]. ${window.location.origin}/?category=drugs&v=${NEWEST}. Accessed ${today('en-US')}.`,
    );
  });
});
