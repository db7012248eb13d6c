import type { Role } from '@habeas/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { CASE_ID, KOZLOV_ID, page } from '../cases/testing';
import { EVENT_ID, eventDetail, ORG_ID } from './testing';

afterEach(resetAppState);

function eventApi(role: Role = 'coordinator') {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo({ role })),
    'GET /api/events/:id': () => jsonResponse(eventDetail()),
    'GET /api/persons': () =>
      jsonResponse(
        page([
          {
            id: KOZLOV_ID,
            version: 1,
            confidentiality: 'internal',
            createdAt: '2026-10-01T09:00:00.000Z',
            updatedAt: '2026-10-01T09:00:00.000Z',
            deletedAt: null,
            displayName: 'Vladimir Kozlov',
            names: [],
            gender: 'male',
            birthDate: null,
            nationality: null,
            occupation: null,
            residenceRegion: null,
            status: 'released',
            firstDetainedOn: null,
            sentence: null,
          },
        ]),
      ),
    'POST /api/events/:id/persons': ({ body }) =>
      jsonResponse(
        {
          id: 'a9b0c1d2-e3f4-4a5b-9c6d-8e9f0a1b2c3d',
          eventId: EVENT_ID,
          person: { id: KOZLOV_ID, displayName: 'Vladimir Kozlov' },
          role: (body as { role: string }).role,
          notes: null,
          confidentiality: 'internal',
          version: 1,
        },
        201,
      ),
  });
}

describe('EventDetailPage', () => {
  it('shows the figures side by side with their sources, an anonymous witness withheld', async () => {
    eventApi('viewer');
    renderApp(`/events/${EVENT_ID}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Police fire on protesters in Zhanaozen' }),
    ).toBeInTheDocument();
    const casualties = screen.getByRole('region', { name: 'Casualty figures' });
    const official = within(casualties)
      .getByRole('rowheader', { name: 'Killed: at least 16' })
      .closest('tr') as HTMLElement;
    expect(within(official).getByRole('link', { name: 'Prosecutor General: 16 dead' })).toHaveAttribute(
      'href',
      'https://example.org/statement',
    );
    expect(official).toHaveTextContent('C3: fairly reliable; possibly true');
    expect(official).toHaveTextContent('Prosecutor General of Kazakhstan');
    const witnesses = within(casualties)
      .getByRole('rowheader', { name: 'Killed: about 70' })
      .closest('tr') as HTMLElement;
    expect(witnesses).toHaveTextContent('B2: usually reliable; probably true');
    expect(within(witnesses).getByText('Identity withheld')).toBeInTheDocument();

    const persons = screen.getByRole('region', { name: 'People' });
    expect(within(persons).getByRole('link', { name: 'Vladimir Kozlov' })).toHaveAttribute(
      'href',
      `/persons/${KOZLOV_ID}`,
    );
    expect(within(persons).getByText('Participant')).toBeInTheDocument();
    const orgs = screen.getByRole('region', { name: 'Organisations' });
    expect(within(orgs).getByRole('link', { name: 'Ozenmunaigas' })).toHaveAttribute(
      'href',
      `/organisations/${ORG_ID}`,
    );
    const cases = screen.getByRole('region', { name: 'Cases' });
    expect(
      within(cases).getByRole('link', { name: 'DEMO-2012-001 · Kozlov, Sapargali and Aminov' }),
    ).toHaveAttribute('href', `/cases/${CASE_ID}`);
    expect(screen.getByRole('region', { name: 'Other names and spellings' })).toHaveTextContent(
      'Расстрел в Жанаозене',
    );
    expect(screen.queryByRole('button', { name: 'Link person' })).not.toBeInTheDocument();
  });

  it('links a person with a role', async () => {
    const api = eventApi();
    renderApp(`/events/${EVENT_ID}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Link person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Link a person to the event' });
    await userEvent.type(within(dialog).getByRole('combobox', { name: /^Person/ }), 'kozlov');
    await userEvent.click(await screen.findByRole('option', { name: /Vladimir Kozlov/ }));
    await userEvent.click(within(dialog).getByRole('combobox', { name: /^Role/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Witness' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Link' }));
    await waitFor(() =>
      expect(api.callsTo('POST', `/api/events/${EVENT_ID}/persons`)[0]?.body).toEqual({
        personId: KOZLOV_ID,
        role: 'witness',
        notes: null,
        confidentiality: 'internal',
      }),
    );
    expect(await screen.findByText('Vladimir Kozlov linked as Witness')).toBeInTheDocument();
  });
});
