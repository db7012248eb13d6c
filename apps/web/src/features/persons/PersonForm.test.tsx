import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { PERSON_ID, page, personDetail } from './testing';

afterEach(resetAppState);

const NEW_ID = '7a3e91c4-5b2d-4f6a-8c1e-9d0b2a4c6e81';

describe('creating a person', () => {
  it('validates with the shared schema before sending', async () => {
    const api = mockApi({ 'GET /api/auth/me': () => jsonResponse(sessionInfo()) });
    renderApp('/persons/new');
    await userEvent.click(await screen.findByRole('button', { name: 'Create person' }));
    const name = screen.getByRole('textbox', { name: /^Name/ });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Required'));
    expect(name).toHaveFocus();
    expect(api.callsTo('POST', '/api/persons')).toHaveLength(0);
  });

  it('sends the names in every script and an imprecise birth date, then opens the new person', async () => {
    const api = mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo({ role: 'researcher' })),
      'POST /api/persons': ({ body }) =>
        jsonResponse(personDetail({ ...(body as object), id: NEW_ID, names: [] } as never), 201),
      'GET /api/persons/:id': () =>
        jsonResponse(personDetail({ id: NEW_ID, displayName: 'Roza Tuletayeva' })),
      'GET /api/persons/:id/timeline': () => jsonResponse(page([])),
    });
    const { router } = renderApp('/persons/new');
    await userEvent.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Roza Tuletayeva');
    await userEvent.type(screen.getByRole('textbox', { name: 'Date of birth' }), '1965');
    await userEvent.click(screen.getByRole('button', { name: 'Add a name' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Spelling' }), 'Роза Тулетаева');
    // A researcher cannot see restricted data, so is not offered fields they could not read back.
    expect(screen.queryByRole('textbox', { name: 'Health' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Create person' }));

    await waitFor(() => expect(currentUrl(router)).toBe(`/persons/${NEW_ID}`));
    expect(api.callsTo('POST', '/api/persons')[0]?.body).toEqual({
      displayName: 'Roza Tuletayeva',
      names: [{ value: 'Роза Тулетаева', script: 'cyrl', kind: 'legal', isPrimary: false }],
      gender: 'unknown',
      birthDate: { value: '1965-01-01', precision: 'year' },
      nationality: null,
      ethnicity: null,
      occupation: null,
      residenceRegion: null,
      notes: null,
      statusOverride: null,
      statusOverrideOn: null,
      confidentiality: 'internal',
    });
    expect(await screen.findByText('Person created')).toBeInTheDocument();
  });
});

describe('editing a person', () => {
  const theirs = personDetail({
    version: 5,
    occupation: 'Journalist',
    residenceRegion: 'Mangystau',
    updatedAt: '2026-11-28T10:00:00.000Z',
  });

  function editApi(patch: (body: Record<string, unknown>, attempt: number) => Response) {
    let attempt = 0;
    return mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'GET /api/persons/:id': () => jsonResponse(personDetail({ healthNotes: null, address: null })),
      'PATCH /api/persons/:id': ({ body }) => {
        attempt += 1;
        return patch(body as Record<string, unknown>, attempt);
      },
    });
  }

  async function changeAndSave() {
    const occupation = await screen.findByRole('textbox', { name: 'Occupation' });
    await userEvent.clear(occupation);
    await userEvent.type(occupation, 'Party leader');
    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Exiled' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Since' }), '03.2019');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
  }

  it('sends only the changed fields with the version it read', async () => {
    const api = editApi((body) => jsonResponse(personDetail({ ...body, version: 5 } as never)));
    const { router } = renderApp(`/persons/${PERSON_ID}/edit`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit: Vladimir Kozlov' }),
    ).toBeInTheDocument();
    // A coordinator sees the restricted fields the API sent.
    expect(screen.getByRole('textbox', { name: 'Health' })).toBeInTheDocument();
    await changeAndSave();
    await waitFor(() => expect(currentUrl(router)).toBe(`/persons/${PERSON_ID}`));
    expect(api.callsTo('PATCH', `/api/persons/${PERSON_ID}`)[0]?.body).toEqual({
      occupation: 'Party leader',
      statusOverride: 'exiled',
      statusOverrideOn: { value: '2019-03-01', precision: 'month' },
      version: 4,
    });
  });

  it('on 409 shows their version beside the changes and re-applies the changes on top of it', async () => {
    const api = editApi((body, attempt) =>
      attempt === 1
        ? apiError(409, 'VERSION_CONFLICT', 'Someone else changed this record', { current: theirs })
        : jsonResponse({ ...theirs, ...body, version: 6 }),
    );
    const { router } = renderApp(`/persons/${PERSON_ID}/edit`);
    await changeAndSave();

    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
    const row = (label: string) =>
      within(dialog)
        .getByRole('rowheader', { name: new RegExp(`^${label}`) })
        .closest('tr') as HTMLElement;
    expect(row('Occupation')).toHaveTextContent('Journalist');
    expect(row('Occupation')).toHaveTextContent('Party leader');
    expect(row('Occupation')).toHaveTextContent('changed by both');
    expect(row('Region of residence')).toHaveTextContent('Mangystau');
    expect(row('Region of residence')).toHaveTextContent('Not changed by you');
    expect(row('Status')).toHaveTextContent('Exiled');
    expect(row('Since')).toHaveTextContent('March 2019');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply my changes to their version' }));
    await waitFor(() => expect(currentUrl(router)).toBe(`/persons/${PERSON_ID}`));
    expect(api.callsTo('PATCH', `/api/persons/${PERSON_ID}`).map((c) => c.body)).toEqual([
      expect.objectContaining({ occupation: 'Party leader', version: 4 }),
      expect.objectContaining({ occupation: 'Party leader', version: 5 }),
    ]);
    expect(await screen.findByText('Changes saved')).toBeInTheDocument();
  });

  it('on 409 can discard the changes', async () => {
    const api = editApi(() =>
      apiError(409, 'VERSION_CONFLICT', 'Someone else changed this record', { current: theirs }),
    );
    const { router } = renderApp(`/persons/${PERSON_ID}/edit`);
    await changeAndSave();
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Discard my changes' }));
    await waitFor(() => expect(currentUrl(router)).toBe(`/persons/${PERSON_ID}`));
    expect(screen.getByText('Your changes were discarded; this is the current version.')).toBeInTheDocument();
    expect(api.callsTo('PATCH', `/api/persons/${PERSON_ID}`)).toHaveLength(1);
  });

  it('tells a viewer that editing is not allowed', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo({ role: 'viewer' })),
      'GET /api/persons/:id': () => jsonResponse(personDetail()),
    });
    renderApp(`/persons/${PERSON_ID}/edit`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
  });
});
