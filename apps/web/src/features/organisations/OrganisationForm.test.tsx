import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { ORG_ID, organisation, PARENT_ID, page } from './testing';

afterEach(resetAppState);

const NEW_ID = '5d7f9b1c-3e5a-4c7e-9b1d-3f5a7c9e1b24';

describe('creating an organisation', () => {
  it('validates with the shared schema at each field before sending', async () => {
    const api = mockApi({ 'GET /api/auth/me': () => jsonResponse(sessionInfo()) });
    renderApp('/organisations/new');
    await userEvent.click(await screen.findByRole('button', { name: 'Create organisation' }));

    const name = screen.getByRole('textbox', { name: /^Name/ });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Required'));
    expect(name).toHaveFocus();
    expect(screen.getByRole('combobox', { name: /^Type/ })).toHaveAttribute('aria-invalid', 'true');
    expect(api.callsTo('POST', '/api/organisations')).toHaveLength(0);
  });

  it('shows a server 400 at the field it names', async () => {
    const api = mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'POST /api/organisations': () =>
        apiError(400, 'VALIDATION_FAILED', 'Invalid body.country, body.names.0.value', {
          issues: [
            { path: 'body.country', message: 'must be a two-letter country code such as KZ' },
            { path: 'body.names.0.value', message: 'This spelling is already used by another organisation' },
          ],
        }),
    });
    const { router } = renderApp('/organisations/new');
    await userEvent.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Ak Orda');
    await userEvent.click(screen.getByRole('combobox', { name: /^Type/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'State body' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Country' }), 'kz');
    await userEvent.click(screen.getByRole('button', { name: 'Add a name' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Spelling' }), 'Ақорда');
    await userEvent.click(screen.getByRole('button', { name: 'Create organisation' }));

    const variant = await screen.findByRole('group', { name: 'Variant 1' });
    const spelling = within(variant).getByRole('textbox', { name: 'Spelling' });
    await waitFor(() => expect(spelling).toHaveAttribute('aria-invalid', 'true'));
    expect(spelling).toHaveAccessibleDescription('This spelling is already used by another organisation');
    expect(screen.getByRole('textbox', { name: 'Country' })).toHaveAccessibleDescription(
      expect.stringContaining('Use a two-letter country code such as KZ'),
    );
    expect(currentUrl(router)).toBe('/organisations/new');
    // What was sent: the shared schema's output, the script of the name detected as it was typed.
    expect(api.callsTo('POST', '/api/organisations')[0]?.body).toEqual({
      name: 'Ak Orda',
      type: 'state_body',
      country: 'KZ',
      region: null,
      notes: null,
      parentId: null,
      confidentiality: 'internal',
      names: [{ value: 'Ақорда', script: 'kk', kind: 'legal', isPrimary: false }],
    });
  });

  it('creates, says so, and opens the new organisation', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'GET /api/organisations': ({ url }) =>
        jsonResponse(
          page(
            url.searchParams.get('q') === 'supreme'
              ? [organisation({ id: PARENT_ID, name: 'Supreme Court', names: [] })]
              : [],
          ),
        ),
      'POST /api/organisations': ({ body }) =>
        jsonResponse(organisation({ ...(body as object), id: NEW_ID, names: [], parent: null }), 201),
      'GET /api/organisations/:id': () =>
        jsonResponse(organisation({ id: NEW_ID, name: 'Aktau City Court' })),
    });
    const { router } = renderApp('/organisations/new');
    await userEvent.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Aktau City Court');
    await userEvent.click(screen.getByRole('combobox', { name: /^Type/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Court' }));

    await userEvent.type(screen.getByRole('combobox', { name: 'Part of' }), 'supreme');
    await userEvent.click(await screen.findByRole('option', { name: /Supreme Court/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Create organisation' }));

    await waitFor(() => expect(currentUrl(router)).toBe(`/organisations/${NEW_ID}`));
    expect(await screen.findByText('Organisation created')).toBeInTheDocument();
  });
});

describe('editing an organisation', () => {
  function editApi(patch: (body: Record<string, unknown>, attempt: number) => Response) {
    let attempt = 0;
    return mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'GET /api/organisations/:id': () => jsonResponse(organisation()),
      'PATCH /api/organisations/:id': ({ body }) => {
        attempt += 1;
        return patch(body as Record<string, unknown>, attempt);
      },
    });
  }

  const theirs = organisation({
    version: 4,
    name: 'Zhanaozen Town Court',
    region: 'Mangystau Region',
    updatedAt: '2026-11-28T10:00:00.000Z',
  });

  async function changeNotesAndSave() {
    const notes = await screen.findByRole('textbox', { name: 'Notes' });
    await userEvent.clear(notes);
    await userEvent.type(notes, 'Judge replaced in 2013.');
    const name = screen.getByRole('textbox', { name: /^Name/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'Zhanaozen City Court No. 1');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
  }

  it('sends only the changed fields with the version it read', async () => {
    const api = editApi((body) => jsonResponse(organisation({ ...body, version: 4 } as never)));
    const { router } = renderApp(`/organisations/${ORG_ID}/edit`);
    await changeNotesAndSave();
    await waitFor(() => expect(currentUrl(router)).toBe(`/organisations/${ORG_ID}`));
    expect(api.callsTo('PATCH', `/api/organisations/${ORG_ID}`)[0]?.body).toEqual({
      name: 'Zhanaozen City Court No. 1',
      notes: 'Judge replaced in 2013.',
      version: 3,
    });
    expect(await screen.findByText('Changes saved')).toBeInTheDocument();
  });

  it('on 409 shows their version beside the changes, and re-applies the changes on top of it', async () => {
    const api = editApi((body, attempt) =>
      attempt === 1
        ? apiError(409, 'VERSION_CONFLICT', 'Someone else changed this record', { current: theirs })
        : jsonResponse({ ...theirs, ...body, version: 5 }),
    );
    const { router } = renderApp(`/organisations/${ORG_ID}/edit`);
    await changeNotesAndSave();

    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
    const row = (label: string) =>
      within(dialog)
        .getByRole('rowheader', { name: new RegExp(`^${label}`) })
        .closest('tr') as HTMLElement;
    expect(row('Name')).toHaveTextContent('Zhanaozen Town Court');
    expect(row('Name')).toHaveTextContent('Zhanaozen City Court No. 1');
    expect(row('Name')).toHaveTextContent('changed by both');
    expect(row('Region')).toHaveTextContent('Mangystau Region');
    expect(row('Region')).toHaveTextContent('Not changed by you');
    expect(row('Notes')).toHaveTextContent('Judge replaced in 2013.');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply my changes to their version' }));

    await waitFor(() => expect(currentUrl(router)).toBe(`/organisations/${ORG_ID}`));
    const patches = api.callsTo('PATCH', `/api/organisations/${ORG_ID}`);
    expect(patches.map((p) => p.body)).toEqual([
      { name: 'Zhanaozen City Court No. 1', notes: 'Judge replaced in 2013.', version: 3 },
      { name: 'Zhanaozen City Court No. 1', notes: 'Judge replaced in 2013.', version: 4 },
    ]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Zhanaozen City Court No. 1' }),
    ).toBeInTheDocument();
    // Their region survived: only the user's fields were re-applied.
    expect(screen.getByText('Mangystau Region')).toBeInTheDocument();
  });

  it('on 409 can discard the changes and show their version', async () => {
    const api = editApi(() =>
      apiError(409, 'VERSION_CONFLICT', 'Someone else changed this record', { current: theirs }),
    );
    const { router } = renderApp(`/organisations/${ORG_ID}/edit`);
    await changeNotesAndSave();
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Discard my changes' }));

    await waitFor(() => expect(currentUrl(router)).toBe(`/organisations/${ORG_ID}`));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Zhanaozen Town Court' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Your changes were discarded; this is the current version.')).toBeInTheDocument();
    expect(api.callsTo('PATCH', `/api/organisations/${ORG_ID}`)).toHaveLength(1);
  });

  it('tells a viewer that editing is not allowed', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo({ role: 'viewer' })),
      'GET /api/organisations/:id': () => jsonResponse(organisation()),
    });
    renderApp(`/organisations/${ORG_ID}/edit`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Name/ })).not.toBeInTheDocument();
  });
});
