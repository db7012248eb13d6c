import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '../../i18n/i18n';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { CRIMINAL_CODE, PROVISION_ID, provision } from './testing';

afterEach(resetAppState);

const LABEL = `${CRIMINAL_CODE}, art. 164 part 3`;

describe('LegalProvisionDetailPage', () => {
  it('shows the provision, its titles with the interface language first, and who is charged under it', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo({ role: 'viewer' })),
      'GET /api/legal-provisions/:id': () => jsonResponse(provision()),
    });
    await changeLanguage('kk');
    renderApp(`/legal-provisions/${PROVISION_ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: LABEL })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Бап' });
    expect(within(details).getByRole('row', { name: `Кодекс ${CRIMINAL_CODE}` })).toBeInTheDocument();
    expect(within(details).getByRole('row', { name: 'Бөлік 3' })).toBeInTheDocument();
    expect(within(details).getByRole('row', { name: /^Санат/ })).toHaveTextContent('Алауыздықты қоздыру');

    const titles = within(screen.getByRole('region', { name: 'Атаулары' })).getAllByRole('row');
    expect(titles.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Қазақша атауы',
      'Орысша атауы',
      'Ағылшынша атауы',
    ]);
    expect(within(titles[0] as HTMLElement).getByText(/^Әлеуметтік/)).toHaveAttribute('lang', 'kk');

    expect(screen.getByRole('link', { name: 'Осы бап бойынша айыпталған адамдар' })).toHaveAttribute(
      'href',
      `/persons?legalProvisionId=${PROVISION_ID}`,
    );
    // A viewer may only read.
    expect(screen.queryByRole('link', { name: 'Өңдеу' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Жою' })).not.toBeInTheDocument();
  });

  it('lets a coordinator delete it after confirming, then returns to the list', async () => {
    const api = mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'GET /api/legal-provisions/:id': () => jsonResponse(provision()),
      'DELETE /api/legal-provisions/:id': () => new Response(null, { status: 204 }),
      'GET /api/legal-provisions': () => jsonResponse({ items: [], total: 0, page: 1, pageSize: 25 }),
    });
    const { router } = renderApp(`/legal-provisions/${PROVISION_ID}`);
    expect(await screen.findByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      `/legal-provisions/${PROVISION_ID}/edit`,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this provision?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(currentUrl(router)).toBe('/legal-provisions'));
    expect(
      api.callsTo('DELETE', `/api/legal-provisions/${PROVISION_ID}`)[0]?.url.searchParams.get('version'),
    ).toBe('2');
  });

  it('offers Restore for a deleted provision', async () => {
    const deleted = provision({ deletedAt: '2026-12-01T08:00:00.000Z' });
    const api = mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'GET /api/legal-provisions/:id': () => jsonResponse(deleted),
      'POST /api/legal-provisions/:id/restore': () => jsonResponse(provision({ version: 3 })),
    });
    renderApp(`/legal-provisions/${PROVISION_ID}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Restore' }));
    expect(await screen.findByText(`“${LABEL}” was restored.`)).toBeInTheDocument();
    expect(api.callsTo('POST', `/api/legal-provisions/${PROVISION_ID}/restore`)[0]?.body).toEqual({
      version: 2,
    });
    expect(screen.getByRole('link', { name: 'Edit' })).toBeInTheDocument();
  });

  it('says when the provision does not exist', async () => {
    mockApi({ 'GET /api/auth/me': () => jsonResponse(sessionInfo()) });
    renderApp(`/legal-provisions/${PROVISION_ID}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Legal provision not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to legal provisions' })).toHaveAttribute(
      'href',
      '/legal-provisions',
    );
  });
});
