import { screen, waitFor, within } from '@testing-library/react';

import { datasetHandlers } from '../mocks/handlers';
import { server } from '../mocks/server';
import { renderApp } from './render-app';

describe('loading the dataset', () => {
  it('shows the title, the review date and the headline figures with qualifiers and sources', async () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: /Homeland Security Task Forces/ })).toBeVisible();
    const cards = await screen.findByRole('list', { name: 'Headline figures' });
    expect(screen.getByText(/Data last reviewed/)).toHaveTextContent(
      /Data last reviewed \w+ \d{1,2}, 20\d\d/,
    );

    const arrests = within(cards).getByRole('article', { name: 'Arrests' });
    expect(arrests).toHaveTextContent('3,266');
    expect(within(arrests).getByText(/DOJ/)).toBeVisible();

    const pills = within(cards).getByRole('article', { name: 'Fentanyl pills' });
    // Compact on screen, exact for screen readers, qualifier kept in both.
    expect(pills).toHaveTextContent('2.1 million pills');
    expect(pills).toHaveTextContent('2,100,000 pills');

    const firearms = within(cards).getByRole('article', { name: 'Firearms' });
    expect(firearms).toHaveTextContent('1,067 firearms');
  });

  it('shows a skeleton while the data is on its way, then the figures', async () => {
    server.use(datasetHandlers.slow);
    renderApp();
    expect(screen.getByText('Loading the dataset…')).toBeVisible();
    expect(await screen.findByRole('list', { name: 'Headline figures' })).toBeVisible();
    expect(screen.queryByText('Loading the dataset…')).not.toBeInTheDocument();
  });

  it('says the request failed on a network error, and recovers with Retry', async () => {
    server.use(datasetHandlers.networkError);
    const { user } = renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The dataset (data/hstf.json) could not be fetched: the network request failed.',
    );

    server.use(datasetHandlers.ok);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('list', { name: 'Headline figures' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each([
    ['notFound', 'the server answered 404 Not Found.'],
    ['serverError', 'the server answered 500 Internal Server Error.'],
  ] as const)('names the HTTP error (%s) and offers Retry', async (handler, text) => {
    server.use(datasetHandlers[handler]);
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(text);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('says the file is not JSON when it is malformed', async () => {
    server.use(datasetHandlers.malformed);
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The dataset (data/hstf.json) is not valid JSON',
    );
  });

  it('says the response was empty', async () => {
    server.use(datasetHandlers.empty);
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('was fetched but the response was empty');
  });

  it('names the first invalid path of a schema-invalid document', async () => {
    server.use(datasetHandlers.invalid);
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('does not have the expected shape (1 problem)');
    // What is wrong at the path is worded by a chunk fetched for the error; wait for it.
    await waitFor(() =>
      expect(within(alert).getByRole('listitem')).toHaveTextContent(
        'figures[3].value: expected number, received string',
      ),
    );
  });

  it('names the invalid path and what is wrong there in Spanish for a Spanish link', async () => {
    server.use(datasetHandlers.invalid);
    renderApp('?lang=es');
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('no tiene la forma esperada (1 problema)'));
    await waitFor(() =>
      expect(within(alert).getByRole('listitem')).toHaveTextContent(
        'figures[3].value: se esperaba número, se recibió texto',
      ),
    );
    expect(alert).not.toHaveTextContent(/expected|received/);
  });

  it('names a reference that does not resolve, and shows no figures from the broken file', async () => {
    server.use(datasetHandlers.danglingReference);
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('does not have the expected shape (1 problem)');
    await waitFor(() =>
      expect(within(alert).getByRole('listitem')).toHaveTextContent(
        'figures[0].reportId: unknown report id "no-such-report"',
      ),
    );
    expect(screen.queryByRole('list', { name: 'Headline figures' })).not.toBeInTheDocument();
  });

  it('names a reference that does not resolve in Spanish for a Spanish link', async () => {
    server.use(datasetHandlers.danglingReference);
    renderApp('?lang=es');
    const alert = await screen.findByRole('alert');
    await waitFor(() =>
      expect(within(alert).getByRole('listitem')).toHaveTextContent(
        'figures[0].reportId: id de informe desconocido “no-such-report”',
      ),
    );
  });

  it('keeps the page title visible whatever fails', async () => {
    server.use(datasetHandlers.serverError);
    renderApp();
    expect(await screen.findByRole('alert')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
