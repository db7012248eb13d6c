import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { CRIMINAL_CODE, PROVISION_ID, provision } from './testing';

afterEach(resetAppState);

const NEW_ID = '1b3d5f7a-9c2e-4a6b-8d0f-2e4a6c8e0b13';

describe('creating a legal provision', () => {
  it('validates with the shared schema at each field before sending', async () => {
    const api = mockApi({ 'GET /api/auth/me': () => jsonResponse(sessionInfo()) });
    renderApp('/legal-provisions/new');
    await userEvent.click(await screen.findByRole('button', { name: 'Create provision' }));

    const code = screen.getByRole('textbox', { name: /^Code/ });
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).toHaveAccessibleDescription(expect.stringContaining('Required'));
    expect(code).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /^Article/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /^Part/ })).not.toHaveAttribute('aria-invalid', 'true');
    expect(api.callsTo('POST', '/api/legal-provisions')).toHaveLength(0);
  });

  it('shows a server 400 at the field it names', async () => {
    const api = mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'POST /api/legal-provisions': () =>
        apiError(400, 'VALIDATION_FAILED', 'Invalid body.article', {
          issues: [{ path: 'body.article', message: 'This article is already in the catalogue' }],
        }),
    });
    const { router } = renderApp('/legal-provisions/new');
    await userEvent.type(await screen.findByRole('textbox', { name: /^Code/ }), ` ${CRIMINAL_CODE} `);
    await userEvent.type(screen.getByRole('textbox', { name: /^Article/ }), '241');
    await userEvent.click(screen.getByRole('combobox', { name: /^Category/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Mass riots' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Title in Russian' }), 'Массовые беспорядки');
    await userEvent.type(screen.getByRole('textbox', { name: 'Title in Kazakh' }), '   ');
    expect(screen.getByText(`${CRIMINAL_CODE}, art. 241`)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Create provision' }));

    const article = screen.getByRole('textbox', { name: /^Article/ });
    await waitFor(() => expect(article).toHaveAttribute('aria-invalid', 'true'));
    expect(article).toHaveAccessibleDescription(
      expect.stringContaining('This article is already in the catalogue'),
    );
    expect(currentUrl(router)).toBe('/legal-provisions/new');
    // What was sent: the shared schema's output (trimmed, defaults applied, blank titles as null).
    expect(api.callsTo('POST', '/api/legal-provisions')[0]?.body).toEqual({
      code: CRIMINAL_CODE,
      article: '241',
      part: '',
      titleEn: null,
      titleRu: 'Массовые беспорядки',
      titleKk: null,
      category: 'mass_riots',
      confidentiality: 'public',
    });
  });

  it('creates, says so, and opens the new provision', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo({ role: 'researcher' })),
      'POST /api/legal-provisions': ({ body }) =>
        jsonResponse(
          provision({ ...(body as object), id: NEW_ID, label: `${CRIMINAL_CODE}, art. 170` }),
          201,
        ),
      'GET /api/legal-provisions/:id': () =>
        jsonResponse(
          provision({ id: NEW_ID, article: '170', part: '', label: `${CRIMINAL_CODE}, art. 170` }),
        ),
    });
    const { router } = renderApp('/legal-provisions/new');
    await userEvent.type(await screen.findByRole('textbox', { name: /^Code/ }), CRIMINAL_CODE);
    await userEvent.type(screen.getByRole('textbox', { name: /^Article/ }), '170');
    await userEvent.click(screen.getByRole('button', { name: 'Create provision' }));

    await waitFor(() => expect(currentUrl(router)).toBe(`/legal-provisions/${NEW_ID}`));
    expect(await screen.findByText('Legal provision created')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 1, name: `${CRIMINAL_CODE}, art. 170` }),
    ).toBeInTheDocument();
  });

  it('tells a viewer that creating is not allowed', async () => {
    mockApi({ 'GET /api/auth/me': () => jsonResponse(sessionInfo({ role: 'viewer' })) });
    renderApp('/legal-provisions/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Code/ })).not.toBeInTheDocument();
  });
});

describe('editing a legal provision', () => {
  function editApi(patch: (body: Record<string, unknown>, attempt: number) => Response) {
    let attempt = 0;
    return mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'GET /api/legal-provisions/:id': () => jsonResponse(provision()),
      'PATCH /api/legal-provisions/:id': ({ body }) => {
        attempt += 1;
        return patch(body as Record<string, unknown>, attempt);
      },
    });
  }

  const theirs = provision({
    version: 3,
    titleEn: 'Inciting social, national, clan, racial or religious discord',
    category: 'extremism',
    updatedAt: '2026-11-28T10:00:00.000Z',
  });

  async function changePartAndTitleAndSave() {
    const part = await screen.findByRole('textbox', { name: /^Part/ });
    await userEvent.clear(part);
    await userEvent.type(part, '2');
    const title = screen.getByRole('textbox', { name: 'Title in English' });
    await userEvent.clear(title);
    await userEvent.type(title, 'Incitement of hatred');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
  }

  it('sends only the changed fields with the version it read', async () => {
    const api = editApi((body) => jsonResponse(provision({ ...body, version: 3 } as never)));
    const { router } = renderApp(`/legal-provisions/${PROVISION_ID}/edit`);
    expect(await screen.findByRole('heading', { level: 1, name: `Edit: ${CRIMINAL_CODE}, art. 164 part 3` }));
    await changePartAndTitleAndSave();
    await waitFor(() => expect(currentUrl(router)).toBe(`/legal-provisions/${PROVISION_ID}`));
    expect(api.callsTo('PATCH', `/api/legal-provisions/${PROVISION_ID}`)[0]?.body).toEqual({
      part: '2',
      titleEn: 'Incitement of hatred',
      version: 2,
    });
    expect(await screen.findByText('Changes saved')).toBeInTheDocument();
  });

  it('on 409 shows their version beside the changes, and re-applies the changes on top of it', async () => {
    const api = editApi((body, attempt) =>
      attempt === 1
        ? apiError(409, 'VERSION_CONFLICT', 'Someone else changed this record', { current: theirs })
        : jsonResponse({ ...theirs, ...body, version: 4 }),
    );
    const { router } = renderApp(`/legal-provisions/${PROVISION_ID}/edit`);
    await changePartAndTitleAndSave();

    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
    const row = (label: string) =>
      within(dialog)
        .getByRole('rowheader', { name: new RegExp(`^${label}`) })
        .closest('tr') as HTMLElement;
    expect(row('Title in English')).toHaveTextContent(
      'Inciting social, national, clan, racial or religious discord',
    );
    expect(row('Title in English')).toHaveTextContent('Incitement of hatred');
    expect(row('Title in English')).toHaveTextContent('changed by both');
    expect(row('Category')).toHaveTextContent('Extremism');
    expect(row('Category')).toHaveTextContent('Not changed by you');
    expect(row('Part')).toHaveTextContent('2');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply my changes to their version' }));

    await waitFor(() => expect(currentUrl(router)).toBe(`/legal-provisions/${PROVISION_ID}`));
    expect(api.callsTo('PATCH', `/api/legal-provisions/${PROVISION_ID}`).map((p) => p.body)).toEqual([
      { part: '2', titleEn: 'Incitement of hatred', version: 2 },
      { part: '2', titleEn: 'Incitement of hatred', version: 3 },
    ]);
    // Their category survived: only the user's fields were re-applied.
    const details = await screen.findByRole('region', { name: 'Provision' });
    expect(within(details).getByText('Extremism')).toBeInTheDocument();
  });

  it('on 409 can discard the changes and show their version', async () => {
    const api = editApi(() =>
      apiError(409, 'VERSION_CONFLICT', 'Someone else changed this record', { current: theirs }),
    );
    const { router } = renderApp(`/legal-provisions/${PROVISION_ID}/edit`);
    await changePartAndTitleAndSave();
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Discard my changes' }));

    await waitFor(() => expect(currentUrl(router)).toBe(`/legal-provisions/${PROVISION_ID}`));
    expect(
      await screen.findByText('Inciting social, national, clan, racial or religious discord', {
        selector: 'p span',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Your changes were discarded; this is the current version.')).toBeInTheDocument();
    expect(api.callsTo('PATCH', `/api/legal-provisions/${PROVISION_ID}`)).toHaveLength(1);
  });

  it('tells a researcher that editing the catalogue is not allowed', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo({ role: 'researcher' })),
      'GET /api/legal-provisions/:id': () => jsonResponse(provision()),
    });
    renderApp(`/legal-provisions/${PROVISION_ID}/edit`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Code/ })).not.toBeInTheDocument();
  });
});
