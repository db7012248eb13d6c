import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { anonymousWitness, source, WITNESS_ID } from './testing';

afterEach(resetAppState);

describe('SourceForm', () => {
  it('creates a graded source whose identity is restricted, explaining each grade', async () => {
    const api = mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo({ role: 'coordinator' })),
      'POST /api/sources': ({ body }) =>
        jsonResponse(source({ ...(body as object), id: WITNESS_ID, grade: 'B2' } as never), 201),
      'GET /api/sources/:id': () => jsonResponse(source({ id: WITNESS_ID })),
    });
    const { router } = renderApp('/sources/new');
    await userEvent.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Interview with a resident');
    await userEvent.click(screen.getByRole('combobox', { name: /^Kind/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Interview' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Reliability of the source' }));
    await userEvent.click(await screen.findByRole('option', { name: 'B: usually reliable' }));
    expect(screen.getByRole('combobox', { name: 'Reliability of the source' })).toHaveAccessibleDescription(
      'Minor doubts; a history of mostly valid information.',
    );
    await userEvent.click(screen.getByRole('combobox', { name: 'Credibility of the information' }));
    await userEvent.click(await screen.findByRole('option', { name: '2: probably true' }));
    expect(screen.getByText('Grade: B2')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('combobox', { name: 'Identity confidentiality' }));
    await userEvent.click(await screen.findByRole('option', { name: /Restricted/ }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Author or interviewee' }), 'A. K.');
    await userEvent.click(screen.getByRole('button', { name: 'Create source' }));

    await waitFor(() => expect(currentUrl(router)).toBe(`/sources/${WITNESS_ID}`));
    expect(api.callsTo('POST', '/api/sources')[0]?.body).toMatchObject({
      kind: 'interview',
      title: 'Interview with a resident',
      reliability: 'B',
      credibility: '2',
      identityConfidentiality: 'restricted',
      author: 'A. K.',
    });
  });

  it('never sends back an identity the user may not see', async () => {
    const api = mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo({ role: 'researcher' })),
      'GET /api/sources/:id': () => jsonResponse(anonymousWitness()),
      'PATCH /api/sources/:id': ({ body }) =>
        jsonResponse({ ...anonymousWitness(), ...(body as object), version: 2 }),
    });
    renderApp(`/sources/${WITNESS_ID}/edit`);
    const identity = await screen.findByRole('group', { name: 'Identity of the source' });
    expect(
      within(identity).getByText('The author of this source is withheld from you; it stays as it is.'),
    ).toBeInTheDocument();
    expect(
      within(identity).queryByRole('textbox', { name: 'Author or interviewee' }),
    ).not.toBeInTheDocument();
    const title = screen.getByRole('textbox', { name: /^Title/ });
    await userEvent.clear(title);
    await userEvent.type(title, 'Anonymous witnesses, house No. 33');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.callsTo('PATCH', `/api/sources/${WITNESS_ID}`)[0]?.body).toEqual({
        title: 'Anonymous witnesses, house No. 33',
        version: 1,
      }),
    );
  });
});
