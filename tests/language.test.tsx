import { act, screen, within } from '@testing-library/react';

import { datasetTextsHandlers } from '../mocks/handlers';
import spanishTexts from '../public/data/hstf.es.json';
import versionList from '../public/data/versions.json';
import { server } from '../mocks/server';
import { es } from '../src/i18n/es/messages';
import { en } from '../src/i18n/messages';
import { resetSpanishOffer, SPANISH_OFFER_STORAGE_KEY } from '../src/view-controls/spanish-offer';
import { renderApp } from './render-app';

// Whole-app renders on a shared machine can take seconds; wait for what the reader waits for.
const LONG = { timeout: 15_000 };

function goBack() {
  return act(async () => {
    window.history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  });
}

function preferLanguages(languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

afterEach(() => {
  vi.restoreAllMocks();
  resetSpanishOffer();
  window.localStorage.clear();
});

describe('the interface in Spanish, by link', () => {
  it('opens ?lang=es in Spanish: heading, title, filters and <html lang>', async () => {
    renderApp('?category=drugs&lang=es');
    expect(await screen.findByRole('heading', { level: 1, name: es.app.heading }, LONG)).toBeVisible();
    const filters = await screen.findByRole('region', { name: es.filters.heading }, LONG);
    expect(within(filters).getByRole('group', { name: es.filters.category })).toBeVisible();
    expect(document.documentElement.lang).toBe('es');
    expect(document.title).toMatch(/ · Panel HSTF$/);
    expect(screen.queryByRole('heading', { name: en.kpis.heading })).not.toBeInTheDocument();
    expect(window.location.search).toBe('?category=drugs&lang=es');
  });

  it('shows a headline card’s latest and best-supported claims in Spanish, labelled, with the caveat', async () => {
    renderApp('?lang=es');
    const text = (key: string) => (spanishTexts.texts as Record<string, { es: string }>)[key]?.es ?? key;
    const list = await screen.findByRole('list', { name: es.kpis.heading }, LONG);
    const arrests = within(list).getByRole('article', { name: text('metrics/arrests/label') });
    const latest = within(arrests).getByRole('group', { name: es.kpis.latest });
    expect(latest).toHaveTextContent('3,266 personas');
    expect(latest).toHaveTextContent(es.support.secondary);
    expect(latest).toHaveTextContent(`${es.figure.caveat}: ${text('figures/arrests-doj/caveat')}`);
    const best = within(arrests).getByRole('group', { name: es.kpis.best });
    expect(best).toHaveTextContent(`${es.qualifier['more-than']} 3,200 personas`);
    expect(best).toHaveTextContent(es.support.primary);
    // "Según la fiscal general …": the attribution lower-cases the name's leading article.
    expect(best).toHaveTextContent(
      es.figure.attribution(text('figures/arrests-bondi-roundtable/saidBy'), '23 oct 2025', false),
    );
    expect(within(arrests).getByText(es.kpis.bothShown)).toBeVisible();
    // Fentanyl pills: the latest is the best-supported, one claim.
    const pills = within(list).getByRole('article', { name: text('metrics/fentanyl-pills/label') });
    expect(within(pills).queryByRole('group')).not.toBeInTheDocument();
    expect(pills).not.toHaveTextContent(es.kpis.best);
  });

  it('gives each data version’s summary in Spanish in the versions panel', async () => {
    renderApp('?embed=versions&lang=es');
    const list = await screen.findByRole('list', { name: es.sectionHeadings.versions }, LONG);
    const texts = spanishTexts.texts as Record<string, { en: string; es: string }>;
    for (const version of versionList.versions) {
      const entry = within(list).getByRole('article', { name: es.dataVersion.label(version.id) });
      expect(entry).toHaveTextContent(texts[`versions/${version.id}/summary`]!.es);
      expect(entry).not.toHaveTextContent(version.summary);
    }
  });

  it('writes lang=en as the default, absent', async () => {
    renderApp('?lang=en&category=drugs');
    await screen.findByRole('heading', { level: 1, name: en.app.heading }, LONG);
    await screen.findByRole('region', { name: en.filters.heading }, LONG);
    expect(window.location.search).toBe('?category=drugs');
    expect(document.documentElement.lang).toBe('en');
  });

  it('drops an unknown language with a notice and shows English', async () => {
    renderApp('?lang=fr');
    const notice = await screen.findByRole('heading', { name: en.notice.heading }, LONG);
    expect(notice).toBeVisible();
    expect(screen.getByText(/lang “fr”/)).toBeVisible();
    expect(window.location.search).toBe('');
  });

  it('switches language in one history entry, keeping every other parameter; Back returns', async () => {
    const { user } = renderApp('?category=drugs&table=drugs-seized');
    await screen.findByRole('region', { name: en.filters.heading }, LONG);
    const entries = window.history.length;
    const switcher = screen.getByRole('navigation', { name: en.languageSwitch.label });
    await user.click(within(switcher).getByRole('link', { name: 'Español' }));
    expect(await screen.findByRole('heading', { level: 1, name: es.app.heading }, LONG)).toBeVisible();
    expect(window.location.search).toBe('?category=drugs&table=drugs-seized&lang=es');
    expect(window.history.length).toBe(entries + 1);
    expect(document.documentElement.lang).toBe('es');
    const spanishSwitcher = screen.getByRole('navigation', { name: es.languageSwitch.label });
    expect(within(spanishSwitcher).getByRole('link', { name: 'Español' })).toHaveAttribute(
      'aria-current',
      'true',
    );

    await goBack();
    expect(await screen.findByRole('heading', { level: 1, name: en.app.heading }, LONG)).toBeVisible();
    expect(window.location.search).toBe('?category=drugs&table=drugs-seized');
    expect(document.documentElement.lang).toBe('en');
  });

  it('each language link is the same view in that language, for a new tab or to copy', async () => {
    renderApp('?category=drugs&lang=es');
    const switcher = await screen.findByRole('navigation', { name: es.languageSwitch.label }, LONG);
    expect(within(switcher).getByRole('link', { name: 'English' })).toHaveAttribute(
      'href',
      './?category=drugs',
    );
    expect(within(switcher).getByRole('link', { name: 'English' })).toHaveAttribute('lang', 'en');
  });
});

describe('the "Ver en español" offer', () => {
  it('is offered to a browser that prefers Spanish, never switching by itself', async () => {
    preferLanguages(['es-MX', 'es', 'en']);
    const { user } = renderApp('?category=drugs');
    await screen.findByRole('region', { name: en.filters.heading }, LONG);
    const offer = screen.getByRole('link', { name: 'Ver en español' });
    expect(offer).toHaveAttribute('href', './?category=drugs&lang=es');
    expect(window.location.search).toBe('?category=drugs');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.app.heading);

    await user.click(screen.getByRole('button', { name: 'Cerrar el aviso “Ver en español”' }));
    expect(screen.queryByRole('link', { name: 'Ver en español' })).not.toBeInTheDocument();
    expect(window.localStorage.getItem(SPANISH_OFFER_STORAGE_KEY)).toBe('dismissed');
  });

  it('takes the reader to the same view in Spanish when followed', async () => {
    preferLanguages(['es-419']);
    const { user } = renderApp('?type=report');
    await screen.findByRole('region', { name: en.filters.heading }, LONG);
    await user.click(screen.getByRole('link', { name: 'Ver en español' }));
    expect(await screen.findByRole('heading', { level: 1, name: es.app.heading }, LONG)).toBeVisible();
    expect(window.location.search).toBe('?type=report&lang=es');
    expect(screen.queryByRole('link', { name: 'Ver en español' })).not.toBeInTheDocument();
  });

  it('is not offered to an English-preferring browser, nor again once dismissed', async () => {
    preferLanguages(['en-US', 'es']);
    renderApp();
    await screen.findByRole('region', { name: en.filters.heading }, LONG);
    expect(screen.queryByRole('link', { name: 'Ver en español' })).not.toBeInTheDocument();
  });

  it('stays away once dismissed in this browser', async () => {
    preferLanguages(['es']);
    window.localStorage.setItem(SPANISH_OFFER_STORAGE_KEY, 'dismissed');
    renderApp();
    await screen.findByRole('region', { name: en.filters.heading }, LONG);
    expect(screen.queryByRole('link', { name: 'Ver en español' })).not.toBeInTheDocument();
  });
});

describe('the dataset’s Spanish text', () => {
  it('says so, and shows the English text, when the Spanish text cannot be loaded', async () => {
    server.use(datasetTextsHandlers.notFound);
    renderApp('?lang=es');
    expect(await screen.findByText(es.languageSwitch.datasetTextsFailed, {}, LONG)).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(es.app.heading);
  });
});
