import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { CASE_ID, caseDetail, legalCase, page } from './testing';

afterEach(resetAppState);

describe('CaseForm', () => {
  it("shows the API's 400 at the field it names, then creates the case and opens it", async () => {
    let attempt = 0;
    const api = mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'POST /api/cases': ({ body }) => {
        attempt += 1;
        return attempt === 1
          ? apiError(400, 'VALIDATION_FAILED', 'Invalid body.caseNumber', {
              issues: [{ path: 'body.caseNumber', message: 'is already used by another case of this court' }],
            })
          : jsonResponse(legalCase({ ...(body as object), id: CASE_ID } as never), 201);
      },
      'GET /api/cases/:id': () => jsonResponse(caseDetail()),
      'GET /api/cases/:id/timeline': () => jsonResponse(page([], 0, 1, 20)),
    });
    const { router } = renderApp('/cases/new');
    await userEvent.type(
      await screen.findByRole('textbox', { name: /^Title/ }),
      'Kozlov, Sapargali and Aminov',
    );
    const number = screen.getByRole('textbox', { name: 'Case number' });
    await userEvent.type(number, 'DEMO-2012-001');
    await userEvent.type(screen.getByRole('textbox', { name: 'Opened on' }), '01.2012');
    await userEvent.click(screen.getByRole('combobox', { name: /^Stage/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Trial' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create case' }));

    await waitFor(() => expect(number).toHaveAttribute('aria-invalid', 'true'));
    expect(number).toHaveAccessibleDescription(
      expect.stringContaining('is already used by another case of this court'),
    );
    expect(currentUrl(router)).toBe('/cases/new');

    await userEvent.clear(number);
    await userEvent.type(number, 'DEMO-2012-001/1');
    await userEvent.click(screen.getByRole('button', { name: 'Create case' }));
    await waitFor(() => expect(currentUrl(router)).toBe(`/cases/${CASE_ID}`));
    expect(api.callsTo('POST', '/api/cases')[1]?.body).toEqual({
      caseNumber: 'DEMO-2012-001/1',
      title: 'Kozlov, Sapargali and Aminov',
      country: 'KZ',
      region: null,
      courtId: null,
      stage: 'trial',
      summary: null,
      openedOn: { value: '2012-01-01', precision: 'month' },
      confidentiality: 'internal',
      eventIds: [],
    });
  });

  it('sends only the changed fields with the version it read', async () => {
    const api = mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'GET /api/cases/:id': () => jsonResponse(caseDetail()),
      'GET /api/cases/:id/timeline': () => jsonResponse(page([], 0, 1, 20)),
      'PATCH /api/cases/:id': ({ body }) =>
        jsonResponse(legalCase({ ...(body as object), version: 5 } as never)),
    });
    const { router } = renderApp(`/cases/${CASE_ID}/edit`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit: Kozlov, Sapargali and Aminov' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('combobox', { name: /^Stage/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Cassation' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(currentUrl(router)).toBe(`/cases/${CASE_ID}`));
    expect(api.callsTo('PATCH', `/api/cases/${CASE_ID}`)[0]?.body).toEqual({
      stage: 'cassation',
      version: 4,
    });
  });
});
