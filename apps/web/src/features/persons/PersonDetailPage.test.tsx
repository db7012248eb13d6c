import type { Role } from '@habeas/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import {
  auditEntry,
  CASE_ID,
  caseUpdate,
  PERIOD_ID,
  PERSON_ID,
  PRISON_ID,
  page,
  personDetail,
} from './testing';

afterEach(resetAppState);

function detailApi(role: Role = 'coordinator', record = personDetail()) {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo({ role })),
    'GET /api/persons/:id': () => jsonResponse(record),
    'GET /api/persons': () => jsonResponse(page([])),
    'GET /api/persons/:id/timeline': () => jsonResponse(page([caseUpdate()])),
    'GET /api/persons/:id/status': ({ url }) =>
      jsonResponse({
        personId: PERSON_ID,
        on: url.searchParams.get('on'),
        status: 'pretrial_detention',
        basis: {
          source: 'detention_period',
          recordId: PERIOD_ID,
          kind: 'pretrial_detention',
          since: { value: '2012-01-23', precision: 'day' },
          until: { value: '2012-10-08', precision: 'day' },
          presumed: false,
        },
      }),
    'GET /api/audit-entries': () => jsonResponse(page([auditEntry()])),
    'DELETE /api/persons/:id': () => new Response(null, { status: 204 }),
    'PATCH /api/detention-periods/:id': ({ body }) =>
      jsonResponse({ ...record.detentionPeriods[0], ...(body as object), version: 5 }),
  });
}

async function openTab(name: RegExp | string) {
  await userEvent.click(await screen.findByRole('tab', { name }));
}

describe('PersonDetailPage', () => {
  it('shows the name in every script, the status with its basis and the confidentiality', async () => {
    detailApi('viewer');
    renderApp(`/persons/${PERSON_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Vladimir Kozlov' })).toBeInTheDocument();

    const names = screen.getByRole('region', { name: 'Names in all scripts' });
    const groups = within(names)
      .getAllByRole('term')
      .map((dt) => dt.textContent);
    expect(groups).toEqual(['Latin:', 'Cyrillic (Russian):', 'Kazakh Cyrillic:']);
    expect(within(names).getByText(/Владимир Козлов/)).toHaveAttribute('lang', 'ru');
    expect(within(names).getByText(/Владимир Қозлов/)).toHaveAttribute('lang', 'kk');
    expect(within(names).getByText(/Vladimir Kozlov/)).toHaveTextContent('Vladimir Kozlov (Transliteration)');

    const status = screen.getByRole('region', { name: 'Current status' });
    expect(within(status).getByText('Imprisoned')).toBeInTheDocument();
    expect(status).toHaveTextContent('Sentence: Imprisonment, since 1 January 2012.');
    expect(status).toHaveTextContent('Expected to end 1 July 2019');
    expect(screen.getAllByText('Internal').length).toBeGreaterThan(0);

    const identity = screen.getByRole('region', { name: 'Identity' });
    expect(identity).toHaveTextContent('1960'); // a year-precision birth date shows only the year
    // Health notes and address are omitted by the API for this role: no section for them.
    expect(screen.queryByRole('region', { name: 'Sensitive details' })).not.toBeInTheDocument();
  });

  it('shows health notes and the address when the API sends them', async () => {
    detailApi('coordinator', personDetail({ healthNotes: 'Hypertension', address: null }));
    renderApp(`/persons/${PERSON_ID}`);
    const sensitive = await screen.findByRole('region', { name: /Sensitive details/ });
    expect(sensitive).toHaveTextContent('Hypertension');
    expect(sensitive).toHaveTextContent('AddressNone');
  });

  it('asks the API for the status on another day', async () => {
    const api = detailApi('viewer');
    renderApp(`/persons/${PERSON_ID}`);
    const status = await screen.findByRole('region', { name: 'Current status' });
    const day = within(status).getByLabelText('Status on another day');
    await userEvent.type(day, '2012-06-01');
    await userEvent.click(within(status).getByRole('button', { name: 'Check' }));
    expect(await within(status).findByText('Pretrial detention')).toBeInTheDocument();
    expect(status).toHaveTextContent('On 1 June 2012:');
    expect(api.callsTo('GET', `/api/persons/${PERSON_ID}/status`)[0]?.url.searchParams.get('on')).toBe(
      '2012-06-01',
    );
  });

  it('shows the term, the derived expected release and the deadline countdowns', async () => {
    detailApi('viewer');
    const { router } = renderApp(`/persons/${PERSON_ID}`);
    await openTab(/^Sentences/);
    expect(currentUrl(router)).toBe(`/persons/${PERSON_ID}?tab=sentences`);
    const sentences = screen.getByRole('region', { name: 'Sentences' });
    const row = within(sentences)
      .getByRole('rowheader', { name: /Imprisonment/ })
      .closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('7 years 6 months');
    expect(row).toHaveTextContent('1 January 2012');
    expect(row).toHaveTextContent('1 July 2019'); // expectedEndOn, as the API derived it
    expect(row).toHaveTextContent('Not recorded');

    await openTab(/^Appeals/);
    const appeals = screen.getByRole('region', { name: 'Appeals' });
    const cassation = within(appeals)
      .getByRole('rowheader', { name: 'Cassation' })
      .closest('tr') as HTMLElement;
    expect(cassation).toHaveTextContent('14 December 2026');
    expect(cassation).toHaveTextContent('in 12 days');
    const un = within(appeals)
      .getByRole('rowheader', { name: 'UN Working Group on Arbitrary Detention' })
      .closest('tr') as HTMLElement;
    expect(within(un).getByText('Overdue by 3 days')).toBeInTheDocument();

    await openTab(/^Charges/);
    const charges = screen.getByRole('region', { name: 'Charges' });
    expect(charges).toHaveTextContent('Criminal Code of the Republic of Kazakhstan (1997), art. 164 part 3');
    expect(charges).toHaveTextContent('Incitement of social discord');
    expect(within(charges).getByRole('link', { name: 'Kozlov and others (1-12/2012)' })).toHaveAttribute(
      'href',
      `/cases/${CASE_ID}`,
    );
  });

  it('opens on the tab named in the URL and shows the timeline with its sources', async () => {
    detailApi('viewer');
    renderApp(`/persons/${PERSON_ID}?tab=timeline`);
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    expect(await within(timeline).findByRole('heading', { name: /Detained in Almaty/ })).toBeInTheDocument();
    expect(timeline).toHaveTextContent('23 January 2012');
    expect(within(timeline).getByRole('link', { name: /Radio Azattyq report/ })).toHaveAttribute(
      'href',
      'https://rus.azattyq.org/a/24460000.html',
    );
    expect(within(timeline).getByText('Grade B2')).toBeInTheDocument();
  });

  it.each<[Role, string[]]>([
    ['viewer', []],
    ['researcher', ['Add case update', 'Edit', 'PDF dossier', 'Delete']],
    ['coordinator', ['Add case update', 'Edit', 'PDF dossier', 'Delete']],
  ])('shows a %s only the actions the role allows: %j', async (role, actions) => {
    // As the API answers: a viewer may never change the person.
    const mayChange = role !== 'viewer';
    detailApi(role, personDetail({ canEdit: mayChange, canDelete: mayChange }));
    renderApp(`/persons/${PERSON_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Vladimir Kozlov' });
    const header = screen.getByRole('heading', { level: 1 }).parentElement?.parentElement as HTMLElement;
    for (const name of ['Add case update', 'Edit', 'PDF dossier', 'Delete']) {
      const shown = within(header).queryByRole(
        name === 'Edit' || name === 'PDF dossier' ? 'link' : 'button',
        {
          name,
        },
      );
      if (actions.includes(name)) expect(shown).toBeInTheDocument();
      else expect(shown).not.toBeInTheDocument();
    }
    if (actions.includes('PDF dossier')) {
      expect(within(header).getByRole('link', { name: 'PDF dossier' })).toHaveAttribute(
        'href',
        `/api/persons/${PERSON_ID}/dossier.pdf?lang=en`,
      );
    }
    // The audit trail is not for viewers.
    if (role === 'viewer') expect(screen.queryByRole('tab', { name: 'History' })).not.toBeInTheDocument();
    else expect(screen.getByRole('tab', { name: 'History' })).toBeInTheDocument();
  });

  it('lists the changes to the record, each linking to its audit entry', async () => {
    const api = detailApi('researcher');
    renderApp(`/persons/${PERSON_ID}`);
    await openTab('History');
    const history = await screen.findByRole('region', { name: 'Changes to this record' });
    const link = await within(history).findByRole('link', { name: 'Entry 1042' });
    expect(link).toHaveAttribute('href', '/audit/1042');
    const row = link.closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('aigerim@example.org');
    expect(row).toHaveTextContent('Changed');
    expect(row).toHaveTextContent('Occupation, Notes');
    const query = api.callsTo('GET', '/api/audit-entries')[0]?.url.searchParams;
    expect(query?.get('entityType')).toBe('Person');
    expect(query?.get('entityId')).toBe(PERSON_ID);
  });

  it('edits a detention period, sending the changed fields with the version read', async () => {
    const api = detailApi('coordinator');
    renderApp(`/persons/${PERSON_ID}?tab=detention`);
    const detention = await screen.findByRole('region', { name: 'Detention history' });
    const row = within(detention)
      .getByRole('rowheader', { name: 'Petropavlovsk colony' })
      .closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('Prison colony');
    expect(row).toHaveTextContent('since December 2012');
    expect(within(row).getByText('Alleged')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Petropavlovsk colony' })).toHaveAttribute(
      'href',
      `/organisations/${PRISON_ID}`,
    );

    await userEvent.click(within(row).getByRole('button', { name: /^Edit the detention period/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit detention period' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'To' }), '30.06.2016');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(api.callsTo('PATCH', `/api/detention-periods/${PERIOD_ID}`)).toHaveLength(1));
    expect(api.callsTo('PATCH', `/api/detention-periods/${PERIOD_ID}`)[0]?.body).toEqual({
      endedOn: { value: '2016-06-30', precision: 'day' },
      version: 4,
    });
    expect(await screen.findByText('Detention period saved')).toBeInTheDocument();
  });

  it('deletes after confirmation, naming the version read, then returns to the list', async () => {
    const api = detailApi('coordinator');
    const { router } = renderApp(`/persons/${PERSON_ID}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this person?' });
    expect(dialog).toHaveTextContent('Nothing is erased');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/persons'));
    expect(api.callsTo('DELETE', `/api/persons/${PERSON_ID}`)[0]?.url.searchParams.get('version')).toBe('4');
  });

  it('hides edit and delete when the API says this user may not change the person', async () => {
    // A researcher not assigned to any of the person's cases: the API answers canEdit false.
    detailApi('researcher', personDetail({ canEdit: false, canDelete: false }));
    renderApp(`/persons/${PERSON_ID}?tab=detention`);
    await screen.findByRole('heading', { level: 1, name: 'Vladimir Kozlov' });
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    await screen.findByRole('region', { name: 'Detention history' });
    expect(screen.queryByRole('button', { name: 'Add detention period' })).not.toBeInTheDocument();
  });

  it('shows edit and delete to a researcher whom the API lets change the person', async () => {
    detailApi('researcher', personDetail({ canEdit: true, canDelete: true }));
    renderApp(`/persons/${PERSON_ID}`);
    expect(await screen.findByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      `/persons/${PERSON_ID}/edit`,
    );
    expect(screen.getByRole('button', { name: 'Delete' })).toBeInTheDocument();
  });

  it('says when the person does not exist', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'GET /api/persons/:id': () => apiError(404, 'NOT_FOUND', 'Person was not found'),
    });
    renderApp(`/persons/${PERSON_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Person not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to persons' })).toHaveAttribute('href', '/persons');
  });
});
