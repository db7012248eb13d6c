import type { Health } from '@habeas/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, mockFetch, renderWithProviders } from '../../test/render';
import { HealthPage } from './HealthPage';

const healthy: Health = {
  status: 'ok',
  version: '0.1.0',
  database: {
    reachable: true,
    embedded: true,
    serverVersion: '17.5',
    migrations: { applied: 3, pending: [], failed: [] },
  },
  uptimeSeconds: 7260,
};

function rowValue(label: string): HTMLElement {
  const header = screen.getByRole('rowheader', { name: label });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${label}`);
  return within(row).getByRole('cell');
}

describe('HealthPage', () => {
  it('shows the API health from GET /api/health', async () => {
    const fetchMock = mockFetch(() => jsonResponse(healthy));
    renderWithProviders(<HealthPage />);

    expect(screen.getByRole('heading', { level: 1, name: 'System status' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');

    expect(await screen.findByText('Operational')).toBeInTheDocument();
    expect(rowValue('Database reachable')).toHaveTextContent('Yes');
    expect(rowValue('Database mode')).toHaveTextContent('Embedded (bundled with the application)');
    expect(rowValue('PostgreSQL version')).toHaveTextContent('17.5');
    expect(rowValue('Migrations applied')).toHaveTextContent('3');
    expect(rowValue('Migrations pending')).toHaveTextContent('None');
    expect(rowValue('Application version')).toHaveTextContent('0.1.0');
    expect(rowValue('Running for')).toHaveTextContent('2 hours');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    const request = fetchMock.mock.calls[0]?.[0] as Request;
    expect(new URL(request.url).pathname).toBe('/api/health');
    expect(request.method).toBe('GET');
  });

  it('shows a degraded report, which the API sends with status 503', async () => {
    mockFetch(() =>
      jsonResponse(
        {
          ...healthy,
          status: 'degraded',
          database: {
            ...healthy.database,
            migrations: { applied: 2, pending: ['20250101_add_appeals'], failed: [] },
          },
        },
        503,
      ),
    );
    renderWithProviders(<HealthPage />);

    expect(await screen.findByText('Degraded')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/Some checks failed/);
    expect(rowValue('Migrations pending')).toHaveTextContent('20250101_add_appeals');
  });

  it('shows the error state on a 500 and recovers on Retry', async () => {
    let calls = 0;
    mockFetch(() => {
      calls += 1;
      return calls === 1
        ? jsonResponse(
            { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Something went wrong', requestId: 'req-42' },
            500,
          )
        : jsonResponse(healthy);
    });
    renderWithProviders(<HealthPage />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the system status');
    expect(alert).toHaveTextContent('Something unexpected went wrong.');
    expect(alert).toHaveTextContent('req-42');

    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Operational')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('says so when the server cannot be reached', async () => {
    jest.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('fetch failed'));
    renderWithProviders(<HealthPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached');
  });
});
