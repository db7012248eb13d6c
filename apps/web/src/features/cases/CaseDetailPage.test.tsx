import type { Role } from '@habeas/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { appeal, CASE_ID, caseDetail, KOZLOV_ID, LAWYER_ID, page, SENTENCE_ID } from './testing';

afterEach(resetAppState);

function caseApi(role: Role = 'coordinator', detail = caseDetail()) {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo({ role })),
    'GET /api/cases/:id': () => jsonResponse(detail),
    'GET /api/cases/:id/timeline': () => jsonResponse(page([], 0, 1, 20)),
    'POST /api/cases/:id/appeals': () =>
      apiError(400, 'VALIDATION_FAILED', 'Invalid body.deadline', {
        issues: [{ path: 'body.deadline', message: 'cannot be before the verdict it appeals (2012-10-08)' }],
      }),
  });
}

const region = (name: string) => screen.getByRole('region', { name });

async function openCase() {
  return screen.findByRole('heading', { level: 1, name: 'Kozlov, Sapargali and Aminov' });
}

describe('CaseDetailPage', () => {
  it('shows the participants grouped by role, each linking to their page', async () => {
    caseApi();
    renderApp(`/cases/${CASE_ID}`);
    await openCase();
    const participants = region('Participants');
    const defendants = within(participants).getByRole('list', { name: 'Defendants' });
    expect(within(defendants).getByRole('link', { name: 'Vladimir Kozlov' })).toHaveAttribute(
      'href',
      `/persons/${KOZLOV_ID}`,
    );
    expect(within(defendants).getByRole('link', { name: 'Serik Sapargali' })).toBeInTheDocument();
    const lawyers = within(participants).getByRole('list', { name: 'Lawyers' });
    expect(within(lawyers).getByRole('link', { name: 'Vadim Kuramshin' })).toHaveAttribute(
      'href',
      `/persons/${LAWYER_ID}`,
    );
    expect(within(participants).getByRole('list', { name: 'Judges' })).toHaveTextContent('Yerlan Ibrayev');
    expect(within(participants).getByRole('heading', { level: 3, name: 'Prosecutors' })).toBeInTheDocument();
    // Header: number, court, jurisdiction, stage and confidentiality.
    expect(
      screen.getByText('DEMO-2012-001 · Aktau City Court · Kazakhstan (KZ), Mangystau'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Appeal').length).toBeGreaterThan(0);
  });

  it('lists the charges per defendant with the provision label and status', async () => {
    caseApi();
    renderApp(`/cases/${CASE_ID}`);
    await openCase();
    const charges = region('Charges');
    const kozlov = within(charges).getByRole('region', { name: 'Vladimir Kozlov' });
    expect(
      within(kozlov).getByText('Criminal Code of the Republic of Kazakhstan (1997), art. 164 part 3'),
    ).toBeInTheDocument();
    expect(
      within(kozlov).getByText('Inciting social, national, clan, racial or religious hatred'),
    ).toBeInTheDocument();
    expect(within(kozlov).getByText('Convicted')).toBeInTheDocument();
    expect(within(kozlov).getByText('January 2012')).toBeInTheDocument();
    const sapargali = within(charges).getByRole('region', { name: 'Serik Sapargali' });
    expect(within(sapargali).getByText('No charges recorded')).toBeInTheDocument();
  });

  it('shows the expected release derived from the term, and the actual release', async () => {
    caseApi();
    renderApp(`/cases/${CASE_ID}`);
    await openCase();
    const sentences = region('Verdicts and sentences');
    const row = within(sentences)
      .getByRole('rowheader', { name: 'Vladimir Kozlov' })
      .closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('Imprisonment, 7 years 6 months, strict regime');
    expect(within(row).getByTestId('expected-release')).toHaveTextContent('23 July 2019');
    expect(
      within(row).getByRole('img', { name: 'Calculated from the start of the term and its length' }),
    ).toBeInTheDocument();
    expect(row).toHaveTextContent('10 August 2016');
  });

  it('says in red words that an appeal deadline was missed', async () => {
    caseApi(
      'viewer',
      caseDetail({
        appeals: [
          appeal(),
          appeal({
            id: 'c9d0e1f2-a3b4-4c5d-9e6f-7a8b9c0d1e2f',
            level: 'un_wgad',
            status: 'planned',
            deadline: '2026-12-08',
            daysUntilDeadline: 10,
            overdue: false,
          }),
        ],
      }),
    );
    renderApp(`/cases/${CASE_ID}`);
    await openCase();
    const appeals = region('Appeals');
    const overdue = within(appeals).getByText('Overdue by 3 days');
    expect(overdue).toHaveStyle({ color: 'var(--mantine-color-red-9)' });
    expect(within(appeals).getByText('25 November 2026')).toBeInTheDocument();
    expect(within(appeals).getByText('10 days left')).toBeInTheDocument();
    expect(screen.getByText('Appeal deadline missed')).toBeInTheDocument();
  });

  it('hides every change from a viewer', async () => {
    caseApi('viewer', caseDetail({ canEdit: false, canDelete: false }));
    renderApp(`/cases/${CASE_ID}`);
    await openCase();
    for (const name of [
      'Add participant',
      'Add charge',
      'Add hearing',
      'Add sentence',
      'Add appeal',
      'Change',
    ]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('hides edit and delete from a researcher the API does not let change the case', async () => {
    caseApi('researcher', caseDetail({ canEdit: false, canDelete: false }));
    renderApp(`/cases/${CASE_ID}`);
    await openCase();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add charge' })).not.toBeInTheDocument();
    // Nor may researchers change who is assigned.
    expect(
      within(region('Assigned staff')).queryByRole('button', { name: 'Change' }),
    ).not.toBeInTheDocument();
  });

  it('shows edit and delete to a researcher the API lets change the case (assigned, or its author)', async () => {
    caseApi('researcher', caseDetail({ canEdit: true, canDelete: true }));
    renderApp(`/cases/${CASE_ID}`);
    await openCase();
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', `/cases/${CASE_ID}/edit`);
    expect(screen.getByRole('button', { name: 'Delete' })).toBeInTheDocument();
  });

  it("shows the API's 400 at the deadline field of the appeal form", async () => {
    const api = caseApi();
    renderApp(`/cases/${CASE_ID}`);
    await openCase();
    await userEvent.click(screen.getByRole('button', { name: 'Add appeal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an appeal' });
    await userEvent.click(within(dialog).getByRole('combobox', { name: /^Level/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Cassation' }));
    const deadline = within(dialog).getByLabelText('Deadline');
    await userEvent.type(deadline, '2012-09-01');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add appeal' }));

    await waitFor(() => expect(deadline).toHaveAttribute('aria-invalid', 'true'));
    expect(deadline).toHaveAccessibleDescription(
      expect.stringContaining('cannot be before the verdict it appeals (2012-10-08)'),
    );
    expect(api.callsTo('POST', `/api/cases/${CASE_ID}/appeals`)[0]?.body).toMatchObject({
      level: 'cassation',
      status: 'planned',
      deadline: '2012-09-01',
      sentenceId: SENTENCE_ID,
    });
    expect(screen.getByRole('dialog', { name: 'Add an appeal' })).toBeInTheDocument();
  });
});
