import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { renderWithSession, resetAppState } from '../auth/testing';
import { CASE_ID, caseUpdate, page } from '../persons/testing';
import { CaseTimeline } from './SubjectTimelines';

afterEach(resetAppState);

/** 25 updates, one a day in December 2011, newest first. */
const ALL = Array.from({ length: 25 }, (_, i) => {
  const day = String(25 - i).padStart(2, '0');
  return caseUpdate({
    id: `9b1d3f5a-7c9e-4b2d-8f4a-${String(i).padStart(12, '0')}`,
    factOn: { value: `2011-12-${day}`, precision: 'day' },
    kind: i === 3 ? 'verdict' : 'hearing',
    title: `Session ${25 - i}`,
    sources: [],
  });
});

function timelineApi() {
  return mockApi({
    'GET /api/cases/:id/timeline': ({ url }) => {
      const kind = url.searchParams.get('kind');
      const items = kind ? ALL.filter((u) => u.kind === kind) : ALL;
      const n = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('pageSize'));
      return jsonResponse(page(items.slice((n - 1) * size, n * size), items.length, n, size));
    },
  });
}

describe('Timeline', () => {
  it('shows the newest facts first and loads more on demand', async () => {
    const api = timelineApi();
    renderWithSession(<CaseTimeline caseId={CASE_ID} />, 'viewer');
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const list = await within(timeline).findByRole('list', { name: 'Timeline' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    expect(within(list).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('Session 25');
    expect(within(timeline).getByText('Showing 20 of 25')).toBeInTheDocument();
    // On a case's timeline each entry names the person it is about.
    expect(within(list).getAllByRole('link', { name: 'Vladimir Kozlov' })[0]).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/persons\//),
    );

    await userEvent.click(within(timeline).getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(25));
    expect(within(timeline).getByText('Showing 25 of 25')).toBeInTheDocument();
    expect(within(timeline).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(
      api.callsTo('GET', `/api/cases/${CASE_ID}/timeline`).map((c) => c.url.searchParams.get('page')),
    ).toEqual(['1', '2']);
  });

  it('filters by kind, and says when no update is of that kind', async () => {
    const api = timelineApi();
    renderWithSession(<CaseTimeline caseId={CASE_ID} />, 'viewer');
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    await within(timeline).findByText('Showing 20 of 25');
    await userEvent.click(within(timeline).getByRole('combobox', { name: 'Kind' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Verdict' }));
    expect(await within(timeline).findByText('Showing 1 of 1')).toBeInTheDocument();
    expect(within(timeline).getByRole('heading', { level: 3, name: /Session 22/ })).toBeInTheDocument();
    const calls = api.callsTo('GET', `/api/cases/${CASE_ID}/timeline`);
    expect(calls[calls.length - 1]?.url.searchParams.get('kind')).toBe('verdict');

    await userEvent.click(within(timeline).getByRole('combobox', { name: 'Kind' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Release' }));
    expect(await within(timeline).findByText('No updates of the kind “Release”')).toBeInTheDocument();
    await userEvent.click(within(timeline).getByRole('button', { name: 'All kinds' }));
    expect(await within(timeline).findByText('Showing 20 of 25')).toBeInTheDocument();
  });
});
