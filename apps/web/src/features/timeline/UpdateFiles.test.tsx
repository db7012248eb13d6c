import type { Attachment } from '@habeas/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { renderWithSession, resetAppState } from '../auth/testing';
import { AUTHOR_ID, CASE_ID, caseUpdate, page } from '../persons/testing';
import { CaseTimeline } from './SubjectTimelines';

afterEach(resetAppState);

const VERDICT_ID = '3d8e2b61-9f4a-4c7e-a1b5-6c2d0e9f7a13';
const HEARING_ID = '7a1c4e92-2b6d-4f3a-8e0c-5d9b1f3a6c24';

const updates = [
  caseUpdate({
    id: VERDICT_ID,
    kind: 'verdict',
    title: 'Sentenced to 7 years',
    factOn: { value: '2012-06-04', precision: 'day' },
    sources: [],
  }),
  caseUpdate({
    id: HEARING_ID,
    kind: 'hearing',
    title: 'First hearing',
    factOn: { value: '2012-03-12', precision: 'day' },
    sources: [],
  }),
];

const decision: Attachment = {
  id: '0e5f7a39-6c2b-4d81-9a3e-2f4b8c1d7e05',
  version: 1,
  confidentiality: 'internal',
  createdAt: '2012-06-05T09:30:00.000Z',
  updatedAt: '2012-06-05T09:30:00.000Z',
  deletedAt: null,
  fileName: 'verdict-scan.pdf',
  mimeType: 'application/pdf',
  sizeBytes: 245_760,
  sha256: 'b'.repeat(64),
  personId: null,
  sourceId: null,
  caseUpdateId: VERDICT_ID,
  createdBy: { id: 'a7f3c9e2-4b1d-4e8a-9c2f-1d3e5b7a9c0e', name: 'Aigerim Nurlanovna' },
};

function timelineApi() {
  return mockApi({
    'GET /api/cases/:id/timeline': () => jsonResponse(page(updates, updates.length, 1, 20)),
    'GET /api/case-updates/:id/attachments': ({ params }) =>
      jsonResponse({ items: params.id === VERDICT_ID ? [decision] : [] }),
  });
}

/** The requests for the files of any case update. */
const fileListCalls = (api: ReturnType<typeof timelineApi>) =>
  api.calls.filter((c) => /^\/api\/case-updates\/[^/]+\/attachments$/.test(c.url.pathname));

describe('Files of a timeline update', () => {
  it('fetches the files of an update only when its disclosure is opened, then lists them', async () => {
    const api = timelineApi();
    renderWithSession(<CaseTimeline caseId={CASE_ID} canEdit />, 'coordinator');
    const list = await screen.findByRole('list', { name: 'Timeline' });
    const [verdict] = within(list).getAllByRole('listitem');
    if (!verdict) throw new Error('no timeline entry');

    // One closed disclosure per update, and not a single file request for the whole timeline.
    const toggles = within(list).getAllByRole('button', { name: /^Files of/ });
    expect(toggles).toHaveLength(2);
    const toggle = within(verdict).getByRole('button', {
      name: 'Files of “Sentenced to 7 years”, 4 June 2012',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    expect(panel).not.toBeVisible();
    expect(fileListCalls(api)).toHaveLength(0);

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toBeVisible();
    const files = await within(panel as HTMLElement).findByRole('region', { name: 'Files' });
    // Below the entry's h3 in the outline.
    expect(within(files).getByRole('heading', { level: 4, name: 'Files' })).toBeInTheDocument();
    const table = await within(files).findByRole('table', { name: 'Files' });
    expect(within(table).getByRole('link', { name: 'verdict-scan.pdf' })).toHaveAttribute(
      'href',
      `/api/attachments/${decision.id}/download`,
    );
    // Staff who may change the case may add files to its updates.
    expect(within(files).getByRole('button', { name: 'Upload a file' })).toBeInTheDocument();
    expect(fileListCalls(api).map((c) => c.url.pathname)).toEqual([
      `/api/case-updates/${VERDICT_ID}/attachments`,
    ]);

    // Closing hides the files again; the other update was never asked about.
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
    expect(within(panel as HTMLElement).queryByRole('table')).not.toBeInTheDocument();
    expect(fileListCalls(api)).toHaveLength(1);
  });

  it('shows a short empty state and no upload to a reader who may not edit', async () => {
    const api = timelineApi();
    renderWithSession(<CaseTimeline caseId={CASE_ID} />, 'viewer');
    const list = await screen.findByRole('list', { name: 'Timeline' });
    await userEvent.click(within(list).getByRole('button', { name: /^Files of “First hearing”/ }));
    const files = await within(list).findByRole('region', { name: 'Files' });
    expect(await within(files).findByText('No files yet')).toBeInTheDocument();
    expect(within(files).queryByRole('button', { name: 'Upload a file' })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(fileListCalls(api).map((c) => c.url.pathname)).toEqual([
        `/api/case-updates/${HEARING_ID}/attachments`,
      ]),
    );
  });

  it('lets a researcher add files to an update they wrote, even without the right to edit the case', async () => {
    timelineApi();
    renderWithSession(<CaseTimeline caseId={CASE_ID} />, { role: 'researcher', id: AUTHOR_ID });
    const list = await screen.findByRole('list', { name: 'Timeline' });
    await userEvent.click(within(list).getByRole('button', { name: /^Files of “First hearing”/ }));
    const files = await within(list).findByRole('region', { name: 'Files' });
    expect(await within(files).findByRole('button', { name: 'Upload a file' })).toBeInTheDocument();
  });
});
