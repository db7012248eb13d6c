import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { page } from '../cases/testing';
import { ARTICLE_ID, anonymousWitness, source } from './testing';

afterEach(resetAppState);

function sourcesApi() {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo({ role: 'researcher' })),
    'GET /api/sources': () => jsonResponse(page([source(), anonymousWitness()])),
  });
}

const rowOf = (table: HTMLElement, title: string) =>
  within(table)
    .getByRole('rowheader', { name: new RegExp(`^${title}`) })
    .closest('tr') as HTMLElement;

describe('SourcesListPage', () => {
  it('shows each grade as "B2" and says "Identity withheld" for the anonymous witness', async () => {
    sourcesApi();
    renderApp('/sources');
    await screen.findByRole('link', { name: 'RFE/RL report on the Zhanaozen events one year on' });
    const table = screen.getByRole('table', { name: 'Sources' });
    const article = rowOf(table, 'RFE/RL report');
    // The grade says what it means to screen readers too (and on hover).
    expect(article).toHaveTextContent('B2: usually reliable; probably true');
    expect(within(article).getByText('Ivan Ivanov')).toBeInTheDocument();
    expect(within(article).getByText('Media article')).toBeInTheDocument();
    expect(within(article).getByText('Public')).toBeInTheDocument();
    expect(
      within(table).getByRole('link', { name: 'RFE/RL report on the Zhanaozen events one year on' }),
    ).toHaveAttribute('href', `/sources/${ARTICLE_ID}`);
    const witness = rowOf(table, 'Anonymous witnesses');
    expect(within(witness).getByText('Identity withheld')).toBeInTheDocument();
    expect(witness).toHaveTextContent('C: fairly reliable');
    expect(within(witness).getByText('Interview')).toBeInTheDocument();
  });

  it('filters by kind and grade through the URL', async () => {
    const api = sourcesApi();
    const { router } = renderApp('/sources?kind=interview');
    await screen.findByRole('link', { name: 'RFE/RL report on the Zhanaozen events one year on' });
    await userEvent.click(screen.getByRole('combobox', { name: 'Reliability of the source' }));
    await userEvent.click(await screen.findByRole('option', { name: 'B: usually reliable' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/sources?kind=interview&reliability=B'));
    await waitFor(() => {
      const calls = api.callsTo('GET', '/api/sources');
      expect(Object.fromEntries(calls[calls.length - 1]?.url.searchParams ?? [])).toMatchObject({
        kind: 'interview',
        reliability: 'B',
      });
    });
  });
});
