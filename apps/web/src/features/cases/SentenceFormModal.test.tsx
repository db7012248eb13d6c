import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { CASE_ID, caseDetail, KOZLOV_ID, page, sentence } from './testing';

afterEach(resetAppState);

describe('SentenceFormModal', () => {
  it('takes the term in years, months and days with vague dates, and previews the expected release', async () => {
    const api = mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'GET /api/cases/:id': () => jsonResponse(caseDetail({ sentences: [], appeals: [] })),
      'GET /api/cases/:id/timeline': () => jsonResponse(page([], 0, 1, 20)),
      'POST /api/cases/:id/sentences': () => jsonResponse(sentence(), 201),
    });
    renderApp(`/cases/${CASE_ID}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Add sentence' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a verdict and sentence' });
    await userEvent.click(within(dialog).getByRole('combobox', { name: /^Defendant/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Vladimir Kozlov' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Verdict date' }), '8.10.2012');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Years' }), '7');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Months' }), '6');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Regime' }), 'strict regime');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Start of the term' }), '01.2012');
    expect(
      within(dialog).getByText(
        'Expected release: July 2019 (7 years 6 months from the start). Calculated, not typed.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add sentence' }));
    await waitFor(() =>
      expect(api.callsTo('POST', `/api/cases/${CASE_ID}/sentences`)[0]?.body).toMatchObject({
        personId: KOZLOV_ID,
        kind: 'imprisonment',
        verdictOn: { value: '2012-10-08', precision: 'day' },
        termYears: 7,
        termMonths: 6,
        termDays: 0,
        regime: 'strict regime',
        startedOn: { value: '2012-01-01', precision: 'month' },
      }),
    );
    expect(await screen.findByText('Sentence of Vladimir Kozlov added')).toBeInTheDocument();
  });
});
