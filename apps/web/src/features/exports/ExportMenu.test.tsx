import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { resetAppState } from '../auth/testing';
import { ExportMenu } from './ExportMenu';
import { exportFilters } from './exports-api';
import { exportJob, JOB_ID, renderWithSession, stubObjectUrls } from './testing';

afterEach(async () => {
  jest.restoreAllMocks();
  await resetAppState();
});

async function choose(item: RegExp) {
  await userEvent.click(screen.getByRole('button', { name: 'Export' }));
  await userEvent.click(await screen.findByRole('menuitem', { name: item }));
}

describe('ExportMenu', () => {
  it('downloads a small export at once, with the list filters and the Excel options', async () => {
    const { created, clicks } = stubObjectUrls();
    const api = mockApi({
      'GET /api/exports/persons': () =>
        new Response('Name;Status\r\nВладимир Козлов;Imprisoned\r\n', {
          status: 200,
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': 'attachment; filename="persons-2026-11-20.csv"',
            'x-export-rows': '1',
          },
        }),
    });
    renderWithSession(
      <ExportMenu kind="persons" filters={{ q: 'козлов', status: 'imprisoned', sort: 'name', region: '' }} />,
    );
    await choose(/CSV for Excel/);

    expect(await screen.findByText('persons-2026-11-20.csv: 1 rows')).toBeInTheDocument();
    const [call] = api.callsTo('GET', '/api/exports/persons');
    expect(Object.fromEntries(call?.url.searchParams ?? [])).toEqual({
      q: 'козлов',
      status: 'imprisoned',
      format: 'csv',
      variant: 'full',
      lang: 'en',
      separator: ';',
      bom: 'true',
    });
    expect(created).toHaveLength(1);
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it('follows a background job: progress, then the download link', async () => {
    let polls = 0;
    const api = mockApi({
      'GET /api/exports/persons': () => jsonResponse(exportJob(), 202),
      'GET /api/exports/jobs/:id': () => {
        polls += 1;
        return jsonResponse(
          polls === 1
            ? exportJob({ status: 'running', rowsDone: 4_000, rowsTotal: 10_000, percent: 40 })
            : exportJob({
                status: 'done',
                rowsDone: 10_000,
                rowsTotal: 10_000,
                percent: 100,
                downloadUrl: `/api/exports/jobs/${JOB_ID}/download`,
              }),
        );
      },
    });
    renderWithSession(<ExportMenu kind="persons" filters={{ region: 'Mangystau' }} />);
    await choose(/Public list \(CSV\)/);

    const dialog = await screen.findByRole('dialog', { name: 'Preparing the export: Persons' });
    expect(await within(dialog).findByText('Exporting · 4,000 of 10,000 rows')).toBeInTheDocument();
    expect(within(dialog).getByRole('progressbar', { name: 'Export progress' })).toHaveAttribute(
      'aria-valuenow',
      '40',
    );
    const link = await within(dialog).findByRole('link', { name: 'Download' }, { timeout: 6_000 });
    expect(link).toHaveAttribute('href', `/api/exports/jobs/${JOB_ID}/download`);
    expect(within(dialog).getByText('Your export is ready to download.')).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/exports/persons')[0]?.url.searchParams.get('variant')).toBe('public');
  });

  it('starts a large XLSX export as a job straight away', async () => {
    const api = mockApi({
      'POST /api/exports/jobs': () => jsonResponse(exportJob({ format: 'xlsx' }), 201),
      'GET /api/exports/jobs/:id': () => jsonResponse(exportJob({ format: 'xlsx', status: 'queued' })),
    });
    renderWithSession(<ExportMenu kind="cases" filters={{ stage: 'trial' }} total={25_000} />);
    await choose(/Excel workbook/);
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/exports/jobs')[0]?.body).toEqual({
      kind: 'cases',
      format: 'xlsx',
      variant: 'full',
      separator: ',',
      bom: false,
      lang: 'en',
      filters: { status: 'trial' },
    });
    expect(await screen.findByText(/Waiting to start/)).toBeInTheDocument();
  });

  it('says why an export failed', async () => {
    mockApi({
      'GET /api/exports/charges': () =>
        apiError(400, 'VALIDATION_FAILED', 'region is not a filter of charges'),
    });
    renderWithSession(<ExportMenu kind="charges" filters={{}} />);
    await choose(/CSV \(UTF-8\)/);
    expect(await screen.findByText('The export failed')).toBeInTheDocument();
    expect(screen.getByText('region is not a filter of charges')).toBeInTheDocument();
  });

  it('is not offered to viewers', async () => {
    mockApi({});
    renderWithSession(<ExportMenu kind="persons" filters={{}} />, 'viewer');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Export' })).not.toBeInTheDocument());
  });
});

describe(exportFilters.name, () => {
  it('keeps the filters the kind understands, renames list names, and names the ignored ones', () => {
    expect(
      exportFilters('case-updates', { kind: 'arrest', q: ' strike ', organisationId: 'x', page: '2' }),
    ).toEqual({
      filters: { status: 'arrest', q: 'strike' },
      ignored: ['organisationId'],
    });
  });

  it('maps the names each list uses (kind, type, court, deadline bounds) to the export names', () => {
    expect(exportFilters('events', { kind: 'clash', country: 'KZ', includeDeleted: 'true' })).toEqual({
      filters: { status: 'clash', country: 'KZ' },
      ignored: [],
    });
    expect(exportFilters('organisations', { type: 'court', region: 'Mangystau' }).filters).toEqual({
      status: 'court',
      region: 'Mangystau',
    });
    expect(exportFilters('cases', { stage: 'trial', courtId: 'c', assignedToMe: 'true' })).toEqual({
      filters: { status: 'trial', organisationId: 'c' },
      ignored: ['assignedToMe'],
    });
    expect(exportFilters('appeals', { deadlineFrom: '2026-11-01', overdue: 'true' })).toEqual({
      filters: { from: '2026-11-01' },
      ignored: ['overdue'],
    });
  });

  it('exports the persons list with every filter the list applies (arrest, verdict, release, term, appeal, category)', () => {
    expect(
      exportFilters('persons', {
        arrestedFrom: '2011-12',
        arrestedTo: '2012',
        provisionCategory: 'mass_riots',
        verdictFrom: '2012-06',
        releasedTo: '2016',
        sentenceMinMonths: '90',
        hasPendingAppeal: 'true',
        gender: 'male',
      }),
    ).toEqual({
      filters: {
        from: '2011-12',
        to: '2012',
        category: 'mass_riots',
        verdictFrom: '2012-06',
        releasedTo: '2016',
        sentenceMinMonths: '90',
        hasPendingAppeal: 'true',
      },
      ignored: ['gender'],
    });
    expect(exportFilters('cases', { hasPendingAppeal: 'false' }).filters).toEqual({
      hasPendingAppeal: 'false',
    });
  });

  it('reads date bounds as typed ("12.2011", "December 2011") and names an unreadable one as ignored', () => {
    expect(exportFilters('events', { from: '12.2011', to: 'December 2012' }).filters).toEqual({
      from: '2011-12',
      to: '2012-12',
    });
    expect(exportFilters('events', { from: '16.12.2011', to: 'soon' })).toEqual({
      filters: { from: '2011-12-16' },
      ignored: ['to'],
    });
  });
});
