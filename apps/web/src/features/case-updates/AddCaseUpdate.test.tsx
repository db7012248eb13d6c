import type { CaseUpdate } from '@habeas/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, mockApi } from '../../test/api-mock';
import { jsonResponse, renderWithProviders } from '../../test/render';
import { SessionProvider } from '../auth/SessionProvider';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { CASE_ID, caseUpdate, PERSON_ID, page, personDetail, SOURCE_ID } from '../persons/testing';
import { CaseTimeline } from '../timeline/SubjectTimelines';
import { AddCaseUpdateButton } from './AddCaseUpdateButton';

afterEach(resetAppState);

const NEW_ID = '2b0c7c55-8f3e-4a51-9d43-6e0f2a7b1c93';

const source = {
  id: SOURCE_ID,
  version: 1,
  confidentiality: 'public',
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-01T09:00:00.000Z',
  deletedAt: null,
  kind: 'media_article',
  title: 'Radio Azattyq report',
  citation: null,
  url: 'https://rus.azattyq.org/a/24460000.html',
  publisher: null,
  publishedOn: { value: '2012-01-24', precision: 'day' },
  author: null,
  reliability: 'B',
  credibility: '2',
  grade: 'B2',
  language: 'ru',
  identityConfidentiality: 'internal',
  notes: null,
};

/** The API: a timeline that holds what was posted, as the real one does. */
function updatesApi({ failWith }: { failWith?: () => Response } = {}) {
  const stored: CaseUpdate[] = [];
  const api = mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo()),
    'GET /api/persons/:id': () => jsonResponse(personDetail()),
    'GET /api/persons/:id/timeline': () => jsonResponse(page(stored)),
    'GET /api/cases/:id/timeline': () => jsonResponse(page(stored)),
    'GET /api/sources': () => jsonResponse(page([source])),
    'POST /api/case-updates': ({ body }) => {
      if (failWith) return failWith();
      const input = body as Record<string, unknown>;
      const created = caseUpdate({
        id: NEW_ID,
        factOn: input.factOn as CaseUpdate['factOn'],
        kind: input.kind as CaseUpdate['kind'],
        title: (input.title as string | null) ?? null,
        body: input.body as string,
        person: input.personId ? { id: PERSON_ID, displayName: 'Vladimir Kozlov' } : null,
        case: input.caseId ? { id: CASE_ID, title: 'Kozlov and others', caseNumber: '1-12/2012' } : null,
      });
      stored.unshift(created);
      return jsonResponse(created, 201);
    },
  });
  return api;
}

describe('Add case update', () => {
  it('from a person page: reads "12.2011" as December 2011, saves with Ctrl+Enter, and the entry appears at once', async () => {
    const api = updatesApi();
    const { router } = renderApp(`/persons/${PERSON_ID}`);
    const header = (await screen.findByRole('heading', { level: 1, name: 'Vladimir Kozlov' })).closest('div')
      ?.parentElement as HTMLElement;
    const open = within(header).getByRole('button', { name: 'Add case update' });
    await userEvent.click(open);

    const dialog = await screen.findByRole('dialog', { name: 'New case update: Vladimir Kozlov' });
    // Keyboard first: the date of the fact has the focus.
    const date = within(dialog).getByRole('textbox', { name: /^Date of the fact/ });
    await waitFor(() => expect(date).toHaveFocus());
    await userEvent.type(date, '12.2011');
    expect(date).toHaveAccessibleDescription('Understood as: December 2011 (month)');

    await userEvent.click(within(dialog).getByRole('combobox', { name: /^Kind/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Arrest' }));
    await userEvent.click(within(dialog).getByRole('combobox', { name: /^Case/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Kozlov and others (1-12/2012)' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Arrested after the riots');
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'Sources' }), 'Azattyq');
    await userEvent.click(await screen.findByRole('option', { name: /Radio Azattyq report/ }));
    expect(within(dialog).getByRole('list', { name: 'Chosen sources' })).toHaveTextContent(
      'Radio Azattyq report',
    );
    const text = within(dialog).getByRole('textbox', { name: /^What happened/ });
    await userEvent.type(text, 'Detained in Almaty, taken to the KNB building.');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(api.callsTo('POST', '/api/case-updates')).toHaveLength(1));
    expect(api.callsTo('POST', '/api/case-updates')[0]?.body).toEqual({
      personId: PERSON_ID,
      caseId: CASE_ID,
      factOn: { value: '2011-12-01', precision: 'month' },
      kind: 'arrest',
      title: 'Arrested after the riots',
      body: 'Detained in Almaty, taken to the KNB building.',
      sourceIds: [SOURCE_ID],
      confidentiality: 'internal',
    });
    expect(api.callsTo('POST', '/api/case-updates')[0]?.request.headers.get('x-csrf-token')).toBe(
      'csrf-test-token',
    );

    // The dialog closes, the page shows the timeline, and the new entry is in it.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Update of December 2011 added to the timeline')).toBeInTheDocument();
    await waitFor(() => expect(currentUrl(router)).toBe(`/persons/${PERSON_ID}?tab=timeline`));
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    expect(
      await within(timeline).findByRole('heading', { name: /Arrested after the riots/ }),
    ).toBeInTheDocument();
    expect(timeline).toHaveTextContent('December 2011');
  });

  it('says what is missing before sending anything, and Escape closes without saving', async () => {
    const api = updatesApi();
    renderApp(`/persons/${PERSON_ID}?tab=timeline`);
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    // The empty timeline offers the same one-click action.
    expect(await within(timeline).findByText('No updates yet')).toBeInTheDocument();
    const open = within(timeline).getByRole('button', { name: 'Add case update' });
    await userEvent.click(open);
    const dialog = await screen.findByRole('dialog', { name: /^New case update/ });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add to the timeline' }));

    const date = within(dialog).getByRole('textbox', { name: /^Date of the fact/ });
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription(expect.stringContaining('Required'));
    expect(within(dialog).getByRole('textbox', { name: /^What happened/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(api.callsTo('POST', '/api/case-updates')).toHaveLength(0);

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('POST', '/api/case-updates')).toHaveLength(0);
  });

  it('shows a server 400 at the field it names', async () => {
    updatesApi({
      failWith: () =>
        apiError(400, 'VALIDATION_FAILED', 'Invalid body.body', {
          issues: [{ path: 'body.body', message: 'This text is too long for one update' }],
        }),
    });
    renderApp(`/persons/${PERSON_ID}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Add case update' }));
    const dialog = await screen.findByRole('dialog', { name: /^New case update/ });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Date of the fact/ }), '2011');
    await userEvent.click(within(dialog).getByRole('combobox', { name: /^Kind/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Statement' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^What happened/ }), 'Long text');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add to the timeline' }));
    const text = within(dialog).getByRole('textbox', { name: /^What happened/ });
    await waitFor(() => expect(text).toHaveAccessibleDescription('This text is too long for one update'));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('works on a case page: <AddCaseUpdateButton caseId /> posts the case and its timeline refreshes', async () => {
    const api = updatesApi();
    renderWithProviders(
      <SessionProvider>
        <AddCaseUpdateButton caseId={CASE_ID} subjectLabel="Kozlov and others" />
        <CaseTimeline caseId={CASE_ID} />
      </SessionProvider>,
    );
    expect(await screen.findByText('No updates yet')).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Add case update' }));
    const dialog = await screen.findByRole('dialog', { name: 'New case update: Kozlov and others' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Date of the fact/ }), '16.12.2011');
    await userEvent.click(within(dialog).getByRole('combobox', { name: /^Kind/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Hearing' }));
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /^What happened/ }),
      'Preliminary hearing held.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add to the timeline' }));

    await waitFor(() => expect(api.callsTo('POST', '/api/case-updates')).toHaveLength(1));
    expect(api.callsTo('POST', '/api/case-updates')[0]?.body).toMatchObject({
      personId: null,
      caseId: CASE_ID,
      factOn: { value: '2011-12-16', precision: 'day' },
      kind: 'hearing',
      title: null,
    });
    expect(await screen.findByRole('heading', { name: /^Hearing/ })).toBeInTheDocument();
    expect(screen.getByText('16 December 2011')).toBeInTheDocument();
  });
});
