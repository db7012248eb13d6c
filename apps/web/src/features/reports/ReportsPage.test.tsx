import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { quietCharts, statistics } from '../dashboard/testing';
import { exportJob, JOB_ID, stubObjectUrls } from '../exports/testing';

quietCharts();
afterEach(async () => {
  jest.restoreAllMocks();
  await resetAppState();
});

function reportsApi(role: 'coordinator' | 'viewer' = 'coordinator') {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo({ role })),
    'GET /api/statistics': () => jsonResponse(statistics({ arrestsWithYearOnly: 2 })),
    'GET /api/statistics/report.xlsx': () =>
      new Response('xlsx', {
        headers: { 'content-disposition': 'attachment; filename="habeas-statistics-2026-11-20.xlsx"' },
      }),
    'GET /api/exports/jobs': () =>
      jsonResponse({
        items: [
          exportJob({
            status: 'done',
            format: 'xlsx',
            rowsDone: 12_000,
            rowsTotal: 12_000,
            percent: 100,
            downloadUrl: `/api/exports/jobs/${JOB_ID}/download`,
          }),
          exportJob({
            id: '7a1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0',
            kind: 'appeals',
            status: 'running',
            rowsDone: 500,
            rowsTotal: 2_000,
            percent: 25,
          }),
        ],
      }),
  });
}

describe('ReportsPage', () => {
  it('shows the statistics tables, with statuses and categories in words', async () => {
    reportsApi();
    renderApp('/reports');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reports' })).toBeInTheDocument();
    const byStatus = within(await screen.findByRole('region', { name: 'By current status' }));
    const imprisoned = byStatus.getByRole('rowheader', { name: 'Imprisoned' }).closest('tr') as HTMLElement;
    expect(
      within(imprisoned)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['12', '30%']);
    expect(
      within(screen.getByRole('region', { name: 'By provision category' })).getByText('Mass riots'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Prison sentences by length' })).getByText('5 to 10 years'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Known only to the year, so not placed in a month: 2 arrests/),
    ).toBeInTheDocument();
    // The chart (and its table) loads on demand.
    expect(
      await screen.findByRole('table', { name: /People in detention at the end of each month/ }),
    ).toBeInTheDocument();
  });

  it('applies the filters through the URL and refuses a malformed month', async () => {
    const api = reportsApi();
    const { router } = renderApp('/reports');
    const filters = within(await screen.findByRole('form', { name: 'Filters' }));
    await userEvent.type(filters.getByRole('textbox', { name: /From month/ }), '2011-13');
    await userEvent.click(filters.getByRole('button', { name: 'Apply' }));
    expect(await filters.findByText(/real month/)).toBeInTheDocument();
    await userEvent.clear(filters.getByRole('textbox', { name: /From month/ }));
    await userEvent.type(filters.getByRole('textbox', { name: /From month/ }), '2011-12');
    await userEvent.type(filters.getByRole('textbox', { name: /Region/ }), 'Mangystau');
    await userEvent.click(filters.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/reports?from=2011-12&region=Mangystau'));
    await waitFor(() =>
      expect(
        Object.fromEntries(api.callsTo('GET', '/api/statistics').at(-1)?.url.searchParams ?? []),
      ).toEqual({
        from: '2011-12',
        region: 'Mangystau',
      }),
    );
  });

  it('downloads the report and lists my exports with progress and download links', async () => {
    const { created } = stubObjectUrls();
    const api = reportsApi();
    renderApp('/reports?region=Mangystau');
    await userEvent.click(await screen.findByRole('button', { name: 'Report (XLSX)' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(api.callsTo('GET', '/api/statistics/report.xlsx')[0]?.url.searchParams.get('region')).toBe(
      'Mangystau',
    );

    const mine = within(screen.getByRole('region', { name: 'My exports' }));
    expect(await mine.findByRole('link', { name: /Download/ })).toHaveAttribute(
      'href',
      `/api/exports/jobs/${JOB_ID}/download`,
    );
    expect(mine.getByText(/500 of 2,000 rows/)).toBeInTheDocument();
    const exportsSection = within(screen.getByRole('region', { name: 'List exports' }));
    expect(exportsSection.getByRole('button', { name: 'Export Persons' })).toBeInTheDocument();
    expect(exportsSection.getByRole('button', { name: 'Export Case updates' })).toBeInTheDocument();
  });

  it('offers viewers the figures but no downloads or exports', async () => {
    reportsApi('viewer');
    renderApp('/reports');
    await screen.findByRole('region', { name: 'By current status' });
    expect(screen.queryByRole('button', { name: 'Report (XLSX)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'List exports' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'My exports' })).not.toBeInTheDocument();
  });
});
